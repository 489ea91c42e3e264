// GOV.UK Design System component markup (form group, text input, date input, radios, checkboxes),
// written out by hand because the replica serves no GOV.UK Frontend package.
import { html } from './html.mjs';
import { inlineError } from './errors.mjs';

const describedBy = (...ids) => {
  const list = ids.filter(Boolean).join(' ');
  return list ? html` aria-describedby="${list}"` : '';
};

export function textInput({ id, label, value, errors, errorKey = id, hint = '', width = 20, prefix = '', inputmode = '', after = '' }) {
  const error = errors?.get(errorKey);
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
    <label class="govuk-label" for="${id}">${label}</label>
    ${hint ? html`<div class="govuk-hint" id="${id}-hint">${hint}</div>` : ''}
    ${inlineError('govuk', errors, errorKey, id)}
    <div class="govuk-input__wrapper">${prefix ? html`<div class="govuk-input__prefix" aria-hidden="true">${prefix}</div>` : ''}<input class="govuk-input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}" id="${id}" name="${id}" type="text" value="${value}" spellcheck="false"${inputmode ? html` inputmode="${inputmode}"` : ''}${describedBy(hint && `${id}-hint`, error && `${id}-error`)}>${after}</div>
  </div>`;
}

/** A read-only calculated figure: an <output> with a real label, so it is announced and mappable. */
export function calculatedValue({ id, label, value, forId }) {
  return html`<div class="govuk-form-group govuk-calculated-group">
    <label class="govuk-label" for="${id}">${label}</label>
    <output class="govuk-calculated" id="${id}" name="${id}" for="${forId}">${value}</output>
  </div>`;
}

/** Day/month/year inputs (parts: day, month, year) or month/year only. */
export function dateInput({ id, legend, value, errors, errorKey = id, hint, parts = ['day', 'month', 'year'], legendClass = '' }) {
  const error = errors?.get(errorKey);
  const width = { day: 2, month: 2, year: 4 };
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
    <fieldset class="govuk-fieldset" role="group"${describedBy(`${id}-hint`, error && `${id}-error`)}>
      <legend class="govuk-fieldset__legend ${legendClass}">${legend}</legend>
      <div class="govuk-hint" id="${id}-hint">${hint}</div>
      ${inlineError('govuk', errors, errorKey, id)}
      <div class="govuk-date-input" id="${id}">
        ${parts.map(
          (part) => html`<div class="govuk-date-input__item"><div class="govuk-form-group">
            <label class="govuk-label govuk-date-input__label" for="${id}-${part}">${part[0].toUpperCase() + part.slice(1)}</label>
            <input class="govuk-input govuk-date-input__input govuk-input--width-${width[part]}${error ? ' govuk-input--error' : ''}" id="${id}-${part}" name="${id}-${part}" type="text" inputmode="numeric" value="${value[part]}">
          </div></div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** Radios: the first input's id is the group's name, the rest add -2, -3 … (GOV.UK's convention). */
export function radios({
  name,
  legend,
  options,
  value,
  errors,
  errorKey = name,
  hint = '',
  legendClass = 'govuk-fieldset__legend--s',
  inline = false,
}) {
  const error = errors?.get(errorKey);
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
    <fieldset class="govuk-fieldset"${describedBy(hint && `${name}-hint`, error && `${name}-error`)}>
      <legend class="govuk-fieldset__legend ${legendClass}">${legend}</legend>
      ${hint ? html`<div class="govuk-hint" id="${name}-hint">${hint}</div>` : ''}
      ${inlineError('govuk', errors, errorKey, name)}
      <div class="govuk-radios${inline ? ' govuk-radios--inline' : ''}">
        ${options.map(
          ([v, text], k) => html`<div class="govuk-radios__item">
            <input class="govuk-radios__input" id="${k === 0 ? name : `${name}-${k + 1}`}" name="${name}" type="radio" value="${v}"${value === v ? ' checked' : ''}>
            <label class="govuk-label govuk-radios__label" for="${k === 0 ? name : `${name}-${k + 1}`}">${text}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

export function declaration({ id, legend, text, checked, errors, errorKey = id }) {
  const error = errors?.get(errorKey);
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
    <fieldset class="govuk-fieldset"${describedBy(error && `${id}-error`)}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">${legend}</h2></legend>
      ${inlineError('govuk', errors, errorKey, id)}
      <div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id="${id}" name="${id}" type="checkbox" value="yes"${checked ? ' checked' : ''}>
        <label class="govuk-label govuk-checkboxes__label" for="${id}">${text}</label>
      </div></div>
    </fieldset>
  </div>`;
}

export function summaryRows(rows) {
  return html`<dl class="govuk-summary-list">${rows.map(([, label, value]) => html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${label}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`)}</dl>`;
}
