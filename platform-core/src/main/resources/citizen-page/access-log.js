// Who read my data (F-52 made visible to the citizen): every recorded read of their personal data, newest first — when,
// who (a role or the platform), in which municipality, why and what — with older reads by cursor.

import {get} from './api.js';
import {h, notice} from './dom.js';
import {dateTime, label} from './format.js';
import {has, t} from './i18n.js';

export async function showAccessLog(screen, context) {
  screen.append(h('h1', {}, t('log.heading')), h('p', {class: 'lead'}, t('log.intro')));
  const answer = await get('/me/access-log?limit=20');
  if (!answer.ok) {
    screen.append(notice('error', answer.status === 404 && !answer.body ? t('error.notYet') : answer.message));
    return;
  }
  if (answer.body.items.length === 0) {
    screen.append(h('p', {class: 'empty'}, t('log.empty')));
    return;
  }
  const list = h('ol', {class: 'log', id: 'access-log'});
  screen.append(list);
  append(list, answer.body.items);
  if (answer.body.next) {
    let next = answer.body.next;
    const more = h('button', {type: 'button', class: 'button button--secondary more', id: 'log-more'}, t('log.more'));
    more.addEventListener('click', async () => {
      more.disabled = true;
      const page = await get('/me/access-log?limit=20&cursor=' + encodeURIComponent(next));
      more.disabled = false;
      if (!page.ok) {
        more.after(notice('error', page.message));
        return;
      }
      const first = list.children.length;
      append(list, page.body.items);
      next = page.body.next;
      more.hidden = !next;
      list.children[first]?.focus();
    });
    screen.append(more);
  }
}

/** A default reason in the page's language; a reason the reader stated, as they wrote it. */
function purposeText(purpose) {
  return has('purpose.' + purpose) ? t('purpose.' + purpose) : purpose;
}

function append(list, reads) {
  for (const read of reads) {
    const where = read.municipality ? read.municipality.name || read.municipality.nisCode : t('log.platform');
    list.append(h('li', {class: 'log__entry', tabindex: '-1'},
      h('p', {class: 'log__when'}, h('time', {datetime: read.at}, dateTime(read.at))),
      h('p', {class: 'log__who'}, h('strong', {}, label('who', read.who)), ' · ', where),
      h('dl', {class: 'facts facts--compact'},
        read.purpose ? h('div', {class: 'facts__row'}, h('dt', {}, t('log.purpose')), h('dd', {}, purposeText(read.purpose))) : null,
        read.what ? h('div', {class: 'facts__row'}, h('dt', {}, t('log.what')), h('dd', {}, label('what', read.what))) : null)));
  }
}
