// One payment's confirmation (/pass/payments/{id}), where a portal notice, an e-mail or a basket's step leads: what
// was paid, to which municipality, when, for which items, and its receipt as a PDF.

import {download, get} from './api.js';
import {facts, h, notice} from './dom.js';
import {cents, dateTime, label} from './format.js';
import {t} from './i18n.js';
import {onItemChange} from './live.js';

export async function showPayment(screen, context, id) {
  const answer = await get('/me/payments/' + encodeURIComponent(id));
  if (!answer.ok) {
    screen.append(h('h1', {}, t('payment.heading')), notice('error', answer.status === 404 && !answer.body ? t('error.notYet') : answer.message));
    return;
  }
  const names = await itemNames(answer.body.items || [], context);
  draw(screen, context, answer.body, names);
  if (answer.body.status === 'OPEN' || answer.body.status === 'PENDING') {
    const items = new Set(answer.body.items || []);
    const stop = onItemChange(async change => {
      if (!context.stillCurrent()) {
        stop();
        return;
      }
      if (items.has(change.id)) {
        const again = await get('/me/payments/' + encodeURIComponent(id));
        if (again.ok) {
          draw(screen, context, again.body, names);
          if (again.body.status === 'PAID') {
            context.announce(t('payment.confirmed'));
            stop();
          }
        }
      }
    });
  }
}

/** What each paid item is (kind and reference), read from the pass; an item no longer on it keeps its id. */
async function itemNames(ids, context) {
  const query = context.company ? '?company=' + context.company : '';
  const names = new Map();
  await Promise.all(ids.slice(0, 20).map(async id => {
    const answer = await get('/me/pass/items/' + encodeURIComponent(id) + query);
    if (answer.ok) {
      const item = answer.body.item;
      names.set(id, label('kind', item.kind) + ' ' + item.reference
        + (item.municipality ? ' (' + item.municipality.name + ')' : ''));
    }
  }));
  return names;
}

function draw(screen, context, payment, names) {
  const municipality = payment.municipality ? (payment.municipality.name || payment.municipality.nisCode) : '';
  const items = payment.items || [];
  const content = [
    h('h1', {}, t('payment.heading')),
    payment.status === 'PAID' ? notice('success', t('payment.confirmed')) : null,
    facts([
      [t('payment.municipality'), municipality],
      [t('payment.amount'), cents(payment.amountCents)],
      [t('payment.status'), label('payment.status', payment.status)],
      [t('payment.paidAt'), payment.paidAt ? dateTime(payment.paidAt) : ''],
      [t('payment.id'), payment.id]
    ])
  ];
  if (items.length > 0) {
    content.push(h('h2', {}, t('payment.items')),
      h('ul', {class: 'plain-list'}, items.map(item => {
        const itemId = typeof item === 'string' ? item : item.id;
        const text = names.get(itemId) || itemId;
        return h('li', {}, h('a', {href: context.link('/pass/items/' + encodeURIComponent(itemId)), 'data-route': true, class: 'link'}, text));
      })));
  }
  if (payment.receiptUrl) {
    const message = h('div', {});
    const button = h('button', {type: 'button', class: 'button button--secondary', id: 'download-receipt'}, t('payment.receipt'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const result = await download(payment.receiptUrl.replace(/^.*\/api\/v1/, ''), 'receipt-' + payment.id + '.pdf');
      button.disabled = false;
      message.replaceChildren(result.ok ? '' : notice('error', result.message));
    });
    content.push(h('p', {}, button), message);
  }
  content.push(h('p', {class: 'back'}, h('a', {href: context.link('/pass'), 'data-route': true, class: 'link link--back'}, t('item.back'))));
  screen.replaceChildren(...content.filter(Boolean));
}
