// The list of the pass: every item in every municipality, newest first, with filters (kind, municipality, status,
// money), "more" by cursor, the municipalities whose other system could not be read, the items of those other
// systems, and a selection of payable items to pay as one basket.

import {get} from './api.js';
import {h, notice} from './dom.js';
import {date, euros, label, payable, tone} from './format.js';
import {currentLanguage, t} from './i18n.js';
import {startBasket} from './basket.js';

const KINDS = ['RETRIBUTION', 'GAS_FINE', 'IOD_PERMIT', 'PAYMENT_REQUEST', 'DISABLED_CARD', 'PERMIT', 'DISPUTE'];
const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'HANDLED', 'EXPIRES_SOON', 'EXPIRED', 'CANCELLED'];
const MONEY = ['OPEN', 'IN_DISPUTE', 'PARTLY_PAID', 'REMINDER_SENT', 'HANDED_TO_COLLECTION', 'REFUND_PENDING',
  'REFUNDED', 'PAID', 'CANCELLED'];
const FILTERS = ['kind', 'municipality', 'status', 'money'];

/** Selected item ids with their amount due, kept while the citizen moves between screens of this tab. */
const selection = new Map();
let municipalities = null;

export async function showList(screen, context) {
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    if (params.get(name)) {
      query.set(name, params.get(name));
    }
  }
  if (context.company) {
    query.set('company', context.company);
  }
  const [answer] = await Promise.all([get('/me/pass?' + query), loadMunicipalities()]);
  screen.append(h('h1', {}, context.company ? t('list.headingCompany', context.company) : t('list.heading')));
  if (!answer.ok) {
    screen.append(notice('error', answer.status === 403 && context.company ? t('error.forbiddenCompany') : answer.message));
    return;
  }
  const page = answer.body;
  screen.append(h('p', {class: 'lead'}, t('list.intro')));
  screen.append(filterForm(params, context));
  for (const source of page.unreadable || []) {
    screen.append(notice('warning', t('list.unreadable', source.municipality.name || source.municipality.nisCode)));
  }
  const list = h('ul', {class: 'items', id: 'items'});
  screen.append(list);
  const bar = basketBar(context, list);
  appendItems(list, page.items, bar);
  const filtered = FILTERS.some(name => params.get(name));
  if (page.items.length === 0 && (page.elsewhere || []).length === 0) {
    screen.append(h('p', {class: 'empty'}, filtered ? t('list.empty') : t('list.emptyAll')));
  }
  if (page.next) {
    screen.append(moreButton(list, query, page.next, bar));
  }
  if ((page.elsewhere || []).length > 0) {
    screen.append(elsewhere(page.elsewhere));
  }
  screen.append(bar.element);
  bar.update();
}

function filterForm(params, context) {
  const selects = [
    choice('kind', KINDS.map(code => [code, label('kind', code)]), params),
    choice('municipality', municipalityChoices(), params),
    choice('status', STATUSES.map(code => [code, label('status', code)]), params),
    choice('money', MONEY.map(code => [code, label('money', code)]), params)
  ];
  const open = FILTERS.some(name => params.get(name));
  const form = h('form', {class: 'filters', id: 'filters', 'aria-label': t('list.filters')},
    h('div', {class: 'filters__grid'}, selects),
    h('div', {class: 'filters__actions'},
      h('button', {type: 'submit', class: 'button button--secondary', id: 'filter-apply'}, t('filter.apply')),
      open ? h('a', {href: context.link('/pass'), 'data-route': true, class: 'link'}, t('filter.reset')) : null));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = {};
    for (const name of FILTERS) {
      chosen[name] = form.elements[name].value;
    }
    context.go(context.link('/pass', chosen));
  });
  return h('details', {class: 'filter-panel', open: open},
    h('summary', {}, t('list.filters')),
    form);
}

function choice(name, options, params) {
  const id = 'filter-' + name;
  const select = h('select', {id: id, name: name},
    h('option', {value: ''}, t('filter.all')),
    options.map(([value, text]) => h('option', {value: value, selected: params.get(name) === value}, text)));
  return h('div', {class: 'field'}, h('label', {for: id}, t('filter.' + name)), select);
}

function appendItems(list, items, bar) {
  for (const item of items) {
    list.append(card(item, bar));
  }
}

