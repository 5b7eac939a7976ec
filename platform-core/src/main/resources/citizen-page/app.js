// The citizen's PTR-pas page: sign in, then the screens of /pass (list, item, basket, payment, preferences, access
// log, companies), each at its own address so every link the platform sends opens the right screen. This module
// wires the others together: sign-in, the router (History API), the language and the company being viewed.

import {demoCitizens, demoToken, installationConfig, useToken} from './api.js';
import {$, focusHeading, h, notice} from './dom.js';
import {currentLanguage, initialLanguage, onLanguageChange, t, useLanguage} from './i18n.js';
import {showAccessLog} from './access-log.js';
import {showBasket} from './basket.js';
import {showCompanies} from './companies.js';
import {showItem} from './item.js';
import {showList} from './list.js';
import {onItemChange, startLive, stopLive} from './live.js';
import {showPayment} from './payment.js';
import {showPreferences} from './preferences.js';
import {decodeClaims, displayName, forgetToken, hasExpired, keepToken, storedToken, tokenFromFragment,
  watchExpiry} from './session.js';

const ROUTES = [
  [/^\/pass\/?$/, 'list', showList],
  [/^\/pass\/items\/([A-Za-z0-9_-]+)\/?$/, 'list', showItem],
  [/^\/pass\/baskets\/([A-Za-z0-9_-]+)\/?$/, 'list', showBasket],
  [/^\/pass\/payments\/([A-Za-z0-9_-]+)\/?$/, 'list', showPayment],
  [/^\/pass\/preferences\/?$/, 'preferences', showPreferences],
  [/^\/pass\/access-log\/?$/, 'access-log', showAccessLog],
  [/^\/pass\/companies\/?$/, 'companies', showCompanies]
];

let config = {};
let session = null; // {token, claims}
let rendering = 0;

start();

async function start() {
  const languages = $('language');
  languages.value = initialLanguage();
  useLanguage(languages.value, false);
  languages.addEventListener('change', () => {
    useLanguage(languages.value, true);
    const address = new URL(location.href);
    if (address.searchParams.has('lang')) {
      address.searchParams.set('lang', languages.value);
      history.replaceState(history.state, '', address.pathname + address.search);
    }
  });
  onLanguageChange(() => {
    languages.value = currentLanguage();
    showCompanyBanner();
    render(false);
  });
  document.addEventListener('click', followRoute);
  window.addEventListener('popstate', () => render(true));
  // An item that is new on the pass (a fine, a payment request) while the list is open: read the list again, so it
  // shows without a reload; an item already on screen is updated in place by the live stream.
  onItemChange(change => {
    const onList = location.pathname.replace(/\/+$/, '') === '/pass';
    if (onList && !document.querySelector('[data-item-id="' + CSS.escape(change.id) + '"]')) {
      render(false);
    }
  });
  $('sign-out').addEventListener('click', () => signOut(null));
  config = await installationConfig();
  const token = tokenFromFragment() || storedToken();
  if (token && signIn(token)) {
    render(false);
  } else {
    showSignIn(token ? 'signIn.expired' : null);
  }
}

// ---- sign in and out -------------------------------------------------------------------------------------------

function signIn(token) {
  const claims = decodeClaims(token);
  if (!claims || hasExpired(claims)) {
    forgetToken();
    return false;
  }
  session = {token: token, claims: claims};
  keepToken(token);
  useToken(token, () => signOut('signIn.expired'));
  watchExpiry(claims, () => signOut('signIn.expired'));
  $('sign-out').hidden = false;
  $('nav').hidden = false;
  const name = displayName(claims);
  $('who-name').textContent = name;
  $('who').hidden = !name;
  startLive(announce, company);
  return true;
}

function signOut(messageKey) {
  session = null;
  forgetToken();
  stopLive();
  useToken(null);
  $('sign-out').hidden = true;
  $('nav').hidden = true;
  $('who').hidden = true;
  $('company-banner').hidden = true;
  showSignIn(messageKey);
}

async function showSignIn(messageKey) {
  $('loading').hidden = true;
  const screen = $('screen');
  screen.replaceChildren(
    h('section', {class: 'sign-in', 'aria-labelledby': 'sign-in-heading'},
      h('h1', {id: 'sign-in-heading'}, t('signIn.heading')),
      messageKey ? notice('warning', t(messageKey), 'alert') : null,
      h('p', {class: 'lead'}, t('signIn.intro')),
      config.signInUrl
        ? h('p', {}, h('a', {class: 'button button--primary', href: signInAddress(), target: '_top'}, t('signIn.provider')))
        : null,
      h('div', {id: 'demo-citizens', hidden: true},
        h('h2', {}, t('signIn.demo')),
        h('p', {class: 'hint'}, t('signIn.demoOnly')),
        h('ul', {id: 'citizen-list', class: 'choices'})),
      !config.signInUrl && !config.devLogin ? h('p', {}, t('signIn.none')) : null));
  if (config.devLogin) {
    await listDemoCitizens();
  }
}

