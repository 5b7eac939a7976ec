// Where the check is for: one of the municipality's zones, or the phone's position (the platform finds the zone).

import {$} from './dom.js';
import {currentLanguage, onLanguageChange, t} from './i18n.js';

export const POSITION = '@position';
const ZONE_KEY = 'ptr-warden-zone-';

let zones = []; // as the platform lists them
let nis = null;

/** Fills the zone choice with the municipality's zones and picks the one this device chose last time. */
export function showZones(list, municipality) {
  zones = list;
  nis = municipality;
  renderOptions();
  const remembered = localStorage.getItem(ZONE_KEY + nis);
  const known = remembered === POSITION || zones.some(z => z.code === remembered);
  $('zone').value = known ? remembered : '';
}

export function forgetZones() {
  zones = [];
  nis = null;
  renderOptions();
}

export function rememberChoice() {
  if (nis) {
    localStorage.setItem(ZONE_KEY + nis, $('zone').value);
  }
}

/** A zone's name in the page's language (else any) and its code. */
export function zoneLabel(code) {
  const zone = zones.find(z => z.code === code);
  return zone ? zoneName(zone) + ' (' + code + ')' : code;
}

export function zoneName(code) {
  const zone = typeof code === 'string' ? zones.find(z => z.code === code) : code;
  if (!zone) {
    return code;
  }
  const names = zone.name || {};
  return names[currentLanguage()] || names.nl || names.fr || names.en || zone.code;
}

function renderOptions() {
  const select = $('zone');
  const chosen = select.value;
  while (select.options.length > 2) {
    select.remove(2);
  }
  for (const zone of zones) {
    const option = document.createElement('option');
    option.value = zone.code;
    option.textContent = zoneName(zone) + ' (' + zone.code + ')';
    select.appendChild(option);
  }
  select.value = chosen;
}

onLanguageChange(renderOptions);

/** The phone's position; rejects with {positionError, key} when there is none. */
export function currentPosition() {
  return new Promise((resolve, reject) => {
    const failure = key => Object.assign(new Error(key), {positionError: true, key: key});
    if (!navigator.geolocation) {
      reject(failure('error.noGeolocation'));
      return;
    }
    navigator.geolocation.getCurrentPosition(where => resolve(where.coords),
      error => reject(failure(error.code === 1 ? 'error.positionRefused' : 'error.noPosition')),
      {enableHighAccuracy: true, timeout: 15000, maximumAge: 10000});
  });
}

