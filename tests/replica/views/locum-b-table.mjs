// Locum B, table variant: labels in <th> cells, generated names, one "Month" drop-down, and no tier
// question: box b uses the tier entered on each Locum A.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { lb, EXTRAS, CALCULATED, personalDetails, locumARow, labelFor } from './locum-b-common.mjs';
import { money } from './format.mjs';
import { namer } from '../lib/field-names.mjs';
import { formatMonth } from '../lib/dates.mjs';
import { messages } from '../lib/data.mjs';
import { LOCUM_B_PATH } from '../lib/paths.mjs';

const l = lb.labels;
const star = html` <span class="required">*</span>`;
const section = (title) => html`<tr><th colspan="2" class="form-table__section" scope="colgroup">${title}</th></tr>`;
const row = (label, cell, required = false) => html`<tr><th scope="row">${label}${required ? star : ''}</th><td>${cell}</td></tr>`;

function formsTable(ctx, candidates, selected, name) {
  const line = (a, note) => {
    const r = locumARow(ctx.store, a);
    const enabled = !note;
    return html`<tr${enabled ? '' : html` class="row-disabled"`}>
      <td>${enabled ? html`<input type="checkbox" name="${name('include', a.ref)}"${selected.includes(a.ref) ? ' checked' : ''}>` : html`<input type="checkbox" disabled>`}</td>
      <td>${r.ref}</td><td>${r.ea}</td><td>${r.practice}${note ? html`<div class="cell-notice">${note}</div>` : ''}</td><td>${r.first}</td><td>${r.last}</td><td>${r.datePaid}</td>
      <td class="num">${money(r.pensionable)}</td><td class="num">${money(r.employer)}</td><td>${r.tier ? `${r.tier}%` : '—'}</td>
    </tr>`;
  };
  return html`<table class="data-table">
    <thead><tr><th>${l.include}</th><th>Reference</th><th>${l.eaCode}</th><th>${l.practice}</th><th>From</th><th>To</th><th>${l.datePaid}</th><th>${l.pensionable}</th><th>${l.employer}</th><th>${l.tierColumn}</th></tr></thead>
    <tbody>
      ${candidates.approved.map((a) => line(a, a.tier ? '' : messages.locumB.noTierOnLocumA))}
      ${candidates.awaiting.map((a) => line(a, l.awaiting))}
    </tbody>
  </table>`;
}

export function locumBTable(ctx, { input, errors, candidates, preview, priorCumulative, months, formKey }) {
  const name = namer('table', 'locumB', formKey);
  const err = (key) => inlineError('table', errors, key, key);
  const values = { ...preview, ...input.extras };
  const boxCell = (key) =>
    CALCULATED.includes(key)
      ? html`<output name="${name(key)}">${values[key]}</output>`
      : html`<input type="text" name="${name(key)}" value="${values[key]}" size="12"> <span class="hint">${l.optionalHint}</span>${err(key)}`;
  const body = html`<h1 class="pcse-h1">${lb.title}</h1>
<form method="post" action="${LOCUM_B_PATH}/Create" novalidate>
${formTokens(ctx)}
<input type="hidden" name="__fk" value="${formKey}">
${errorSummary('table', errors)}
<table class="form-table">
<tbody>
${section('Your details')}
${personalDetails(ctx.user).map(([, label, value]) => row(label, value))}
${section(lb.sections.month)}
${row(labelFor('table', 'month'), html`<select name="${name('month')}"><option value="">-- Select --</option>${months.map((ym) => html`<option value="${ym}"${input.month === ym ? ' selected' : ''}>${formatMonth(ym)}</option>`)}</select>${err('month')}`, true)}
${section(lb.sections.forms)}
<tr><td colspan="2">${err('forms')}${candidates.approved.length === 0 ? html`<p class="hint" id="no-approved-forms">${l.noForms}</p>` : ''}${formsTable(ctx, candidates, input.selected, name)}</td></tr>
${section(lb.sections.boxes)}
${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((key) => row(labelFor('table', key), boxCell(key)))}
${section(lb.sections.declaration)}
<tr><th scope="row">${l.declaration}${star}</th><td><input type="checkbox" name="${name('declaration')}"${input.declaration ? ' checked' : ''}>${err('declaration')}</td></tr>
</tbody>
</table>
<p class="form-actions"><button type="submit" class="pcse-button">${l.submit}</button> <a href="${LOCUM_B_PATH}">${l.cancel}</a></p>
</form>`;
  const rows = candidates.approved
    .filter((a) => a.tier)
    .map((a) => ({ checkbox: `[name="${name('include', a.ref)}"]`, pensionable: a.pensionable, employer: a.employer, tier: a.tier }));
  return page(ctx, {
    title: lb.title,
    tab: 'pensions',
    body,
    scripts: [
      {
        module: 'locum-b.mjs',
        fn: 'bindLocumB',
        config: {
          rows,
          tier: null,
          perRowTier: true,
          extras: Object.fromEntries(EXTRAS.map((k) => [k, `[name="${name(k)}"]`])),
          outputs: Object.fromEntries(CALCULATED.map((k) => [k, `output[name="${name(k)}"]`])),
          priorCumulative,
        },
      },
    ],
  });
}
