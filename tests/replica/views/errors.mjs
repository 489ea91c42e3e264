// The error summary at the top of a form and the message beside each field, in each variant's style
// (pcse-portal.md D0: "a red validation summary at the top; inline field messages").
import { html } from './html.mjs';
import { messages } from '../lib/data.mjs';

/** `hrefFor(key)` gives the id of the field to link to (govuk links each message to its field). */
export function errorSummary(variant, errors, hrefFor = () => '') {
  if (!errors || errors.size === 0) return '';
  const heading = messages.summaryHeading[variant];
  const unique = [...new Map(errors.entries().map(([key, message]) => [message, key])).entries()];
  if (variant === 'govuk') {
    return html`<div class="govuk-error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <h2 class="govuk-error-summary__title" id="error-summary-title">${heading}</h2>
      <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
        ${unique.map(([message, key]) => html`<li><a href="#${hrefFor(key)}">${message}</a></li>`)}
      </ul></div>
    </div>`;
  }
  if (variant === 'classic') {
    return html`<div class="validation-summary" id="ctl00_PlaceHolderMain_ValidationSummary1" role="alert">
      <span class="validation-summary__heading">${heading}</span>
      <ul>${unique.map(([message]) => html`<li>${message}</li>`)}</ul>
    </div>`;
  }
  return html`<div class="form-errors" role="alert"><p><strong>${heading}</strong></p>
    <ul>${unique.map(([message]) => html`<li>${message}</li>`)}</ul></div>`;
}

/** The message beside one field; `id` names the field the message belongs to. */
export function inlineError(variant, errors, key, id) {
  const message = errors?.get(key);
  if (!message) return '';
  if (variant === 'govuk')
    return html`<p class="govuk-error-message" id="${id}-error"><span class="govuk-visually-hidden">Error:</span> ${message}</p>`;
  if (variant === 'classic') return html`<span class="field-validation-error" id="${id}_error">${message}</span>`;
  return html`<div class="cell-error">${message}</div>`;
}
