// The warden's page: sign in, check a plate (typed, or read from a pasted scan line), see the verdict, recent checks.
// Talks only to this platform's API. The token lives in this tab's sessionStorage; the device id in localStorage.
'use strict';

(function () {
  const API = '/api/v1';
  const TOKEN_KEY = 'ptr-warden-token';
  const DEVICE_KEY = 'ptr-warden-device';
  const ZONE_KEY = 'ptr-warden-zone-';
  const POSITION = '@position';

  const VERDICTS = {
    RIGHT: {css: 'right', nl: 'IN ORDE', en: 'Right to park'},
    RECENTLY_EXPIRED: {css: 'expired', nl: 'NET VERLOPEN', en: 'Recently expired'},
    NO_RIGHT: {css: 'none', nl: 'GEEN RECHT', en: 'No right to park'},
    NO_REGULATED_ZONE: {css: 'outside', nl: 'GEEN GEREGLEMENTEERDE ZONE', en: 'No regulated zone here'}
  };
  const KINDS = {
    RESIDENT_PERMIT: ['Bewonerskaart', 'Resident permit'],
    EMPLOYEE_PERMIT: ['Werknemerskaart', 'Employee permit'],
    BUSINESS_PERMIT: ['Bedrijfskaart', 'Business permit'],
    CAREGIVER_PERMIT: ['Zorgverlenerskaart', 'Care-giver permit'],
    SECOND_RESIDENCE_PERMIT: ['Tweedeverblijvenkaart', 'Second-residence permit'],
    VISITOR: ['Bezoekerskaart', 'Visitor permit'],
    WHITELIST: ['Witte lijst', 'Whitelist'],
    EXEMPTION: ['Vrijstelling', 'Exemption'],
    PAID_SESSION: ['Betaalde parkeersessie', 'Paid parking session'],
    PARKING_DISC: ['Digitale parkeerschijf', 'Digital parking disc'],
    IOD: ['Inname openbaar domein (IOD)', 'Occupation permit (IOD)'],
    DISABLED_CARD: ['Parkeerkaart personen met een handicap', 'Disabled parking card']
  };
  const FIELD_LABELS = {plate: 'Nummerplaat', zone: 'Zone', lat: 'Positie', lon: 'Positie', country: 'Land'};
  // A scan line's moment: an ISO-8601 date-time with its offset, as scan cars write it.
  const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
  // Countries a pasted free text may name next to a plate (a scan line's own country field is taken as it is).
  const COUNTRIES = ['BE', 'NL', 'FR', 'DE', 'LU', 'GB', 'PL', 'RO', 'BG', 'ES', 'IT', 'PT', 'LT', 'CZ', 'TR', 'AT',
    'CH', 'DK', 'SE', 'NO', 'FI', 'IE', 'HU', 'SK', 'SI', 'HR', 'GR', 'LV', 'EE', 'UA'];

  const $ = id => document.getElementById(id);
  let config = {devLogin: false, tenantClaim: 'tenant'};
  let session = null; // {token, claims, nis}
  let zones = new Map(); // code -> name
  let busy = false;
  let expiryTimer = null;

  // ---- start --------------------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', start);

  async function start() {
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
      clearError('zone-error', $('zone'));
      if (session) {
        localStorage.setItem(ZONE_KEY + session.nis, $('zone').value);
      }
    });
    try {
      const answer = await fetch('/warden/config.json', {cache: 'no-store'});
      if (answer.ok) {
        config = await answer.json();
      }
    } catch (e) {
      // offline: the token form still works
    }
    const stored = sessionStorage.getItem(TOKEN_KEY);
    if (stored) {
      // On failure this shows the sign-in screen with the reason.
      await signInWithToken(stored, $('login-message'));
      return;
    }
    showLogin(null);
  }

  // ---- sign in and out ----------------------------------------------------------------------------------------

  async function showLogin(message) {
    $('loading').hidden = true;
    $('app').hidden = true;
    $('who').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    showText($('login-message'), message);
    if (config.devLogin) {
      $('demo-wardens').hidden = false;
      $('token-heading').textContent = 'Of plak een toegangstoken ';
      $('token-heading').appendChild(english('Or paste an access token'));
      await listDemoWardens();
    }
  }

  async function listDemoWardens() {
    const list = $('warden-list');
    if (list.childElementCount > 0) {
      return;
    }
    try {
      const answer = await fetch(API + '/dev/personas');
      if (!answer.ok) {
        $('demo-wardens').hidden = true;
        return;
      }
      const wardens = (await answer.json()).filter(p => p.role === 'warden')
        .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
      for (const persona of wardens) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'persona';
        button.dataset.tenant = persona.tenant;
        button.append(text('span', persona.label), text('span', persona.tenant, 'nis'));
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
      const answer = await fetch(API + '/dev/token', {
        method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({role: 'warden', tenant: persona.tenant, name: persona.label})
      });
      const body = await readJson(answer);
      if (!answer.ok) {
        showText($('login-message'), problemText(body, answer.status));
        return;
      }
      await signInWithToken(body.token, $('login-message'));
    } catch (e) {
      showText($('login-message'), 'Geen verbinding met het platform. / No connection to the platform.');
    } finally {
      button.disabled = false;
    }
  }

  /** Checks a token's claims (the platform checks its signature on every call), then opens the check screen. */
  async function signInWithToken(token, errorElement) {
    showText(errorElement, null);
    const claims = decodeClaims(token);
    const refusal = refuse(claims);
    if (refusal) {
      sessionStorage.removeItem(TOKEN_KEY);
      showText(errorElement, refusal);
      if (errorElement === $('login-message')) {
        await showLogin(refusal);
      }
      return false;
    }
    session = {token: token, claims: claims, nis: String(claims[config.tenantClaim])};
    sessionStorage.setItem(TOKEN_KEY, token);
    const zonesLoaded = await loadZones();
    if (!zonesLoaded) {
      return false;
    }
    $('token-input').value = '';
    $('login').hidden = true;
    $('loading').hidden = true;
    $('app').hidden = false;
    $('sign-out').hidden = false;
    $('who').hidden = false;
    $('who-name').textContent = claims.name || claims.upn || claims.preferred_username || claims.sub || 'warden';
    $('who-tenant').textContent = session.nis;
    showMunicipality(session.nis);
    watchExpiry(claims);
    loadRecent();
    $('plate').focus();
    return true;
  }

  function refuse(claims) {
    if (!claims) {
      return 'Dit is geen geldig token. / This is not a valid token.';
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
      return 'Dit token is verlopen: meld opnieuw aan. / This token has expired: sign in again.';
    }
    const tenant = claims[config.tenantClaim];
    if (typeof tenant !== 'string' || !/^\d{5}$/.test(tenant)) {
      return 'Het token noemt geen gemeente (claim "' + config.tenantClaim + '"). / The token names no municipality.';
    }
    if (Array.isArray(claims.groups) && !claims.groups.includes('warden')) {
      return 'Dit token geeft geen rol parkeerwachter (warden). / This token does not give the warden role.';
    }
    return null;
  }

  function signOut(message) {
    session = null;
    zones = new Map();
    sessionStorage.removeItem(TOKEN_KEY);
    if (expiryTimer) {
      clearTimeout(expiryTimer);
      expiryTimer = null;
    }
    $('verdict').hidden = true;
    $('recent').replaceChildren();
    $('plate').value = '';
    clearFormErrors();
    showLogin(message);
  }

  function expired() {
    signOut('Uw aanmelding is verlopen of werd geweigerd: meld opnieuw aan. / Your sign-in expired or was refused: '
      + 'sign in again.');
  }

  function watchExpiry(claims) {
    if (expiryTimer) {
      clearTimeout(expiryTimer);
    }
    if (typeof claims.exp === 'number') {
      // setTimeout cannot wait longer than ~24.8 days; tokens live hours.
      const wait = Math.min(claims.exp * 1000 - Date.now(), 2147483647);
      expiryTimer = setTimeout(expired, Math.max(wait, 0));
    }
  }

  async function showMunicipality(nis) {
    try {
      const answer = await fetch(API + '/public/tenants/' + encodeURIComponent(nis));
      if (answer.ok) {
        const tenant = await answer.json();
        const name = tenant.names && (tenant.names.nl || tenant.names.en || tenant.names.fr);
        if (name && session && session.nis === nis) {
          $('who-tenant').textContent = name + ' (' + nis + ')';
        }
      }
    } catch (e) {
      // the NIS code alone still says where
    }
  }

  // ---- zones --------------------------------------------------------------------------------------------------

  async function loadZones() {
    let answer;
    try {
      answer = await api('/tenants/' + session.nis + '/zones');
    } catch (e) {
      signOut('Geen verbinding met het platform. / No connection to the platform.');
      return false;
    }
    if (!answer.ok) {
      const body = await readJson(answer);
      if (answer.status === 401) {
        expired();
      } else {
        signOut(problemText(body, answer.status));
      }
      return false;
    }
    const list = await answer.json();
    zones = new Map(list.map(z => [z.code, zoneName(z)]));
    const select = $('zone');
    while (select.options.length > 2) {
      select.remove(2);
    }
    for (const zone of list) {
      const option = document.createElement('option');
      option.value = zone.code;
      option.textContent = zones.get(zone.code) + ' (' + zone.code + ')';
      select.appendChild(option);
    }
    const remembered = localStorage.getItem(ZONE_KEY + session.nis);
    select.value = remembered && (remembered === POSITION || zones.has(remembered)) ? remembered : '';
    return true;
  }

  function zoneName(zone) {
    return zone.name ? zone.name.nl || zone.name.en || zone.name.fr || zone.code : zone.code;
  }

  function zoneLabel(code) {
    return zones.has(code) ? zones.get(code) + ' (' + code + ')' : code;
  }

  // ---- the check ----------------------------------------------------------------------------------------------

  async function check() {
    if (busy || !session) {
      return;
    }
    clearFormErrors();
    const read = readScan($('plate').value);
    if (!read.plate) {
      fieldError('plate', 'Vul een nummerplaat in. / Enter a plate.');
      return;
    }
    if (read.scanned) {
      $('plate').value = read.plate;
      if (read.country) {
        $('country').value = read.country;
      }
      showText($('scan-note'), 'Gelezen uit scan / Read from scan: ' + read.plate
        + (read.country ? ' · ' + read.country : '')
        + (read.at ? ' · gezien om / seen at ' + dateTime(read.at, false) : ''));
    } else {
      showText($('scan-note'), null);
    }
    const country = $('country').value.trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) {
      fieldError('country', 'Twee letters, bv. NL. / Two letters, e.g. NL.');
      return;
    }
    const zone = $('zone').value;
    if (!zone) {
      fieldError('zone', 'Kies een zone of "Mijn positie". / Choose a zone or "My position".');
      return;
    }
    if (sessionExpired()) {
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
      const answer = await api('/tenants/' + session.nis + '/enforcement/check?' + query);
      const body = await readJson(answer);
      if (answer.ok) {
        showVerdict(body, zone === POSITION);
        $('plate').blur();
        $('verdict').scrollIntoView({block: 'nearest'});
      } else if (answer.status === 401) {
        expired();
        return;
      } else {
        $('verdict').hidden = true;
        showProblem(body, answer.status);
      }
      loadRecent();
    } catch (e) {
      $('verdict').hidden = true;
      if (e && e.positionError) {
        fieldError('zone', e.message);
      } else {
        showText($('form-error'), 'Geen verbinding met het platform. / No connection to the platform.');
      }
    } finally {
      setBusy(false);
    }
  }

  function showVerdict(result, byPosition) {
    const verdict = VERDICTS[result.verdict] || {css: 'none', nl: result.verdict, en: ''};
    const box = $('verdict');
    box.className = verdict.css;
    box.dataset.verdict = result.verdict;
    $('verdict-word').textContent = verdict.nl;
    $('verdict-en').textContent = verdict.en;
    $('verdict-plate').textContent = result.plate + (result.country && result.country !== 'BE' ? ' · ' + result.country : '');
    $('verdict-zone').textContent = (result.zone ? zoneLabel(result.zone) : '— geen zone / no zone')
      + (byPosition ? ' — via positie / by position' : '');
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

  /** A blue zone without a right: a car may still stand there with a parking disc, up to the maximum stay. */
  function discText(minutes) {
    if (!minutes) {
      return null;
    }
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const nl = (hours ? hours + ' uur' : '') + (hours && rest ? ' ' : '') + (rest ? rest + ' min' : '');
    const en = (hours ? hours + (hours === 1 ? ' hour' : ' hours') : '') + (hours && rest ? ' ' : '')
      + (rest ? rest + ' min' : '');
    return 'Blauwe zone: parkeren met parkeerschijf is toegestaan tot ' + nl + '. / Blue zone: parking with a '
      + 'parking disc is allowed up to ' + en + '.';
  }

  /** Outside every zone: the plate's rights in zones nearby, so the driver can be told where they count. */
  function nearbyText(rights) {
    if (!Array.isArray(rights)) {
      return null;
    }
    if (rights.length === 0) {
      return 'Geen rechten in de buurt. / No rights nearby.';
    }
    return 'Rechten in de buurt / Rights nearby: ' + rights.map(r => {
      const where = r.zone ? zoneLabel(r.zone) : 'alle zones / every zone';
      const kind = r.rightKind && KINDS[r.rightKind] ? KINDS[r.rightKind][0] : r.rightKind;
      return where + (kind ? ' (' + kind + ')' : '');
    }).join('; ');
  }

  function kindText(result) {
    if (result.rightKind) {
      const kind = KINDS[result.rightKind];
      return kind ? kind[0] + ' / ' + kind[1] : result.rightKind;
    }
    if (result.verdict === 'NO_RIGHT') {
      return 'Geen recht gevonden / No right found';
    }
    return 'Niet vrijgegeven / Not disclosed';
  }

  function sessionExpired() {
    const exp = session && session.claims.exp;
    if (typeof exp === 'number' && exp * 1000 <= Date.now()) {
      expired();
      return true;
    }
    return false;
  }

  function currentPosition() {
    return new Promise((resolve, reject) => {
      const failure = message => Object.assign(new Error(message), {positionError: true});
      if (!navigator.geolocation) {
        reject(failure('Deze browser geeft geen positie; kies een zone. / This browser gives no position; choose a zone.'));
        return;
      }
      navigator.geolocation.getCurrentPosition(where => resolve(where.coords), error => reject(failure(
        error.code === 1
          ? 'Positie geweigerd; sta locatie toe of kies een zone. / Location refused; allow it or choose a zone.'
          : 'Geen positie gevonden; kies een zone. / No position found; choose a zone.')),
      {enableHighAccuracy: true, timeout: 15000, maximumAge: 10000});
    });
  }

  function setBusy(on) {
    busy = on;
    const button = $('check-button');
    button.disabled = on;
    button.replaceChildren(document.createTextNode(on ? 'Bezig… ' : 'Controleren '), english(on ? 'Checking…' : 'Check'));
  }

  // ---- reading a plate or a scan line -------------------------------------------------------------------------

  /**
   * What the warden typed or pasted: a plate in any typing (left to the platform to normalise), a scan line with
   * fields separated by ; | , or tabs (e.g. "1ABC123;BE;2026-11-24T10:00:00Z", whose moment is kept), or a text with
   * a plate in it.
   */
  function readScan(raw) {
    const input = (raw || '').trim();
    if (!input) {
      return {plate: '', country: null, scanned: false, at: null};
    }
    const fields = input.split(/[;|,\t]+/).map(f => f.trim()).filter(f => f.length > 0);
    if (fields.length > 1) {
      let country = null;
      let at = null;
      const candidates = [];
      for (const field of fields) {
        const upper = field.toUpperCase();
        if (!at && ISO_MOMENT.test(upper) && !isNaN(Date.parse(upper))) {
          at = new Date(upper).toISOString();
        } else if (!country && /^[A-Z]{2}$/.test(upper)) {
          country = upper;
        } else if (looksLikePlate(upper)) {
          candidates.push(compact(upper));
        }
      }
      // A camera or batch id can look like a plate too: a field in a Belgian format wins.
      const plate = candidates.find(isBelgianFormat) || candidates[0];
      if (plate) {
        return {plate: plate, country: country, scanned: true, at: at};
      }
    }
    // "1ABC123 NL" or "NL 1ABC123": a plate with its country written next to it in capitals.
    const trailing = input.match(/^(.+?)\s+([A-Z]{2})$/);
    const leading = input.match(/^([A-Z]{2})\s+(.+)$/);
    const split = [];
    if (trailing) {
      split.push([trailing[1], trailing[2]]);
    }
    if (leading) {
      split.push([leading[2], leading[1]]);
    }
    for (const [platePart, code] of split) {
      if (COUNTRIES.includes(code) && looksLikePlate(platePart.toUpperCase())) {
        return {plate: compact(platePart.toUpperCase()), country: code, scanned: true, at: null};
      }
    }
    const upper = input.toUpperCase();
    if (looksLikePlate(upper)) {
      return {plate: input, country: null, scanned: false, at: null};
    }
    const found = upper.match(/(?:^|[^A-Z0-9])([1-9][ -]?[A-Z]{3}[ -]?\d{3}|[A-Z]{3}[ -]?\d{3}|\d{3}[ -]?[A-Z]{3})(?![A-Z0-9])/);
    if (found) {
      const named = input.match(/\b[A-Z]{2}\b/g) || [];
      const country = named.find(code => COUNTRIES.includes(code)) || null;
      return {plate: compact(found[1]), country: country, scanned: true, at: null};
    }
    return {plate: input, country: null, scanned: false, at: null};
  }

  /** Letters and digits, 2 to 12 of them once spaces, dots and hyphens are gone, at least one digit, not only digits. */
  function looksLikePlate(upper) {
    const plain = compact(upper);
    return /^[A-Z0-9]{2,12}$/.test(plain) && /\d/.test(plain) && /[A-Z]/.test(plain);
  }

  function isBelgianFormat(plain) {
    return /^([1-9][A-Z]{3}\d{3}|[A-Z]{3}\d{3}|\d{3}[A-Z]{3})$/.test(plain);
  }

  function compact(text) {
    return text.replace(/[\s.\-]/g, '');
  }

  // ---- recent checks ------------------------------------------------------------------------------------------

  async function loadRecent() {
    if (!session) {
      return;
    }
    showText($('recent-error'), null);
    let answer;
    try {
      answer = await api('/tenants/' + session.nis + '/enforcement/checks?limit=20');
    } catch (e) {
      showText($('recent-error'), 'Geen verbinding met het platform. / No connection to the platform.');
      return;
    }
    if (answer.status === 401) {
      expired();
      return;
    }
    const body = await readJson(answer);
    if (!answer.ok) {
      showText($('recent-error'), problemText(body, answer.status));
      return;
    }
    const list = $('recent');
    list.replaceChildren();
    for (const entry of body) {
      const verdict = VERDICTS[entry.verdict] || {css: 'none', nl: entry.verdict};
      const item = document.createElement('li');
      item.dataset.verdict = entry.verdict;
      const plate = text('span', displayPlate(entry.plate), 'plate');
      plate.appendChild(text('span', (entry.zone ? zones.get(entry.zone) || entry.zone : '— geen zone / no zone')
        + (entry.actor ? ' · ' + entry.actor : ''),
        'where'));
      item.append(text('span', timeOfDay(entry.checkedAt), 'time'), plate, text('span', verdict.nl, 'badge ' + verdict.css));
      list.appendChild(item);
    }
    $('recent-empty').hidden = body.length > 0;
  }

  /** The check log keeps plates normalised; the current Belgian format reads better with its hyphens. */
  function displayPlate(plate) {
    return /^[1-9][A-Z]{3}\d{3}$/.test(plate) ? plate[0] + '-' + plate.slice(1, 4) + '-' + plate.slice(4) : plate;
  }

  // ---- errors -------------------------------------------------------------------------------------------------

  function showProblem(problem, status) {
    const errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    const general = [];
    for (const error of errors) {
      const field = error.field === 'lat' || error.field === 'lon' ? 'zone' : error.field;
      const message = (FIELD_LABELS[error.field] || error.field) + ': ' + error.message;
      if ($(field + '-error')) {
        fieldError(field, message);
      } else {
        general.push(message);
      }
    }
    if (errors.length === 0 || general.length > 0) {
      showText($('form-error'), [problemText(problem, status)].concat(general).join(' — '));
    }
  }

  function problemText(problem, status) {
    if (problem && problem.detail) {
      return problem.detail;
    }
    if (status === 403) {
      return 'Geen toegang. / Not allowed.';
    }
    return 'Het platform antwoordde ' + status + '. / The platform answered ' + status + '.';
  }

  function fieldError(field, message) {
    const input = $(field);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
    }
    showText($(field + '-error'), message);
    if (input) {
      input.focus();
    }
  }

  function clearError(id, input) {
    showText($(id), null);
    if (input) {
      input.removeAttribute('aria-invalid');
    }
  }

  function clearFormErrors() {
    for (const field of ['plate', 'zone', 'country']) {
      clearError(field + '-error', $(field));
    }
    showText($('form-error'), null);
  }

  // ---- small helpers ------------------------------------------------------------------------------------------

  function api(path) {
    return fetch(API + path, {
      headers: {'Authorization': 'Bearer ' + session.token, 'Accept': 'application/json', 'X-Device-Id': deviceId()},
      cache: 'no-store'
    });
  }

  async function readJson(answer) {
    try {
      return await answer.json();
    } catch (e) {
      return null;
    }
  }

  /** A stable id for this browser, made once: the check log records from which device a check came. */
  function deviceId() {
    let id = localStorage.getItem(DEVICE_KEY);
    if (!id) {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = 'web-' + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
      localStorage.setItem(DEVICE_KEY, id);
    }
    return id;
  }

  function decodeClaims(token) {
    const parts = (token || '').split('.');
    if (parts.length !== 3) {
      return null;
    }
    try {
      const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
      const binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
      const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, c => c.charCodeAt(0))));
      return claims && typeof claims === 'object' ? claims : null;
    } catch (e) {
      return null;
    }
  }

  function dateTime(iso, withYear) {
    const options = {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'};
    if (withYear) {
      options.year = 'numeric';
    }
    return new Date(iso).toLocaleString('nl-BE', options);
  }

  function timeOfDay(iso) {
    const when = new Date(iso);
    const today = new Date().toDateString() === when.toDateString();
    return today ? when.toLocaleTimeString('nl-BE', {hour: '2-digit', minute: '2-digit', second: '2-digit'})
      : when.toLocaleString('nl-BE', {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'});
  }

  function showText(element, message) {
    element.textContent = message || '';
    element.hidden = !message;
  }

  function text(tag, content, css) {
    const element = document.createElement(tag);
    element.textContent = content;
    if (css) {
      element.className = css;
    }
    return element;
  }

  function english(content) {
    return text('span', content, 'en');
  }
})();
