// One control of a generated page, as its structure recorded it: tag, type, id, name, label (as <label for>, or
// wrapping the control when it had no id), hint and aria-labelledby text (each in an element the control points to),
// aria-label, placeholder, options and read-only. `data-control` is the control's index in the structure file, so the
// page scripts and the tests can find it without adding words the assistant might recognise it by.
import { html } from './html.mjs';

/** state: { value, checked, choices: [[value, text]], disabled } */
export function controlHtml(c, { value = '', checked = false, choices = [], disabled = false } = {}) {
  const key = c.id || `control-${c.index}`;
  const hintId = c.hint ? `${key}-hint` : '';
  const labelledId = c.ariaLabelledBy ? `${key}-labelledby` : '';
  const attrs = html`${c.id ? html` id="${c.id}"` : ''}${c.name ? html` name="${c.name}"` : ''} data-control="${c.index}"${c.ariaLabel ? html` aria-label="${c.ariaLabel}"` : ''}${labelledId ? html` aria-labelledby="${labelledId}"` : ''}${hintId ? html` aria-describedby="${hintId}"` : ''}${disabled ? ' disabled' : ''}`;
  const readOnly = c.readOnly ? html` readonly tabindex="-1"` : '';
  const tickable = c.type === 'checkbox' || c.type === 'radio';
  let element;
  if (c.tag === 'select')
    element = html`<select${attrs}>${choices.map(([v, text]) => html`<option value="${v}"${v === value && v !== '' ? ' selected' : ''}>${text}</option>`)}</select>`;
  else if (c.tag === 'output') element = html`<output${attrs}>${value}</output>`;
  else if (c.tag === 'textarea') element = html`<textarea${attrs}${readOnly}>${value}</textarea>`;
  else
    element = html`<input type="${c.type ?? 'text'}"${attrs}${value !== '' ? html` value="${value}"` : ''}${checked ? ' checked' : ''}${c.placeholder ? html` placeholder="${c.placeholder}"` : ''}${readOnly}>`;
  const label = (inner) =>
    c.id
      ? html`<label for="${c.id}">${c.label}</label>${inner}`
      : html`<label>${tickable ? inner : ''}${c.label}${tickable ? '' : inner}</label>`;
  const labelled = !c.label ? element : tickable && c.id ? html`${element}${label('')}` : label(element);
  return html`<div class="generated-field">${labelledId ? html`<span id="${labelledId}">${c.ariaLabelledBy}</span> ` : ''}${labelled}${hintId ? html`<div class="hint" id="${hintId}">${c.hint}</div>` : ''}</div>`;
}