/** The sign-in service's address, told where to come back (this very address; the token comes back in #access_token). */
function signInAddress() {
  const address = new URL(config.signInUrl, location.href);
  address.searchParams.set('return', location.href.replace(/#.*$/, ''));
  return address.toString();
}

async function listDemoCitizens() {
  let citizens = null;
  try {
    citizens = await demoCitizens();
  } catch (e) {
    citizens = null;
  }
  const list = $('citizen-list');
  if (!citizens || !list) {
    return;
  }
  for (const persona of citizens) {
    // "Citizen — Jan Janssens (Antwerpen)": the person's name and where they live.
    const label = persona.label.replace(/^[^—]*—\s*/, '');
    const name = label.replace(/\s*\(.*\)$/, '');
    const button = h('button', {type: 'button', class: 'persona', 'data-rrn': persona.rrn},
      h('span', {class: 'persona__name'}, label),
      persona.kbo ? h('span', {class: 'persona__extra'}, t('companies.number', persona.kbo)) : null);
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const answer = await demoToken(persona, name);
        if (answer.ok && signIn(answer.body.token)) {
          render(true);
        }
      } finally {
        button.disabled = false;
      }
    });
    list.append(h('li', {}, button));
  }
  $('demo-citizens').hidden = false;
}

// ---- routes ----------------------------------------------------------------------------------------------------

/** The company whose pass is shown (?company=), or null for the person's own. */
export function company() {
  const value = new URLSearchParams(location.search).get('company');
  return value && /^\d{10}$/.test(value) ? value : null;
}

/** An address of the page, keeping the company being viewed. */
export function link(path, params) {
  const address = new URL(path, location.origin);
  const viewing = company();
  if (viewing && !(params && 'company' in params)) {
    address.searchParams.set('company', viewing);
  }
  for (const [name, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === '') {
      address.searchParams.delete(name);
    } else {
      address.searchParams.set(name, value);
    }
  }
  return address.pathname + address.search;
}

export function go(path) {
  history.pushState(null, '', path);
  render(true);
}

/** Same-page links (data-route) change the screen without loading the page again. */
function followRoute(event) {
  const anchor = event.target.closest('a[data-route]');
  if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  const target = anchor.hasAttribute('data-own') ? '/pass' : anchor.getAttribute('href');
  go(anchor.hasAttribute('data-own') || target.includes('company=') ? target : link(target));
}

async function render(moveFocus) {
  if (!session) {
    return;
  }
  const turn = ++rendering;
  const path = location.pathname;
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  const screen = $('screen');
  $('loading').hidden = false;
  showCompanyBanner();
  markNavigation(route ? route[1] : null);
  const fresh = h('div', {class: 'screen'});
  const context = {
    company: company(),
    link: link,
    go: go,
    announce: announce,
    claims: session.claims,
    tokenCompany: tokenCompany(),
    stillCurrent: () => turn === rendering
  };
  try {
    if (route) {
      await route[2](fresh, context, ...path.match(route[0]).slice(1));
    } else {
      fresh.append(h('h1', {}, t('error.notFound')));
    }
  } catch (e) {
    fresh.replaceChildren(notice('error', t('error.generic', '—')));
    console.error(e);
  }
  if (turn !== rendering) {
    return;
  }
  $('loading').hidden = true;
  screen.replaceChildren(fresh);
  document.title = (fresh.querySelector('h1')?.textContent || '') + ' — ' + t('title');
  if (moveFocus) {
    focusHeading(screen);
  }
}

/** The company number the token carries (the claim the installation names), digits only, or null. */
function tokenCompany() {
  const value = session && session.claims[config.companyNumberClaim || 'kbo'];
  const digits = typeof value === 'string' ? value.replace(/\D/g, '') : '';
  return digits.length === 10 ? digits : null;
}

function markNavigation(current) {
  for (const item of document.querySelectorAll('#nav a[data-nav]')) {
    item.href = link(item.getAttribute('data-nav') === 'list' ? '/pass'
      : '/pass/' + item.getAttribute('data-nav'));
    if (item.getAttribute('data-nav') === current) {
      item.setAttribute('aria-current', 'page');
    } else {
      item.removeAttribute('aria-current');
    }
  }
}

function showCompanyBanner() {
  const viewing = company();
  $('company-banner').hidden = !viewing || !session;
  if (viewing) {
    $('company-banner-text').textContent = t('company.viewing', viewing);
  }
}

/** Says something in the polite live region (and shows it), e.g. a payment confirmed while the page is open. */
export function announce(text) {
  const region = $('announcer');
  region.classList.toggle('is-empty', !text);
  region.textContent = text || '';
}
