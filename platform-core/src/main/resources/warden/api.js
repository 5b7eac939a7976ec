// The platform's API as the warden page uses it: this origin only, the warden's bearer token, this device's id.

const API = '/api/v1';
const DEVICE_KEY = 'ptr-warden-device';

/** A GET with the warden's token; rejects only when the platform cannot be reached. */
export function apiGet(path, token) {
  return fetch(API + path, {
    headers: {'Authorization': 'Bearer ' + token, 'Accept': 'application/json', 'X-Device-Id': deviceId()},
    cache: 'no-store'
  });
}

/** What this installation lets the page do (dev login) and which token claim names the municipality. */
export async function installationConfig() {
  try {
    const answer = await fetch('/warden/config.json', {cache: 'no-store'});
    if (answer.ok) {
      return await answer.json();
    }
  } catch (e) {
    // offline: the token form still works
  }
  return {devLogin: false, tenantClaim: 'tenant'};
}

export async function demoWardens() {
  const answer = await fetch(API + '/dev/personas');
  if (!answer.ok) {
    return null;
  }
  return (await answer.json()).filter(p => p.role === 'warden');
}

/** A dev-login token for a demo warden: {ok, status, body}. */
export async function demoToken(persona) {
  const answer = await fetch(API + '/dev/token', {
    method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({role: 'warden', tenant: persona.tenant, name: persona.label})
  });
  return {ok: answer.ok, status: answer.status, body: await readJson(answer)};
}

export async function publicTenant(nis) {
  const answer = await fetch(API + '/public/tenants/' + encodeURIComponent(nis));
  return answer.ok ? answer.json() : null;
}

export async function readJson(answer) {
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
