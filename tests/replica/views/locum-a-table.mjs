// Locum A, table variant: a layout table with each label in a <th> and no label[for], input names
// generated per page load, the tier asked here rather than on Locum B, and dates under "From"/"To"
// column headings. It tests a field mapper that can only go by visible text and position.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { la, labelFor, yourDetails, calculated, calcConfig, tierHint } from './locum-a-common.mjs';
import { namer } from '../lib/field-names.mjs';
import { LOCUM_A_PATH } from '../lib/paths.mjs';

const l = la.labels;
const star = html` <span class="required">*</span>`;

const section = (title) => html`<tr><th colspan="2" class="form-table__section" scope="colgroup">${title}</th></tr>`;
const row = (label, cell, required = false) => html`<tr><th scope="row">${label}${required ? star : ''}</th><td>${cell}</td></tr>`;

export function locumATable(ctx, { input, errors, practice, notice, formKey, tierOptions }) {
  const name = namer('table', 'locumA', formKey);
  const amounts = calculated(input.fee);
  const err = (key) => inlineError('table', errors, key, key);
  const text = (key, value, size = 20) => html`<input type="text" name="${name(key)}" value="${value}" size="${size}">`;
  const dateCell = (key, i, value) =>
    html`<input type="text" name="${name(key, i)}" value="${value}" size="10" maxlength="10" placeholder="dd/mm/yyyy">${err(`${key}.${i}`)}`;
  const body = html`<h1 class="pcse-h1">${la.title}</h1>
<form method="post" action="${LOCUM_A_PATH}/Create" novalidate>
${formTokens(ctx)}
<input type="hidden" name="__fk" value="${formKey}">
${errorSummary('table', errors)}
<table class="form-table">
<tbody>
${section(la.sections.details)}
${yourDetails(ctx.user).map(([, label, value]) => row(label, value))}
${section(la.sections.practice)}
${row(l.ods, html`${text('ods', input.ods, 10)} <button type="submit" name="${name('search')}" value="1" class="small-button">${l.search}</button>${err('ods')}${notice ? html`<div class="cell-notice">${notice}</div>` : ''}`, true)}
${row(l.practiceName, practice ? practice.name : '—')}
${row(
  l.workType,
  html`<select name="${name('workType')}"><option value="">-- Select --</option>${[
    ['practice', l.workTypePractice],
    ['appraisal', l.workTypeAppraisal],
  ].map(([v, t]) => html`<option value="${v}"${input.workType === v ? ' selected' : ''}>${t}</option>`)}</select>${err('workType')}`,
  true,
)}
${section(la.sections.dates)}
<tr><td colspan="2">
  ${err('periods')}
  <table class="dates-table">
    <thead><tr><th scope="col">Period</th><th scope="col">${labelFor('table', 'first')}</th><th scope="col">${labelFor('table', 'last')}</th></tr></thead>
    <tbody>${input.periods.map((p, i) => html`<tr><th scope="row">${i + 1}</th><td>${dateCell('first', i, p.first)}</td><td>${dateCell('last', i, p.last)}${err(`period.${i}`)}</td></tr>`)}</tbody>
  </table>
</td></tr>
${section(la.sections.pay)}
${row(l.fee, html`${text('fee', input.fee, 12)}${err('fee')}`, true)}
${row(l.pensionable, html`<output name="${name('pensionable')}">${amounts.pensionable}</output>`)}
${row(l.employer, html`<output name="${name('employer')}">${amounts.employer}</output>`)}
${row(l.datePaid, html`${text('datePaid', input.datePaid, 10)} <span class="hint">dd/mm/yyyy</span>${err('datePaid')}`, true)}
${row(labelFor('table', 'tier'), html`<select name="${name('tier')}"><option value="">-- Select --</option>${tierOptions.rates.map((r) => html`<option value="${r}"${input.tier === r ? ' selected' : ''}>${r}%</option>`)}</select> <span class="hint">${tierHint(tierOptions)}</span>${err('tier')}`, true)}
${row(l.invoiceRef, html`${text('invoiceRef', input.invoiceRef, 20)}${err('invoiceRef')}`)}
${section(la.sections.declaration)}
<tr><th scope="row">${l.declaration}${star}</th><td><input type="checkbox" name="${name('declaration')}"${input.declaration ? ' checked' : ''}>${err('declaration')}</td></tr>
</tbody>
</table>
<p class="form-actions"><button type="submit" class="pcse-button">${l.submit}</button> <a href="${LOCUM_A_PATH}">${l.cancel}</a></p>
</form>`;
  return page(ctx, {
    title: la.title,
    tab: 'pensions',
    body,
    scripts: [
      {
        module: 'locum-a.mjs',
        fn: 'bindLocumA',
        config: calcConfig({
          fee: `[name="${name('fee')}"]`,
          pensionable: `output[name="${name('pensionable')}"]`,
          employer: `output[name="${name('employer')}"]`,
        }),
      },
    ],
  });
}