/** One item as a card: what, where, status, money; a checkbox when it can be paid. */
export function card(item, bar) {
  const title = label('kind', item.kind) + ' ' + item.reference;
  const checkboxId = 'select-' + item.id;
  const canPay = payable(item);
  const municipality = item.municipality ? item.municipality.name : '';
  const element = h('li', {class: 'item-card', 'data-item-id': item.id, 'data-money': item.money || ''},
    h('div', {class: 'item-card__head'},
      h('h2', {class: 'item-card__title'},
        h('a', {href: '/pass/items/' + encodeURIComponent(item.id), 'data-route': true},
          h('span', {class: 'item-card__kind'}, label('kind', item.kind)),
          h('span', {class: 'item-card__ref'}, item.reference))),
      canPay && bar ? h('div', {class: 'select'},
        h('input', {type: 'checkbox', id: checkboxId, class: 'select__box', checked: selection.has(item.id),
          onchange: event => {
            if (event.target.checked) {
              selection.set(item.id, Number(item.amountDue));
            } else {
              selection.delete(item.id);
            }
            bar.update();
          }}),
        h('label', {for: checkboxId, class: 'select__label'}, t('list.selectShort'),
          h('span', {class: 'visually-hidden'}, ' — ' + t('list.select', title, euros(item.amountDue))))) : null),
    h('p', {class: 'item-card__where'}, [municipality, item.subject].filter(Boolean).join(' · ')),
    h('div', {class: 'item-card__state'},
      h('span', {class: 'badge badge--' + tone(item.status)}, label('status', item.status)),
      item.money ? h('span', {class: 'badge badge--' + tone(item.money) + ' js-money'}, label('money', item.money)) : null),
    item.money && Number(item.amountDue) > 0
      ? h('p', {class: 'item-card__due js-due'},
        h('strong', {class: 'amount'}, euros(item.amountDue)),
        item.dueDate ? ' · ' + t('amount.dueBy', date(item.dueDate)) : null)
      : null);
  return element;
}

function moreButton(list, query, cursor, bar) {
  let next = cursor;
  const button = h('button', {type: 'button', class: 'button button--secondary more', id: 'more'}, t('list.more'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    const page = new URLSearchParams(query);
    page.set('cursor', next);
    const answer = await get('/me/pass?' + page);
    button.disabled = false;
    if (!answer.ok) {
      button.after(notice('error', answer.message));
      return;
    }
    const first = list.children.length;
    appendItems(list, answer.body.items, bar);
    next = answer.body.next;
    button.hidden = !next;
    // Keyboard users continue where the new items begin.
    list.children[first]?.querySelector('a')?.focus();
  });
  return button;
}

function elsewhere(items) {
  return h('section', {class: 'elsewhere', 'aria-labelledby': 'elsewhere-heading'},
    h('h2', {id: 'elsewhere-heading'}, t('list.elsewhere')),
    h('ul', {class: 'items'}, items.map(item => h('li', {class: 'item-card item-card--elsewhere'},
      h('h3', {class: 'item-card__title'},
        h('span', {class: 'item-card__kind'}, label('kind', item.kind)),
        h('span', {class: 'item-card__ref'}, item.title)),
      h('p', {class: 'item-card__where'}, [item.municipality.name, item.issuer].filter(Boolean).join(' · ')),
      h('div', {class: 'item-card__state'},
        h('span', {class: 'badge badge--' + tone(item.status)}, label('status', item.status)),
        item.money ? h('span', {class: 'badge badge--' + tone(item.money)}, label('money', item.money)) : null),
      Number(item.amountDue) > 0 ? h('p', {class: 'item-card__due'}, h('strong', {class: 'amount'}, euros(item.amountDue)),
        item.dueDate ? ' · ' + t('amount.dueBy', date(item.dueDate)) : null) : null,
      item.link && /^https:\/\//.test(item.link)
        ? h('p', {}, h('a', {href: item.link, rel: 'noopener', target: '_blank', class: 'link'},
          t('list.elsewhereOpen', item.municipality.name)))
        : null))));
}

/** The bar that appears when items are selected: how many, the total, and the button that pays them. */
function basketBar(context, list) {
  const text = h('p', {class: 'basket-bar__text', id: 'basket-summary', 'aria-live': 'polite'});
  const message = h('div', {class: 'basket-bar__message'});
  const pay = h('button', {type: 'button', class: 'button button--primary', id: 'pay-selection'}, t('basket.pay'));
  const element = h('div', {class: 'basket-bar', id: 'basket-bar', hidden: true},
    h('div', {class: 'basket-bar__inner'}, text, pay), message);
  pay.addEventListener('click', async () => {
    pay.disabled = true;
    message.replaceChildren();
    const problem = await startBasket([...selection.keys()], context);
    pay.disabled = false;
    if (problem) {
      message.replaceChildren(notice('error', problem));
    } else {
      selection.clear();
    }
  });
  return {
    element: element,
    update() {
      // Only what is on screen counts (a filter may hide an earlier choice).
      const shown = new Set([...list.querySelectorAll('.select__box')].map(box => box.id.slice('select-'.length)));
      for (const id of [...selection.keys()]) {
        if (!shown.has(id)) {
          selection.delete(id);
        }
      }
      const total = [...selection.values()].reduce((sum, amount) => sum + amount, 0);
      element.hidden = selection.size === 0;
      text.textContent = selection.size === 1 ? t('basket.barOne', euros(total)) : t('basket.bar', selection.size, euros(total));
    }
  };
}

/** The municipalities by their name in the page's language, alphabetically. */
function municipalityChoices() {
  const language = currentLanguage();
  return (municipalities || [])
    .map(m => [m.nisCode, m.names[language] || m.names.nl || m.nisCode])
    .sort((a, b) => a[1].localeCompare(b[1], language));
}

async function loadMunicipalities() {
  if (municipalities) {
    return;
  }
  try {
    const answer = await fetch('/api/v1/public/tenants');
    if (answer.ok) {
      const body = await answer.json();
      const list = Array.isArray(body) ? body : (body.items || body.tenants || []);
      municipalities = list.map(m => ({nisCode: m.nisCode, names: m.names || {}}));
    }
  } catch (e) {
    municipalities = [];
  }
}

