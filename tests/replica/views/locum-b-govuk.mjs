// Locum B, govuk variant: month and year as a GOV.UK date input without the day, the tier as radios,
// Locum As as checkboxes in a table, and the calculated boxes as labelled <output>s.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { textInput, calculatedValue, dateInput, radios, declaration, summaryRows } from './govuk.mjs';
import { lb, EXTRAS, CALCULATED, personalDetails, locumARow } from './locum-b-common.mjs';
import { tierHint } from './locum-a-common.mjs';
import { money } from './format.mjs';
import { fields } from '../lib/data.mjs';
import { LOCUM_B_PATH } from '../lib/paths.mjs';

const l = lb.labels;
const N = fields.govuk.locumB;

function formsTable(ctx, candidates, selected, errors) {
  const error = errors?.get('forms');
  const row = (a, enabled) => {
    const r = locumARow(ctx.store, a);
    const checkbox = enabled
      ? html`<input class="govuk-checkboxes__input" id="${N.include}-${a.ref}" name="${N.include}" type="checkbox" value="${a.ref}"${selected.includes(a.ref) ? ' checked' : ''}>`
      : html`<input class="govuk-checkboxes__input" id="${N.include}-${a.ref}" type="checkbox" disabled>`;
    return html`<tr class="govuk-table__row${enabled ? '' : ' govuk-table__row--disabled'}">
      <td class="govuk-table__cell"><div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item">${checkbox}<label class="govuk-label govuk-checkboxes__label" for="${N.include}-${a.ref}"><span class="govuk-visually-hidden">${l.include} </span>${a.ref}</label></div></div></td>
      <td class="govuk-table__cell">${r.ea}</td><td class="govuk-table__cell">${r.practice}${enabled ? '' : html`<br><strong class="govuk-tag govuk-tag--grey">${l.awaiting}</strong>`}</td>
      <td class="govuk-table__cell">${r.first}</td><td class="govuk-table__cell">${r.last}</td><td class="govuk-table__cell">${r.datePaid}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${money(r.pensionable)}</td><td class="govuk-table__cell govuk-table__cell--numeric">${money(r.employer)}</td>
    </tr>`;
  };
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
  <fieldset class="govuk-fieldset"${error ? html` aria-describedby="${N.include}-error"` : ''}>
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">${lb.sections.forms}</h2></legend>
    <div class="govuk-hint">Select the approved Locum A forms for the pay you received this month.</div>
    ${inlineError('govuk', errors, 'forms', N.include)}
    ${candidates.approved.length === 0 ? html`<p class="govuk-body" id="no-approved-forms">${l.noForms}</p>` : ''}
    <table class="govuk-table" id="locum-a-forms">
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Reference</th><th scope="col" class="govuk-table__header">${l.eaCode}</th><th scope="col" class="govuk-table__header">${l.practice}</th><th scope="col" class="govuk-table__header">${l.first}</th><th scope="col" class="govuk-table__header">${l.last}</th><th scope="col" class="govuk-table__header">${l.datePaid}</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">${l.pensionable}</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">${l.employer}</th></tr></thead>
      <tbody class="govuk-table__body">${candidates.approved.map((a) => row(a, true))}${candidates.awaiting.map((a) => row(a, false))}</tbody>
    </table>
  </fieldset>
</div>`;
}

/** Summary links go to the field's first input: the month box, the first radio, the first checkbox. */
function linkTarget(candidates) {
  return (key) => {
    if (key === 'month') return `${N.month}-month`;
    if (key === 'forms') return candidates.approved.length ? `${N.include}-${candidates.approved[0].ref}` : 'locum-a-forms';
    return N[key] ?? '';
  };
}

export function locumBGovuk(ctx, { input, errors, candidates, tierOptions, preview, priorCumulative }) {
  const body = html`<div class="govuk-grid-row"><div class="govuk-grid-column-full">
<form method="post" action="${LOCUM_B_PATH}/Create" novalidate>
${formTokens(ctx)}
${errorSummary('govuk', errors, linkTarget(candidates))}
<h1 class="govuk-heading-l">${lb.title}</h1>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m">Your details</h2>
${summaryRows(personalDetails(ctx.user))}
${dateInput({ id: N.month, legend: l.month, value: input.month, errors, errorKey: 'month', hint: 'For example, 3 2026', parts: ['month', 'year'], legendClass: 'govuk-fieldset__legend--m' })}
${radios({ name: N.tier, legend: l.tier, options: tierOptions.rates.map((r) => [r, `${r}%`]), value: input.tier, errors, errorKey: 'tier', hint: tierHint(tierOptions), legendClass: 'govuk-fieldset__legend--m' })}
</div></div>
${formsTable(ctx, candidates, input.selected, errors)}
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m">${lb.sections.boxes}</h2>
${calculatedValue({ id: N.a, label: l.a, value: preview.a, forId: N.include })}
${calculatedValue({ id: N.b, label: l.b, value: preview.b, forId: `${N.a} ${N.tier}` })}
${EXTRAS.map((k) => textInput({ id: N[k], label: l[k], value: input.extras[k], errors, errorKey: k, hint: l.optionalHint, width: 10, prefix: '£', inputmode: 'decimal' }))}
${['g', 'h', 'i', 'j'].map((k) => calculatedValue({ id: N[k], label: l[k], value: preview[k], forId: N.a }))}
${declaration({ id: N.declaration, legend: lb.sections.declaration, text: l.declaration, checked: input.declaration, errors })}
<div class="govuk-button-group">
  <button type="submit" class="govuk-button">${l.submit}</button>
  <a class="govuk-link" href="${LOCUM_B_PATH}">${l.cancel}</a>
</div>
</div></div>
</form>
</div></div>`;
  return page(ctx, {
    title: lb.title,
    tab: 'pensions',
    body,
    scripts: [
      { module: 'error-summary.mjs', fn: 'focusErrorSummary', config: { selector: '.govuk-error-summary' } },
      {
        module: 'locum-b.mjs',
        fn: 'bindLocumB',
        config: {
          rows: candidates.approved.map((a) => ({
            checkbox: `#${N.include}-${a.ref}`,
            pensionable: a.pensionable,
            employer: a.employer,
            tier: a.tier,
          })),
          tier: `input[name="${N.tier}"]:checked`,
          perRowTier: false,
          extras: Object.fromEntries(EXTRAS.map((k) => [k, `#${N[k]}`])),
          outputs: Object.fromEntries(CALCULATED.map((k) => [k, `#${N[k]}`])),
          priorCumulative,
        },
      },
    ],
  });
}
