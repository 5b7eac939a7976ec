// The platform's API as the citizen page uses it: this origin only, the citizen's bearer token, the page's language,
// and every refusal turned into a sentence for a person (never the problem document itself).

import {currentLanguage, t} from './i18n.js';

const API = '/api/v1';
let token = null;
let onUnauthorized = () => {};

export function useToken(value, whenRefused) {
  token = value;
  onUnauthorized = whenRefused || (() => {});
}

/** An answer: {ok, status, body, etag}; on a refusal, body is the problem and message says it humanly. */
export async function call(method, path, body, headers) {
  let answer;
  try {
    answer = await fetch(API + path, {
      method: method,
      headers: Object.assign({
        'Accept': 'application/json',
        'Accept-Language': currentLanguage(),
        'Authorization': 'Bearer ' + token
      }, body === undefined ? {} : {'Content-Type': 'application/json'}, headers || {}),
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store'
    });
  } catch (e) {
    return {ok: false, status: 0, body: null, message: t('error.noConnection')};
  }
  const parsed = await readJson(answer);
  const result = {ok: answer.ok, status: answer.status, body: parsed, etag: answer.headers.get('ETag')};
  if (!answer.ok) {
    result.message = problemMessage(answer.status, parsed);
    result.fields = parsed && Array.isArray(parsed.errors) ? parsed.errors : [];
    if (answer.status === 401) {
      onUnauthorized();
    }
  }
  return result;
}

export const get = path => call('GET', path);

/** A file of the API (a PDF) fetched with the token and handed to the browser to save or show. */
export async function download(path, fileName) {
  let answer;
  try {
    answer = await fetch(API + path, {
      headers: {'Accept': 'application/pdf', 'Accept-Language': currentLanguage(), 'Authorization': 'Bearer ' + token},
      cache: 'no-store'
    });
  } catch (e) {
    return {ok: false, message: t('error.noConnection')};
  }
  if (!answer.ok) {
    if (answer.status === 401) {
      onUnauthorized();
    }
    return {ok: false, status: answer.status, message: problemMessage(answer.status, await readJson(answer))};
  }
  const url = URL.createObjectURL(await answer.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return {ok: true};
}

/** A sentence for a refusal, chosen by the problem's type and status; field errors are shown next to their fields. */
export function problemMessage(status, problem) {
  const type = problem && typeof problem.type === 'string' ? problem.type.replace(/^.*\//, '') : '';
  switch (type) {
    case 'confirmation-code-wrong': return t('error.confirmationWrong');
    case 'confirmation-code-expired': return t('error.confirmationExpired');
    case 'confirmation-rate-limited': return t('error.tooMany');
    case 'precondition-failed': case 'concurrent-update': return t('error.precondition');
    default: break;
  }
  switch (status) {
    case 0: return t('error.noConnection');
    case 400: case 422: return t('error.validation');
    case 401: return t('error.unauthorized');
    case 403: return t('error.forbidden');
    case 404: return t('error.notFound');
    case 409: return t('error.conflict');
    case 412: return t('error.precondition');
    case 429: return t('error.tooMany');
    case 502: case 503: case 504: return t('error.unavailable');
    default: return t('error.generic', status);
  }
}

/** What this installation lets the page do: dev login, claim names, where to sign in. */
export async function installationConfig() {
  try {
    const answer = await fetch('/pass/config.json', {cache: 'no-store'});
    if (answer.ok) {
      return await answer.json();
    }
  } catch (e) {
    // offline: the page says so when it calls the API
  }
  return {devLogin: false, nationalNumberClaim: 'rrn', companyNumberClaim: 'kbo'};
}

export async function demoCitizens() {
  const answer = await fetch(API + '/dev/personas');
  if (!answer.ok) {
    return null;
  }
  return (await answer.json()).filter(p => p.role === 'citizen');
}

/** A dev-login token for a demo citizen. */
export async function demoToken(persona, name) {
  const answer = await fetch(API + '/dev/token', {
    method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({role: 'citizen', rrn: persona.rrn, kbo: persona.kbo || undefined, name: name})
  });
  return {ok: answer.ok, status: answer.status, body: await readJson(answer)};
}

/** A fresh idempotency key (one per attempt the citizen makes, reused when the same attempt is sent again). */
export function newKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'pass-' + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function currentToken() {
  return token;
}

async function readJson(answer) {
  try {
    return await answer.json();
  } catch (e) {
    return null;
  }
}
