// Live money state: the pass's event stream (GET /api/v1/me/pass/events, server-sent events) read with fetch and a
// stream reader, because it needs the Authorization header, which EventSource cannot send. Each "item" event updates
// that item wherever it is on screen (its money badge and amount due), is announced in the page's live region, and is
// handed to the screens that follow it (the basket). The stream reconnects after a break, waiting longer each time.

import {currentToken} from './api.js';
import {euros, label, tone} from './format.js';
import {t} from './i18n.js';

const listeners = new Set();
let controller = null;
let running = false;

export function startLive(announce, company) {
  stopLive();
  running = true;
  connect(announce, company, 1000);
}

export function stopLive() {
  running = false;
  if (controller) {
    controller.abort();
    controller = null;
  }
}

/** Calls {@code listener} with each item event; returns the function that stops it. */
export function onItemChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function connect(announce, company, wait) {
  if (!running) {
    return;
  }
  controller = new AbortController();
  const viewing = company();
  let retry = Math.min(wait * 2, 30000);
  try {
    const answer = await fetch('/api/v1/me/pass/events' + (viewing ? '?company=' + viewing : ''), {
      headers: {'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + currentToken()},
      cache: 'no-store',
      signal: controller.signal
    });
    if (answer.status === 401 || answer.status === 403 || answer.status === 404) {
      return; // signed out, not allowed, or a platform without the stream: the page works without live updates
    }
    if (answer.ok && answer.body) {
      retry = 1000;
      await read(answer.body.getReader(), event => receive(event, announce));
    }
  } catch (e) {
    if (!running) {
      return;
    }
  }
  if (running) {
    setTimeout(() => connect(announce, company, retry), retry);
  }
}

/** Splits the stream into events (blank-line separated; "event:" and "data:" fields; ":" lines are comments). */
async function read(reader, handle) {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) {
      return;
    }
    buffer += decoder.decode(value, {stream: true}).replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') {
          name = text;
        } else if (field === 'data') {
          data.push(text);
        }
      }
      if (data.length > 0) {
        handle({name: name, data: data.join('\n')});
      }
    }
  }
}

function receive(event, announce) {
  if (event.name !== 'item') {
    return;
  }
  let change;
  try {
    change = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  let title = null;
  for (const shown of document.querySelectorAll('[data-item-id]')) {
    if (shown.getAttribute('data-item-id') !== change.id) {
      continue;
    }
    title = title || (shown.querySelector('h1, h2')?.innerText || '').replace(/\s+/g, ' ').trim();
    update(shown, change);
  }
  if (title && change.moneyState) {
    announce(change.moneyState === 'PAID' ? t('live.paid', title) : t('live.changed', title, label('money', change.moneyState)));
  }
  for (const listener of [...listeners]) {
    listener(change);
  }
}

/** The item's money badge and amount due, as the event says them now. */
function update(shown, change) {
  shown.setAttribute('data-money', change.moneyState || '');
  const badge = shown.querySelector('.js-money');
  if (badge && change.moneyState) {
    badge.textContent = label('money', change.moneyState);
    badge.className = 'badge badge--' + tone(change.moneyState) + ' js-money';
  }
  const due = shown.querySelector('.js-due');
  if (due && typeof change.amountDueCents === 'number') {
    if (change.amountDueCents > 0) {
      due.querySelector('.amount').textContent = euros(change.amountDueCents / 100);
    } else {
      due.remove();
    }
  }
  if (typeof change.amountDueCents === 'number' && change.amountDueCents === 0) {
    const box = shown.querySelector('.select__box');
    if (box) {
      box.closest('.select').remove();
    }
    shown.querySelector('#pay-item')?.closest('.actions')?.remove();
  }
}
