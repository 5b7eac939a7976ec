// The verdict of a check in large type and the colour of its kind: green, amber, red, dark outside every zone.

import {$} from './dom.js';
import {locale, onLanguageChange, t} from './i18n.js';
import {zoneLabel} from './zones.js';

const COLOURS = {RIGHT: 'right', RECENTLY_EXPIRED: 'expired', NO_RIGHT: 'none', NO_REGULATED_ZONE: 'outside'};

let shown = null; // {result, byPosition}: re-rendered when the language changes

export function showVerdict(result, byPosition) {
  shown = {result: result, byPosition: byPosition};
  render();
}

export function hideVerdict() {
  shown = null;
  $('verdict').hidden = true;
}

onLanguageChange(() => {
  if (shown) {
    render();
  }
});

function render() {
  const {result, byPosition} = shown;
  const box = $('verdict');
  box.className = COLOURS[result.verdict] || 'none';
  box.dataset.verdict = result.verdict;
  $('verdict-word').textContent = t('verdict.' + result.verdict) || result.verdict;
  // The platform writes the plate as it is written; the page adds the country when it is not Belgian.
  $('verdict-plate').textContent = result.plate + (result.country && result.country !== 'BE' ? ' · ' + result.country : '');
  const zone = result.zone ? zoneLabel(result.zone) : t('verdict.noZone');
  $('verdict-zone').textContent = byPosition ? t('verdict.byPosition', zone) : zone;
  $('verdict-kind').textContent = kindText(result);
  $('verdict-until').textContent = result.validUntil ? dateTime(result.validUntil, true) : '—';
  $('verdict-at').textContent = dateTime(result.at, false);
  showOptional($('verdict-disc'), discText(result.discMaxStayMinutes));
  showOptional($('verdict-nearby'), nearbyText(result.nearbyRights));
  box.hidden = false;
}

function showOptional(element, content) {
  element.textContent = content || '';
  element.hidden = !content;
}

function kindText(result) {
  if (result.rightKind) {
    return t('kind.' + result.rightKind) || result.rightKind;
  }
  return t(result.verdict === 'NO_RIGHT' ? 'verdict.noRightFound' : 'verdict.notDisclosed');
}

/** A blue zone without a right: a car may still stand there with a parking disc, up to the maximum stay. */
function discText(minutes) {
  if (!minutes) {
    return null;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) {
    parts.push(t(hours === 1 ? 'duration.hour' : 'duration.hours', hours));
  }
  if (rest) {
    parts.push(t('duration.minutes', rest));
  }
  return t('verdict.disc', parts.join(' '));
}

/** Outside every zone: the plate's rights in zones nearby, so the driver can be told where they count. */
function nearbyText(rights) {
  if (!Array.isArray(rights)) {
    return null;
  }
  if (rights.length === 0) {
    return t('verdict.nearbyNone');
  }
  return t('verdict.nearby', rights.map(r => {
    const where = r.zone ? zoneLabel(r.zone) : t('verdict.everyZone');
    const kind = r.rightKind ? t('kind.' + r.rightKind) || r.rightKind : null;
    return where + (kind ? ' (' + kind + ')' : '');
  }).join('; '));
}

export function dateTime(iso, withYear) {
  const options = {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'};
  if (withYear) {
    options.year = 'numeric';
  }
  return new Date(iso).toLocaleString(locale(), options);
}
