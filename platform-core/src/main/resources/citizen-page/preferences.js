// My notification preferences (F-13): language, e-mail address, mobile number, postal address, and per kind of event
// the channels I want. Saved with If-Match (the ETag read), so a change made elsewhere meanwhile is never overwritten;
// a new address or number waits for the 6-digit code sent to it, confirmed here.

import {call, get} from './api.js';
import {$, h, markInvalid, notice} from './dom.js';
import {t} from './i18n.js';

const EVENTS = ['new-item', 'status-change', 'money-change', 'due-soon', 'permit-expiring'];
const CHANNELS = ['email', 'sms', 'whatsapp', 'letter'];
const ADDRESS = [['street', 'street'], ['houseNumber', 'houseNumber'], ['box', 'box'], ['postalCode', 'postalCode'],
  ['municipality', 'city']];

export async function showPreferences(screen, context) {
  const answer = await get('/me/preferences');
  screen.append(h('h1', {}, t('prefs.heading')), h('p', {class: 'lead'}, t('prefs.intro')));
  if (!answer.ok) {
    screen.append(notice('error', answer.message));
    return;
  }
  const area = h('div', {});
  screen.append(area);
  draw(area, context, answer.body, answer.etag || '"' + answer.body.version + '"', null);
}

function draw(area, context, preferences, etag, message) {
  const form = h('form', {class: 'form', id: 'preferences-form', novalidate: true});
  const language = h('select', {id: 'pref-language', name: 'language'},
    ['nl', 'fr', 'en'].map(code => h('option', {value: code, selected: preferences.language === code}, t('lang.' + code))));
  form.append(
    field('pref-language', t('prefs.language'), language),
    h('fieldset', {class: 'fieldset'},
      h('legend', {}, t('prefs.contacts')),
      field('pref-email', t('prefs.email'), h('input', {id: 'pref-email', name: 'email', type: 'email',
        autocomplete: 'email', value: preferences.email || '', 'aria-describedby': 'pref-email-error'})),
      field('pref-phone', t('prefs.phone'), h('input', {id: 'pref-phone', name: 'phone', type: 'tel',
        autocomplete: 'tel', value: preferences.phone || '', 'aria-describedby': 'pref-phone-hint pref-phone-error'}),
      t('prefs.phoneHint'))),
    h('fieldset', {class: 'fieldset'},
      h('legend', {}, t('prefs.address')),
      h('p', {class: 'hint', id: 'pref-address-hint'}, t('prefs.addressHint')),
      h('div', {class: 'address-grid'}, ADDRESS.map(([name, text]) => field('pref-address-' + name, t('prefs.' + text),
        h('input', {id: 'pref-address-' + name, name: 'address.' + name, type: 'text',
          autocomplete: {street: 'address-line1', postalCode: 'postal-code', municipality: 'address-level2'}[name] || 'off',
          value: preferences.address ? preferences.address[name] || '' : '',
          'aria-describedby': 'pref-address-' + name + '-error'}))))),
    h('fieldset', {class: 'fieldset'},
      h('legend', {}, t('prefs.choices')),
      EVENTS.map(event => h('fieldset', {class: 'choice-row'},
        h('legend', {}, t('event.' + event)),
        h('div', {class: 'checks'}, CHANNELS.map(channel => {
          const id = 'choice-' + event + '-' + channel;
          const chosen = (preferences.choices && preferences.choices[event] || []).includes(channel);
          return h('div', {class: 'check'},
            h('input', {type: 'checkbox', id: id, name: 'choice', value: event + ':' + channel, checked: chosen}),
            h('label', {for: id}, t('channel.' + channel)));
        }))))),
    h('div', {id: 'preferences-message'}, message),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'button button--primary', id: 'save-preferences'}, t('prefs.save'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await save(area, context, form, preferences, etag);
  });
  const pending = (preferences.pending || []).map(waiting => confirmForm(area, context, waiting, etag));
  area.replaceChildren(...pending, form);
}

