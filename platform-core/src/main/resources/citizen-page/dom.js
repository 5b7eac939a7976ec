// Small DOM helpers: every text goes in as text (never as HTML), so nothing the API answers can become markup.

export const $ = id => document.getElementById(id);

/** Makes an element: h('p', {class: 'hint', id: 'x'}, 'text', child, …); attributes starting with "on" are listeners. */
export function h(tag, attributes, ...children) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      made.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      made.className = value;
    } else if (value === true) {
      made.setAttribute(name, '');
    } else {
      made.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    made.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return made;
}

/** A definition list of [term, value] pairs, leaving out empty values. */
export function facts(pairs, css) {
  const list = h('dl', {class: css || 'facts'});
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    list.append(h('div', {class: 'facts__row'}, h('dt', {}, term), h('dd', {}, value)));
  }
  return list;
}

/** A message block (role alert for problems, status for news); hidden when there is no text. */
export function notice(kind, text, role) {
  return h('div', {class: 'notice notice--' + kind, role: role || (kind === 'error' ? 'alert' : 'status')}, h('p', {}, text));
}

export function markInvalid(input, invalid) {
  if (invalid) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
}

/** Puts the keyboard focus on a screen's heading, so a screen reader announces the new screen. */
export function focusHeading(screen) {
  const heading = screen.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: false});
  }
}
