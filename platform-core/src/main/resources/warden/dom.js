// Small DOM helpers shared by the warden page's modules.

export const $ = id => document.getElementById(id);

/** Shows a text (or hides the element when there is none); a text set this way is not re-translated. */
export function showText(element, message) {
  element.removeAttribute('data-i18n');
  element.removeAttribute('data-i18n-args');
  element.textContent = message || '';
  element.hidden = !message;
}

export function element(tag, content, css) {
  const made = document.createElement(tag);
  made.textContent = content;
  if (css) {
    made.className = css;
  }
  return made;
}

export function markInvalid(input, invalid) {
  if (!input) {
    return;
  }
  if (invalid) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
}
