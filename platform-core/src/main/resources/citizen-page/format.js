// Amounts, dates and labels in the page's language.

import {has, locale, t} from './i18n.js';

export function euros(amount) {
  if (amount === null || amount === undefined) {
    return '';
  }
  return new Intl.NumberFormat(locale(), {style: 'currency', currency: 'EUR'}).format(Number(amount));
}

export function cents(amountCents) {
  return amountCents === null || amountCents === undefined ? '' : euros(amountCents / 100);
}

export function date(value) {
  if (!value) {
    return '';
  }
  // A plain date (2026-12-24) is a calendar day, not a moment: read it without a time zone shift.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + 'T12:00:00') : new Date(value);
  return new Intl.DateTimeFormat(locale(), {day: 'numeric', month: 'long', year: 'numeric'}).format(parsed);
}

export function dateTime(value) {
  if (!value) {
    return '';
  }
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels'})
    .format(new Date(value));
}

/** A text of the vocabulary (kind.GAS_FINE, money.PAID, …), or the code itself for a value the page does not know. */
export function label(prefix, code) {
  return code && has(prefix + '.' + code) ? t(prefix + '.' + code) : (code || '');
}

/** The money states in which an item can be paid from the pass. */
export const PAYABLE = ['OPEN', 'PARTLY_PAID', 'REMINDER_SENT'];

export function payable(item) {
  return PAYABLE.includes(item.money) && Number(item.amountDue) > 0;
}

/** The colour family of a money state or status badge. */
export function tone(code) {
  switch (code) {
    case 'PAID': case 'HANDLED': case 'REFUNDED':
      return 'ok';
    case 'OPEN': case 'PARTLY_PAID': case 'REMINDER_SENT': case 'EXPIRES_SOON':
      return 'due';
    case 'HANDED_TO_COLLECTION': case 'FAILED': case 'EXPIRED':
      return 'alert';
    default:
      return 'neutral';
  }
}
