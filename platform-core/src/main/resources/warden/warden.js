// The warden's page: sign in, check a plate (typed, or read from a pasted scan line), see the verdict, recent checks.
// This module wires the others together; it talks only to this platform's API. The token lives in this tab's
// sessionStorage; the device id, the zone choice and the language in localStorage.

import {apiGet, demoToken, demoWardens, installationConfig, publicTenant, readJson} from './api.js';
import {$, element, markInvalid, showText} from './dom.js';
import {currentLanguage, initialLanguage, onLanguageChange, say, t, useLanguage} from './i18n.js';
import {readPlateInput} from './plate-input.js';
import {forgetRecent, showRecent} from './recent.js';
import {decodeClaims, displayName, forgetToken, hasExpired, keepToken, refusal, storedToken, watchExpiry} from './session.js';
import {dateTime, hideVerdict, showVerdict} from './verdict.js';
import {currentPosition, forgetZones, POSITION, rememberChoice, showZones} from './zones.js';

let config = {devLogin: false, tenantClaim: 'tenant'};
let session = null; // {token, claims, nis, municipality}
let busy = false;

start();

async function start() {
  const languages = $('language');
  languages.value = initialLanguage();
  useLanguage(languages.value, false);
  languages.addEventListener('change', () => useLanguage(languages.value, true));
  onLanguageChange(() => {
    languages.value = currentLanguage();
    showMunicipalityName();
  });
  watchNetwork();
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    signInWithToken($('token-input').value.trim(), $('token-error'));
  });
  $('sign-out').addEventListener('click', () => signOut(null));
  $('check-form').addEventListener('submit', event => {
    event.preventDefault();
    check();
  });
  $('refresh').addEventListener('click', loadRecent);
  $('zone').addEventListener('change', () => {
    clearError('zone');
    rememberChoice();
  });
  config = await installationConfig();
  const stored = storedToken();
  if (stored) {
    // On failure this shows the sign-in screen with the reason.
    await signInWithToken(stored, $('login-message'));
    return;
  }
  showLogin(null);
}

/** Says at once when the phone has no network, instead of letting a check fail. */
function watchNetwork() {
  const show = () => {
    $('offline').hidden = navigator.onLine;
  };
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
  show();
}

// ---- sign in and out ----------------------------------------------------------------------------------------

async function showLogin(messageKey) {
  $('loading').hidden = true;
  $('app').hidden = true;
  $('who').hidden = true;
  $('sign-out').hidden = true;
  $('login').hidden = false;
  if (messageKey) {
    say($('login-message'), ...messageKey);
  } else {
    showText($('login-message'), null);
  }
  if (config.devLogin) {
    $('demo-wardens').hidden = false;
    $('token-heading').setAttribute('data-i18n', 'signIn.tokenOr');
    $('token-heading').textContent = t('signIn.tokenOr');
    await listDemoWardens();
  }
}

async function listDemoWardens() {
  const list = $('warden-list');
  if (list.childElementCount > 0) {
    return;
  }
  try {
    const wardens = await demoWardens();
    if (!wardens) {
      $('demo-wardens').hidden = true;
      return;
    }
    wardens.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    for (const persona of wardens) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'persona';
      button.dataset.tenant = persona.tenant;
      button.append(element('span', persona.label), element('span', persona.tenant, 'nis'));
      button.addEventListener('click', () => signInAsDemo(persona, button));
      const item = document.createElement('li');
      item.appendChild(button);
      list.appendChild(item);
    }
  } catch (e) {
    $('demo-wardens').hidden = true;
  }
}

async function signInAsDemo(persona, button) {
  button.disabled = true;
  try {
    const answer = await demoToken(persona);
    if (!answer.ok) {
      showProblemText($('login-message'), answer.body, answer.status);
      return;
    }
    await signInWithToken(answer.body.token, $('login-message'));
  } catch (e) {
    say($('login-message'), 'error.noConnection');
  } finally {
    button.disabled = false;
  }
}

/** Checks a token's claims (the platform checks its signature on every call), then opens the check screen. */
async function signInWithToken(token, errorElement) {
  showText(errorElement, null);
  const claims = decodeClaims(token);
  const refused = refusal(claims, config.tenantClaim);
  if (refused) {
    forgetToken();
    say(errorElement, ...refused);
    if (errorElement === $('login-message')) {
      await showLogin(refused);
    }
    return false;
  }
  session = {token: token, claims: claims, nis: String(claims[config.tenantClaim]), municipality: null};
  keepToken(token);
  if (!await loadZones()) {
    return false;
  }
  $('token-input').value = '';
  $('login').hidden = true;
  $('loading').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  $('who').hidden = false;
  $('who-name').textContent = displayName(claims);
  $('who-tenant').textContent = session.nis;
  loadMunicipality(session.nis);
  watchExpiry(claims, expired);
  loadRecent();
  $('plate').focus();
  return true;
}

function signOut(messageKey) {
  session = null;
  forgetToken();
  forgetZones();
  hideVerdict();
  forgetRecent();
  $('plate').value = '';
  clearFormErrors();
  showLogin(messageKey);
}

function expired() {
  signOut(['token.refused']);
}

async function loadMunicipality(nis) {
  try {
    const tenant = await publicTenant(nis);
    if (tenant && session && session.nis === nis) {
      session.municipality = tenant.names || null;
      showMunicipalityName();
    }
  } catch (e) {
    // the NIS code alone still says where
  }
}

