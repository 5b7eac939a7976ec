// Company mode (F-15): the companies the signed-in person may act for, as the enterprise register confirms them; a
// choice opens that company's pass (?company=<number>), and every screen keeps it until the person goes back to
// their own pass.

import {get} from './api.js';
import {h, notice} from './dom.js';
import {t} from './i18n.js';

export async function showCompanies(screen, context) {
  screen.append(h('h1', {}, t('companies.heading')), h('p', {class: 'lead'}, t('companies.intro')));
  const answer = await get('/me/companies');
  let companies;
  if (answer.ok) {
    companies = Array.isArray(answer.body) ? answer.body : (answer.body.items || []);
  } else if (answer.status === 404 && context.tokenCompany) {
    // A platform without the enterprise register's list: the company the token itself acts for (Mijn Burgerprofiel
    // issues a token per company the person represents).
    companies = [{companyNumber: context.tokenCompany, name: t('companies.number', formatted(context.tokenCompany))}];
  } else {
    screen.append(notice('error', answer.message));
    return;
  }
  const list = h('ul', {class: 'choices', id: 'companies'});
  list.append(h('li', {}, choice(t('companies.own'), null, context, !context.company)));
  for (const company of companies) {
    list.append(h('li', {}, choice(company.name, company, context, context.company === company.companyNumber)));
  }
  screen.append(list);
  if (companies.length === 0) {
    screen.append(h('p', {class: 'empty'}, t('companies.empty')));
  }
}

function choice(name, company, context, current) {
  const href = company ? context.link('/pass', {company: company.companyNumber}) : '/pass';
  return h('a', {href: href, 'data-route': true, 'data-own': company ? null : true, class: 'persona' + (current ? ' persona--current' : ''),
    'aria-current': current ? 'page' : null, 'data-company': company ? company.companyNumber : ''},
  h('span', {class: 'persona__name'}, name),
  company ? h('span', {class: 'persona__extra'}, t('companies.number', formatted(company.companyNumber))
    + (company.role ? ' · ' + company.role : '')) : null,
  h('span', {class: 'persona__extra'}, current ? t('companies.viewing') : t('companies.view')));
}

function formatted(number) {
  return /^\d{10}$/.test(number) ? number.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1.$2.$3') : number;
}