function field(id, text, input, hint) {
  return h('div', {class: 'field'},
    h('label', {for: id}, text),
    hint ? h('p', {class: 'hint', id: id + '-hint'}, hint) : null,
    input,
    h('p', {class: 'field-error', id: id + '-error', hidden: true}));
}

async function save(area, context, form, before, etag) {
  const update = {language: form.elements.language.value, choices: {}};
  const email = form.elements.email.value.trim();
  const phone = form.elements.phone.value.trim();
  if (email !== (before.email || '')) {
    update.email = email;
  }
  if (phone !== (before.phone || '')) {
    update.phone = phone;
  }
  const address = {};
  for (const [name] of ADDRESS) {
    address[name] = form.elements['address.' + name].value.trim();
  }
  if (Object.values(address).some(Boolean)) {
    update.address = address;
  }
  for (const event of EVENTS) {
    update.choices[event] = CHANNELS.filter(channel => form.querySelector('#choice-' + event + '-' + channel).checked);
  }
  const button = $('save-preferences');
  button.disabled = true;
  const answer = await call('PUT', '/me/preferences', update, {'If-Match': etag});
  button.disabled = false;
  if (answer.ok) {
    draw(area, context, answer.body, answer.etag || '"' + answer.body.version + '"', notice('success', t('prefs.saved')));
    const pending = area.querySelector('.confirm-code input');
    (pending || $('preferences-message')).focus?.();
    return;
  }
  if (answer.status === 412) {
    const fresh = await get('/me/preferences');
    if (fresh.ok) {
      draw(area, context, fresh.body, fresh.etag || '"' + fresh.body.version + '"', notice('error', answer.message));
    }
    return;
  }
  showFieldErrors(form, answer);
}

function showFieldErrors(form, answer) {
  for (const error of form.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    markInvalid(input, false);
  }
  let first = null;
  for (const error of answer.fields || []) {
    const id = error.field === 'email' ? 'pref-email' : error.field === 'phone' ? 'pref-phone'
      : error.field.startsWith('address.') ? 'pref-address-' + error.field.slice('address.'.length) : null;
    const input = id && $(id);
    if (input) {
      markInvalid(input, true);
      const text = $(id + '-error');
      text.textContent = error.message;
      text.hidden = false;
      first = first || input;
    }
  }
  let summary = answer.message;
  if (answer.status === 503) {
    summary = t('error.noSender');
  }
  $('preferences-message').replaceChildren(notice('error', summary));
  (first || $('save-preferences')).focus();
}

function confirmForm(area, context, waiting, etag) {
  const channel = waiting.contact === 'email' ? 'email' : 'phone';
  const id = 'code-' + channel;
  const message = h('div', {});
  const form = h('form', {class: 'confirm-code notice notice--info', id: 'confirm-' + channel, novalidate: true},
    h('p', {}, t('prefs.pending', waiting.value)),
    h('label', {for: id}, t('prefs.code', waiting.value)),
    h('div', {class: 'inline'},
      h('input', {id: id, name: 'code', type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code',
        maxlength: '6', pattern: '[0-9]{6}', class: 'code-input'}),
      h('button', {type: 'submit', class: 'button button--primary'}, t('prefs.confirm'))),
    message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const answer = await call('POST', '/me/preferences/contacts/' + channel + '/confirm', {code: form.elements.code.value.trim()});
    if (answer.ok) {
      draw(area, context, answer.body, answer.etag || '"' + answer.body.version + '"',
        notice('success', t('prefs.confirmed', waiting.value)));
      $('preferences-message').querySelector('.notice')?.setAttribute('tabindex', '-1');
      $('preferences-message').querySelector('.notice')?.focus();
    } else {
      markInvalid(form.elements.code, true);
      message.replaceChildren(notice('error', answer.message));
      form.elements.code.focus();
    }
  });
  return form;
}
