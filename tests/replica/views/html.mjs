// A tagged template that escapes every interpolated value unless it is already markup.

class Markup {
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof Markup) return value.text;
  return escapeHtml(value);
}

export function html(strings, ...values) {
  return new Markup(strings.reduce((out, s, k) => out + s + (k < values.length ? render(values[k]) : ''), ''));
}

export const raw = (text) => new Markup(text);
