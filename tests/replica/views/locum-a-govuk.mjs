// Locum A, govuk variant: GOV.UK Design System patterns NHS users know — fieldsets with legends,
// day/month/year date inputs, an error summary linking to each field, and an "Add another period"
// button that adds rows in the page.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { textInput, calculatedValue, dateInput, radios, declaration, summaryRows } from './govuk.mjs';
import { la, yourDetails, calculated, calcConfig } from './locum-a-common.mjs';
import { fields, rules } from '../lib/data.mjs';
import { LOCUM_A_PATH } from '../lib/paths.mjs';

const l = la.labels;
const N = fields.govuk.locumA;
const first = (n) => N.first.replace('{n}', n);
const last = (n) => N.last.replace('{n}', n);

/** One period; `n` is its 1-based number, or a placeholder inside the row template. */
function period(n, value, errors, i) {
  const at = (key) => `${key}.${i}`;
  return html`<div class="govuk-period" data-period="${n}">
    <fieldset class="govuk-fieldset govuk-period__fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s govuk-period__legend">Period ${n}</legend>
      ${inlineError('govuk', errors, at('period'), `period-${n}`)}
      <div class="govuk-period__dates">
        ${dateInput({ id: first(n), legend: l.first, value: value.first, errors, errorKey: at('first'), hint: l.splitDateHint })}
        ${dateInput({ id: last(n), legend: l.last, value: value.last, errors, errorKey: at('last'), hint: l.splitDateHint })}
      </div>
      ${n === 1 ? '' : html`<button type="button" class="govuk-button govuk-button--warning govuk-period__remove">${l.removePeriod}</button>`}
    </fieldset>
  </div>`;
}

/** Where each error's summary link points: the first input of the field. */
function hrefFor(key) {
  const [field, i] = key.split('.');
  const n = Number(i) + 1;
  if (field === 'first' || field === 'period') return `${first(n)}-day`;
  if (field === 'last') return `${last(n)}-day`;
  if (field === 'periods') return `${first(1)}-day`;
  if (field === 'datePaid') return `${N.datePaid}-day`;
  return N[field] ?? '';
}

export function locumAGovuk(ctx, { input, errors, practice, notice }) {
  const amounts = calculated(input.fee);
  const emptyDate = { day: '', month: '', year: '' };
  const body = html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<form method="post" action="${LOCUM_A_PATH}/Create" novalidate>
${formTokens(ctx)}
${errorSummary('govuk', errors, hrefFor)}
<h1 class="govuk-heading-l">${la.title}</h1>
<h2 class="govuk-heading-m">${la.sections.details}</h2>
${summaryRows(yourDetails(ctx.user))}

<h2 class="govuk-heading-m">${la.sections.practice}</h2>
${textInput({ id: N.ods, label: l.ods, value: input.ods, errors, errorKey: 'ods', hint: 'For example, Y12345. Use X24 for NHS England appraisal work.', width: 10, after: html` <button type="submit" name="${N.search}" value="search" class="govuk-button govuk-button--secondary govuk-button--inline">${l.search}</button>` })}
${practice ? html`<div class="govuk-inset-text" id="practice-name"><span class="govuk-visually-hidden">${l.practiceName}: </span>${practice.name} (${practice.code})${notice ? html`<br><span class="govuk-body-s">${notice}</span>` : ''}</div>` : ''}
${radios({
  name: N.workType,
  legend: l.workType,
  options: [
    ['practice', l.workTypePractice],
    ['appraisal', l.workTypeAppraisal],
  ],
  value: input.workType,
  errors,
  errorKey: 'workType',
})}

<h2 class="govuk-heading-m">${la.sections.dates}</h2>
<p class="govuk-body">Add a period for each run of consecutive days worked.</p>
${inlineError('govuk', errors, 'periods', 'periods')}
<div id="periods">${input.periods.map((p, i) => period(i + 1, p, errors, i))}</div>
<button type="button" class="govuk-button govuk-button--secondary" id="add-period">${l.addPeriod}</button>
<template id="period-template">${period('__N__', { first: emptyDate, last: emptyDate }, null, -1)}</template>

<h2 class="govuk-heading-m">${la.sections.pay}</h2>
${textInput({ id: N.fee, label: l.fee, value: input.fee, errors, hint: 'For example, 750.00', width: 10, prefix: '£', inputmode: 'decimal' })}
${calculatedValue({ id: N.pensionable, label: l.pensionable, value: amounts.pensionable, forId: N.fee })}
${calculatedValue({ id: N.employer, label: l.employer, value: amounts.employer, forId: N.fee })}
${dateInput({ id: N.datePaid, legend: l.datePaid, value: input.datePaid, errors, errorKey: 'datePaid', hint: l.splitDateHint, legendClass: 'govuk-fieldset__legend--s' })}
${textInput({ id: N.invoiceRef, label: l.invoiceRef, value: input.invoiceRef, errors, errorKey: 'invoiceRef', width: 20 })}

${declaration({ id: N.declaration, legend: la.sections.declaration, text: l.declaration, checked: input.declaration, errors })}
<div class="govuk-button-group">
  <button type="submit" name="${N.search}" value="submit" class="govuk-button">${l.submit}</button>
  <a class="govuk-link" href="${LOCUM_A_PATH}">${l.cancel}</a>
</div>
</form>
</div></div>`;
  return page(ctx, {
    title: la.title,
    tab: 'pensions',
    body,
    scripts: [
      { module: 'error-summary.mjs', fn: 'focusErrorSummary', config: { selector: '.govuk-error-summary' } },
      {
        module: 'add-period.mjs',
        fn: 'bindAddPeriod',
        config: {
          container: '#periods',
          template: '#period-template',
          button: '#add-period',
          remove: '.govuk-period__remove',
          legend: '.govuk-period__legend',
          max: rules.datePeriodRows.govukMax,
        },
      },
      {
        module: 'locum-a.mjs',
        fn: 'bindLocumA',
        config: calcConfig({ fee: `#${N.fee}`, pensionable: `#${N.pensionable}`, employer: `#${N.employer}` }),
      },
    ],
  });
}
