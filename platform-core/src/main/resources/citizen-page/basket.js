// Paying: one item or a selection becomes a basket, which the platform splits into one payment per municipality
// (each municipality collects through its own provider). The basket screen guides the citizen through each
// municipality's checkout in turn; every checkout returns here, and the screen follows the payments until all are
// confirmed (live events, and a short poll as a safety net when the stream is unavailable).

import {call, get, newKey} from './api.js';
import {h, notice} from './dom.js';
import {cents, label} from './format.js';
import {t} from './i18n.js';
import {onItemChange} from './live.js';

const KEY_PREFIX = 'ptr-pass-basket-attempt:';
const POLL_MS = 1500;
const POLL_TIMES = 40;

/**
 * Creates the basket for these items and opens its screen; returns a sentence when the platform refused. The
 * Idempotency-Key is kept for this attempt until an answer arrives, so a retry after a lost answer never pays twice.
 */
export async function startBasket(itemIds, context) {
  const ids = [...itemIds].sort();
  const attempt = KEY_PREFIX + ids.join(',') + '|' + (context.company || '');
  const key = sessionStorage.getItem(attempt) || newKey();
  sessionStorage.setItem(attempt, key);
  const body = {items: ids};
  if (context.company) {
    body.company = context.company;
  }
  const answer = await call('POST', '/me/pass/baskets', body, {'Idempotency-Key': key});
  if (answer.status !== 0 && answer.status < 500) {
    sessionStorage.removeItem(attempt);
  }
  if (!answer.ok) {
    return answer.status === 404 && !answer.body ? t('error.notYet') : basketProblem(answer);
  }
  context.go(context.link('/pass/baskets/' + encodeURIComponent(answer.body.id)));
  return null;
}

function basketProblem(answer) {
  const named = (answer.fields || []).map(field => field.message).filter(Boolean);
  return named.length > 0 ? answer.message + ' ' + named.join(' ') : answer.message;
}

export async function showBasket(screen, context, id) {
  const answer = await get('/me/pass/baskets/' + encodeURIComponent(id));
  if (!answer.ok) {
    screen.append(h('h1', {}, t('basket.heading')), notice('error', answer.message));
    return;
  }
  draw(screen, context, answer.body);
  follow(screen, context, id, answer.body);
}

/** Keeps the screen current until every payment is settled: on each live change of one of its items, and by polling. */
function follow(screen, context, id, basket) {
  if (settled(basket)) {
    return;
  }
  const itemIds = new Set(basket.payments.flatMap(payment => payment.items || []));
  let times = 0;
  let last = basket;
  const refresh = async () => {
    if (!context.stillCurrent() || settled(last)) {
      return false;
    }
    const answer = await get('/me/pass/baskets/' + encodeURIComponent(id));
    if (answer.ok && context.stillCurrent()) {
      announceChanges(context, last, answer.body);
      last = answer.body;
      draw(screen, context, last);
    }
    return !settled(last);
  };
  const stop = onItemChange(event => {
    if (itemIds.has(event.id)) {
      refresh().then(more => more || stop());
    }
  });
  // Only after a return from a checkout is a quick confirmation expected.
  if (new URLSearchParams(location.search).has('payment')) {
    const poll = async () => {
      if (++times <= POLL_TIMES && await refresh()) {
        setTimeout(poll, POLL_MS);
      } else {
        stop();
      }
    };
    setTimeout(poll, POLL_MS);
  }
}

function settled(basket) {
  return basket.payments.every(payment => payment.status !== 'OPEN' && payment.status !== 'PENDING');
}

function announceChanges(context, before, after) {
  for (const payment of after.payments) {
    const earlier = before.payments.find(p => p.id === payment.id);
    if (earlier && earlier.status !== payment.status) {
      context.announce(t('live.changed', payment.municipality.name, label('payment.status', payment.status)));
    }
  }
  if (before.status !== 'PAID' && after.status === 'PAID') {
    context.announce(t('basket.done'));
  }
}

function draw(screen, context, basket) {
  const focused = document.activeElement && screen.contains(document.activeElement) ? document.activeElement.id : null;
  const payments = basket.payments;
  const nextToPay = payments.find(payment => payment.status === 'OPEN' && payment.checkoutUrl);
  const content = [h('h1', {id: 'basket-heading'}, basket.status === 'PAID' ? t('basket.done') : t('basket.heading'))];
  if (basket.status === 'PAID') {
    content.push(notice('success', t('basket.doneDetail')));
  } else {
    content.push(payments.length > 1 ? h('p', {class: 'lead'}, t('basket.intro')) : null);
    if (basket.status === 'PARTLY_PAID') {
      content.push(notice('info', t('basket.partly')));
    }
  }
  content.push(h('ol', {class: 'steps', id: 'basket-payments'}, payments.map((payment, index) => {
    const name = payment.municipality.name || payment.municipality.nisCode;
    return h('li', {class: 'step step--' + payment.status.toLowerCase(), 'data-payment-id': payment.id,
      'data-status': payment.status},
    h('p', {class: 'step__count'}, t('basket.step', index + 1, payments.length)),
    h('h2', {class: 'step__title'}, name),
    h('p', {class: 'step__amount'}, h('strong', {class: 'amount'}, cents(payment.amountCents)),
      ' ', h('span', {class: 'badge badge--' + stepTone(payment.status)}, label('payment.status', payment.status))),
    stepAction(payment, payment === nextToPay, context, name));
  })));
  content.push(h('p', {class: 'basket-total'}, t('basket.total') + ': ', h('strong', {class: 'amount'}, cents(basket.totalCents))));
  content.push(h('p', {class: 'back'}, h('a', {href: context.link('/pass'), 'data-route': true, class: 'link link--back'}, t('item.back'))));
  screen.replaceChildren(...content.filter(Boolean));
  if (focused && document.getElementById(focused)) {
    document.getElementById(focused).focus();
  }
}

function stepAction(payment, isNext, context, name) {
  switch (payment.status) {
    case 'OPEN':
    case 'PENDING':
      if (!payment.checkoutUrl) {
        return h('p', {class: 'hint'}, t('basket.waiting', name));
      }
      // A payment provider's page refuses to be framed: inside a portal's frame it opens in the whole window.
      return h('p', {}, h('a', {href: payment.checkoutUrl, target: window.top === window ? null : '_top',
        class: 'button ' + (isNext ? 'button--primary' : 'button--secondary'), id: 'checkout-' + payment.id},
      t('basket.payAt', name)));
    case 'PAID':
      return h('p', {}, h('a', {href: context.link('/pass/payments/' + encodeURIComponent(payment.id)), 'data-route': true,
        class: 'link'}, t('basket.receipt')));
    case 'FAILED':
    case 'CANCELED':
    case 'CANCELLED': {
      const message = h('div', {});
      const retry = h('button', {type: 'button', class: 'button button--secondary', id: 'retry-' + payment.id}, t('basket.retry'));
      retry.addEventListener('click', async () => {
        retry.disabled = true;
        const problem = await startBasket(payment.items || [], context);
        retry.disabled = false;
        message.replaceChildren(problem ? notice('error', problem) : '');
      });
      return h('div', {}, h('p', {}, t('basket.failed')), retry, message);
    }
    case 'EXPIRED':
      return h('p', {}, t('basket.expired'));
    default:
      return null;
  }
}

function stepTone(status) {
  return status === 'PAID' ? 'ok' : status === 'OPEN' || status === 'PENDING' ? 'due' : 'alert';
}
