// One item of the pass: what, where, who issued it, status and money, details and evidence, amounts, the timeline,
// the PDF (fetched with the token), and "pay now" when something is due.

import {download, get} from './api.js';
import {facts, h, notice} from './dom.js';
import {date, dateTime, euros, label, payable, tone} from './format.js';
import {has, t} from './i18n.js';
import {startBasket} from './basket.js';

const DETAIL_FIELDS = ['place', 'plate', 'country', 'offence', 'offenceAt', 'zone', 'gasKind', 'measuredSpeed',
  'speedLimit', 'purpose', 'holder', 'validFrom', 'validTo', 'plates', 'anyVehicle'];

export async function showItem(screen, context, id) {
  const query = context.company ? '?company=' + context.company : '';
  const answer = await get('/me/pass/items/' + encodeURIComponent(id) + query);
  screen.append(h('p', {class: 'back'}, h('a', {href: context.link('/pass'), 'data-route': true, class: 'link link--back'}, t('item.back'))));
  if (!answer.ok) {
    screen.append(h('h1', {}, t('error.notFound').split('.')[0]));
    screen.append(notice('error', answer.message));
    return;
  }
  const {item, details, timeline, documents} = answer.body;
  const article = h('article', {class: 'item', 'data-item-id': item.id, 'data-money': item.money || ''});
  article.append(
    h('h1', {}, h('span', {class: 'item__kind'}, label('kind', item.kind)), ' ', h('span', {class: 'item__ref'}, item.reference)),
    item.subject ? h('p', {class: 'lead'}, item.subject) : null,
    h('div', {class: 'item-card__state'},
      h('span', {class: 'badge badge--' + tone(item.status)}, label('status', item.status)),
      item.money ? h('span', {class: 'badge badge--' + tone(item.money) + ' js-money'}, label('money', item.money)) : null));
  if (item.money) {
    article.append(moneyPanel(item, context));
  }
  article.append(h('section', {'aria-labelledby': 'about-heading'},
    h('h2', {id: 'about-heading'}, t('item.details')),
    facts([
      [t('item.municipality'), item.municipality ? item.municipality.name + ' (' + item.municipality.nisCode + ')' : ''],
      [t('item.issuer'), item.issuer],
      [t('item.reference'), item.reference],
      [t('item.happenedAt'), dateTime(item.happenedAt)],
      [t('item.validUntil'), item.validUntil ? dateTime(item.validUntil) : ''],
      ...detailPairs(details)
    ])));
  const evidence = details && Array.isArray(details.evidence) ? details.evidence : [];
  if (evidence.length > 0) {
    article.append(h('section', {'aria-labelledby': 'evidence-heading'},
      h('h2', {id: 'evidence-heading'}, t('item.evidence')),
      h('ul', {class: 'plain-list'}, evidence.map(reference => h('li', {}, h('code', {}, String(reference)))))));
  }
  const lines = details && Array.isArray(details.lines) ? details.lines : [];
  if (lines.length > 0) {
    article.append(h('section', {'aria-labelledby': 'amounts-heading'},
      h('h2', {id: 'amounts-heading'}, t('item.amounts')),
      facts(lines.map(line => [line.label, euros(line.amount)]), 'facts facts--amounts')));
  }
  article.append(timelineSection(timeline));
  if ((documents || []).length > 0) {
    article.append(documentsSection(item, documents));
  }
  screen.append(article);
}

function moneyPanel(item, context) {
  const panel = h('section', {class: 'money-panel', 'aria-labelledby': 'money-heading'},
    h('h2', {id: 'money-heading', class: 'visually-hidden'}, t('item.money')),
    facts([
      [t('amount.total'), euros(item.amount)],
      [t('amount.paid'), Number(item.amountPaid) > 0 ? euros(item.amountPaid) : ''],
      [t('amount.due'), Number(item.amountDue) > 0 ? euros(item.amountDue) : ''],
      [t('amount.dueBy', '').replace(/\s*$/, ''), Number(item.amountDue) > 0 && item.dueDate ? date(item.dueDate) : ''],
      [t('item.ogm'), item.structuredReference]
    ], 'facts facts--money'));
  if (payable(item)) {
    const message = h('div', {});
    const pay = h('button', {type: 'button', class: 'button button--primary', id: 'pay-item'}, t('item.pay'));
    pay.addEventListener('click', async () => {
      pay.disabled = true;
      const problem = await startBasket([item.id], context);
      pay.disabled = false;
      message.replaceChildren(problem ? notice('error', problem) : '');
    });
    panel.append(h('div', {class: 'actions'}, pay), message);
    if (item.structuredReference) {
      panel.append(h('p', {class: 'hint'}, t('item.transfer', item.structuredReference)));
    }
  }
  return panel;
}

function detailPairs(details) {
  if (!details) {
    return [];
  }
  const pairs = [];
  for (const field of DETAIL_FIELDS) {
    const value = details[field];
    if (value === undefined || value === null || value === '') {
      continue;
    }
    let shown;
    if (typeof value === 'boolean') {
      shown = t(value ? 'yes' : 'no');
    } else if (Array.isArray(value)) {
      shown = value.map(v => typeof v === 'object' ? (v.plate || JSON.stringify(v)) : String(v)).join(', ');
    } else if (field === 'offenceAt') {
      shown = dateTime(value);
    } else if (field === 'validFrom' || field === 'validTo') {
      shown = /T/.test(value) ? dateTime(value) : date(value);
    } else if (field === 'measuredSpeed' || field === 'speedLimit') {
      shown = value + ' km/h';
    } else {
      shown = String(value);
    }
    pairs.push([t('detail.' + field), shown]);
  }
  return pairs;
}

/**
 * A step's note in the page's language. The sources write a few English words ("holder found", "paid (transfer)");
 * a note without a translation is left out — the step's status and money state already say what happened.
 */
function noteOf(step) {
  if (!step.note) {
    return null;
  }
  const code = String(step.note).replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
  return has('note.' + code) ? t('note.' + code) : null;
}

function timelineSection(timeline) {
  const steps = (timeline || []).slice().reverse();
  return h('section', {'aria-labelledby': 'timeline-heading'},
    h('h2', {id: 'timeline-heading'}, t('item.timeline')),
    h('ol', {class: 'timeline'}, steps.map(step => h('li', {class: 'timeline__step'},
      h('p', {class: 'timeline__when'}, h('time', {datetime: step.at}, dateTime(step.at))),
      h('p', {class: 'timeline__what'},
        [label('status', step.status), step.money ? label('money', step.money) : null,
          Number(step.amountPaid) > 0 ? t('amount.paid') + ' ' + euros(step.amountPaid) : null].filter(Boolean).join(' · ')),
      noteOf(step) ? h('p', {class: 'timeline__note'}, noteOf(step)) : null))));
}

function documentsSection(item, documents) {
  const section = h('section', {'aria-labelledby': 'documents-heading'},
    h('h2', {id: 'documents-heading'}, t('item.documents')));
  for (const document of documents) {
    const path = document.href.replace(/^.*\/api\/v1/, '');
    const message = h('div', {});
    const button = h('button', {type: 'button', class: 'button button--secondary',
      id: document.kind === 'item' ? 'download-pdf' : 'download-' + document.kind,
      'data-href': path}, document.kind === 'item' ? t('item.download') : t('basket.receipt'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const result = await download(path, item.reference.replace(/[^A-Za-z0-9._-]/g, '_') + '.pdf');
      button.disabled = false;
      message.replaceChildren(result.ok ? '' : notice('error', result.message));
    });
    section.append(h('p', {}, button), message);
  }
  return section;
}
