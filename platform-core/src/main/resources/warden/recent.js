// The municipality's recent checks, newest first, as the platform logged them.

import {$, element} from './dom.js';
import {locale, onLanguageChange, t} from './i18n.js';
import {zoneName} from './zones.js';

const COLOURS = {RIGHT: 'right', RECENTLY_EXPIRED: 'expired', NO_RIGHT: 'none', NO_REGULATED_ZONE: 'outside'};

let entries = null;

export function showRecent(list) {
  entries = list;
  render();
}

export function forgetRecent() {
  entries = null;
  $('recent').replaceChildren();
}

onLanguageChange(() => {
  if (entries) {
    render();
  }
});

function render() {
  const list = $('recent');
  list.replaceChildren();
  for (const entry of entries) {
    const item = document.createElement('li');
    item.dataset.verdict = entry.verdict;
    // The platform gives the plate as it is written (displayPlate); the page adds no formatting of its own.
    const plate = element('span', entry.displayPlate || entry.plate, 'plate');
    plate.appendChild(element('span', (entry.zone ? zoneName(entry.zone) : t('verdict.noZone'))
      + (entry.actor ? ' · ' + entry.actor : ''), 'where'));
    item.append(element('span', timeOfDay(entry.checkedAt), 'time'), plate,
      element('span', t('verdict.' + entry.verdict) || entry.verdict, 'badge ' + (COLOURS[entry.verdict] || 'none')));
    list.appendChild(item);
  }
  $('recent-empty').hidden = entries.length > 0;
}

function timeOfDay(iso) {
  const when = new Date(iso);
  const today = new Date().toDateString() === when.toDateString();
  return today ? when.toLocaleTimeString(locale(), {hour: '2-digit', minute: '2-digit', second: '2-digit'})
    : when.toLocaleString(locale(), {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'});
}