function showMunicipalityName() {
  const names = session && session.municipality;
  const name = names && (names[currentLanguage()] || names.nl || names.fr || names.en);
  if (name) {
    $('who-tenant').textContent = name + ' (' + session.nis + ')';
  }
}

async function loadZones() {
  let answer;
  try {
    answer = await apiGet('/tenants/' + session.nis + '/zones', session.token);
  } catch (e) {
    signOut(['error.noConnection']);
    return false;
  }
  if (!answer.ok) {
    const body = await readJson(answer);
    if (answer.status === 401) {
      expired();
    } else {
      signOut(null);
      showProblemText($('login-message'), body, answer.status);
    }
    return false;
  }
  showZones(await answer.json(), session.nis);
  return true;
}

// ---- the check ----------------------------------------------------------------------------------------------

async function check() {
  if (busy || !session) {
    return;
  }
  clearFormErrors();
  const read = readPlateInput($('plate').value);
  if (read.ambiguous && read.ambiguous.length > 1) {
    fieldError('plate', 'error.severalPlates', read.ambiguous.join(', '));
    return;
  }
  if (!read.plate) {
    fieldError('plate', 'error.enterPlate');
    return;
  }
  if (read.scanned) {
    $('plate').value = read.plate;
    if (read.country) {
      $('country').value = read.country;
    }
  }
  showText($('scan-note'), null);
  // Upper case only: the platform says whether this is a country code.
  const country = $('country').value.trim().toUpperCase();
  const zone = $('zone').value;
  if (!zone) {
    fieldError('zone', 'error.chooseZone');
    return;
  }
  if (hasExpired(session.claims)) {
    expired();
    return;
  }
  setBusy(true);
  try {
    const query = new URLSearchParams({plate: read.plate});
    if (country) {
      query.set('country', country);
    }
    if (read.at) {
      // A scan is judged at the moment the car was seen, not when the warden pastes it.
      query.set('at', read.at);
    }
    if (zone === POSITION) {
      const where = await currentPosition();
      query.set('lat', where.latitude.toFixed(6));
      query.set('lon', where.longitude.toFixed(6));
    } else {
      query.set('zone', zone);
    }
    const answer = await apiGet('/tenants/' + session.nis + '/enforcement/check?' + query, session.token);
    const body = await readJson(answer);
    if (answer.status === 401) {
      expired();
      return;
    }
    if (read.scanned) {
      showScanNote(answer.ok ? body.plate : read.plate, read.country, read.at);
    }
    if (answer.ok) {
      showVerdict(body, zone === POSITION);
      $('plate').blur();
      $('verdict').scrollIntoView({block: 'nearest'});
    } else {
      hideVerdict();
      showProblem(body, answer.status);
    }
    loadRecent();
  } catch (e) {
    hideVerdict();
    if (e && e.positionError) {
      fieldError('zone', e.key);
    } else {
      say($('form-error'), 'error.noConnection');
    }
  } finally {
    setBusy(false);
  }
}

/** What was read from a pasted scan line, with the plate as the platform wrote it back. */
function showScanNote(plate, country, at) {
  const parts = [plate];
  if (country) {
    parts.push(country);
  }
  if (at) {
    parts.push(t('scan.seenAt', dateTime(at, false)));
  }
  say($('scan-note'), 'scan.read', parts.join(' · '));
}

function setBusy(on) {
  busy = on;
  const button = $('check-button');
  button.disabled = on;
  say(button, on ? 'check.busy' : 'check.button');
}

async function loadRecent() {
  if (!session) {
    return;
  }
  showText($('recent-error'), null);
  let answer;
  try {
    answer = await apiGet('/tenants/' + session.nis + '/enforcement/checks?limit=20', session.token);
  } catch (e) {
    say($('recent-error'), 'error.noConnection');
    return;
  }
  if (answer.status === 401) {
    expired();
    return;
  }
  const body = await readJson(answer);
  if (!answer.ok) {
    showProblemText($('recent-error'), body, answer.status);
    return;
  }
  showRecent(body);
}

// ---- errors -------------------------------------------------------------------------------------------------

/** The platform's problem: each field's error next to its field, the rest under the form. */
function showProblem(problem, status) {
  const errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
  const general = [];
  for (const error of errors) {
    const field = error.field === 'lat' || error.field === 'lon' ? 'zone' : error.field;
    const label = t('field.' + error.field) ? {k: 'field.' + error.field} : error.field;
    if ($(field + '-error')) {
      fieldError(field, 'field.problem', label, error.message);
    } else {
      general.push(t('field.problem', label, error.message));
    }
  }
  if (errors.length === 0 || general.length > 0) {
    showText($('form-error'), [problemText(problem, status)].concat(general).join(' — '));
  }
}

function showProblemText(target, problem, status) {
  showText(target, problemText(problem, status));
}

function problemText(problem, status) {
  if (problem && problem.detail) {
    return problem.detail;
  }
  return status === 403 ? t('error.notAllowed') : t('error.status', status);
}

function fieldError(field, key, ...args) {
  const input = $(field);
  markInvalid(input, true);
  say($(field + '-error'), key, ...args);
  if (input) {
    input.focus();
  }
}

function clearError(field) {
  showText($(field + '-error'), null);
  markInvalid($(field), false);
}

function clearFormErrors() {
  for (const field of ['plate', 'zone', 'country']) {
    clearError(field);
  }
  showText($('form-error'), null);
}

