// Locum B, classic variant: ASP.NET WebForms markup — month and year drop-downs, the tier as a
// jQuery UI selectmenu, Locum As in a GridView (rows ctl02, ctl03 … with a hidden ref each), and
// boxes a–j as text boxes, the calculated ones read-only.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { lb, EXTRAS, CALCULATED, personalDetails, locumARow } from './locum-b-common.mjs';
import { tierHint } from './locum-a-common.mjs';
import { money } from './format.mjs';
import { namer, idOf } from '../lib/field-names.mjs';
import { monthNames } from '../lib/dates.mjs';
import { LOCUM_B_PATH } from '../lib/paths.mjs';

const name = namer('classic', 'locumB');
const id = (key, row) => idOf(name(key, row));
const l = lb.labels;
const req = html`<span class="required" aria-hidden="true">*</span>`;

function select(key, options, value) {
  return html`<select id="${id(key)}" name="${name(key)}" class="dropdown"><option value="">-- Select --</option>${options.map(([v, t]) => html`<option value="${v}"${value === v ? ' selected' : ''}>${t}</option>`)}</select>`;
}

function gridRows(ctx, candidates, selected) {
  const approved = candidates.approved.map((a, row) => {
    const r = locumARow(ctx.store, a);
    return html`<tr>
      <td><input type="checkbox" id="${id('include', row)}" name="${name('include', row)}"${selected.includes(a.ref) ? ' checked' : ''}><label for="${id('include', row)}" class="visually-hidden">${l.include} ${a.ref}</label><input type="hidden" name="${name('includeRef', row)}" value="${a.ref}"></td>
      <td>${r.ref}</td><td>${r.ea}</td><td>${r.practice}</td><td>${r.first}</td><td>${r.last}</td><td>${r.datePaid}</td><td class="num">${money(r.pensionable)}</td><td class="num">${money(r.employer)}</td>
    </tr>`;
  });
  const awaiting = candidates.awaiting.map((a) => {
    const r = locumARow(ctx.store, a);
    return html`<tr class="row-disabled" aria-disabled="true">
      <td><input type="checkbox" disabled aria-label="${l.include} ${a.ref}"></td>
      <td>${r.ref}</td><td>${r.ea}</td><td>${r.practice} <em>(${l.awaiting})</em></td><td>${r.first}</td><td>${r.last}</td><td>${r.datePaid}</td><td class="num">${money(r.pensionable)}</td><td class="num">${money(r.employer)}</td>
    </tr>`;
  });
  return [approved, awaiting];
}

function box(key, value, errors) {
  const calculatedBox = CALCULATED.includes(key);
  return html`<div class="form-row${key === 'i' ? ' form-row--total' : ''}">
    <label for="${id(key)}" class="form-label">${l[key]}</label>
    <div class="form-control"><span class="currency">£</span><input type="text" id="${id(key)}" name="${name(key)}" value="${value}" class="textbox${calculatedBox ? ' calculated' : ''}"${calculatedBox ? html` readonly tabindex="-1"` : html` inputmode="decimal"`}>
    ${calculatedBox ? '' : html`<span class="hint">${l.optionalHint}</span>`}
    ${inlineError('classic', errors, key, id(key))}</div>
  </div>`;
}

export function locumBClassic(ctx, { input, errors, candidates, tierOptions, preview, priorCumulative, years }) {
  const months = monthNames.map((mn, k) => [String(k + 1), mn]);
  const values = { ...preview, ...input.extras };
  const body = html`<h1 class="pcse-h1">${lb.title}</h1>
<form method="post" action="${LOCUM_B_PATH}/Create" id="aspnetForm" novalidate>
${formTokens(ctx)}
${errorSummary('classic', errors)}
<p class="form-intro">Fields marked ${req} are mandatory.</p>
<fieldset class="section-panel"><legend>Your details</legend>
  ${personalDetails(ctx.user).map(([key, label, value]) => html`<div class="form-row"><span class="form-label">${label}</span><span class="form-value" id="ctl00_PlaceHolderMain_lbl${key.toUpperCase()}">${value}</span></div>`)}
</fieldset>
<fieldset class="section-panel"><legend>${lb.sections.month}</legend>
  <div class="form-row"><label for="${id('month')}" class="form-label">${l.month} ${req}</label>
  <div class="form-control">${select('month', months, input.month.month)} <label for="${id('year')}" class="visually-hidden">${l.yearOnly}</label>${select(
    'year',
    years.map((y) => [y, y]),
    input.month.year,
  )}
  ${inlineError('classic', errors, 'month', id('month'))}</div></div>
  <div class="form-row"><label for="${id('tier')}" class="form-label">${l.tier} ${req}</label>
  <div class="form-control">${select(
    'tier',
    tierOptions.rates.map((r) => [r, `${r}%`]),
    input.tier,
  )} <span class="hint">${tierHint(tierOptions)}</span>
  ${inlineError('classic', errors, 'tier', id('tier'))}</div></div>
</fieldset>
<fieldset class="section-panel"><legend>${lb.sections.forms}</legend>
  ${inlineError('classic', errors, 'forms', 'ctl00_PlaceHolderMain_gvLocumA')}
  ${candidates.approved.length === 0 ? html`<p class="hint" id="no-approved-forms">${l.noForms}</p>` : ''}
  <table class="grid" id="ctl00_PlaceHolderMain_gvLocumA" cellspacing="0">
    <thead><tr><th scope="col">${l.include}</th><th scope="col">Reference</th><th scope="col">${l.eaCode}</th><th scope="col">${l.practice}</th><th scope="col">${l.first}</th><th scope="col">${l.last}</th><th scope="col">${l.datePaid}</th><th scope="col">${l.pensionable}</th><th scope="col">${l.employer}</th></tr></thead>
    <tbody>${gridRows(ctx, candidates, input.selected)}</tbody>
  </table>
</fieldset>
<fieldset class="section-panel"><legend>${lb.sections.boxes}</legend>
  ${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((key) => box(key, values[key], errors))}
</fieldset>
<fieldset class="section-panel"><legend>${lb.sections.declaration}</legend>
  <div class="checkbox-row"><input type="checkbox" id="${id('declaration')}" name="${name('declaration')}"${input.declaration ? ' checked' : ''}>
  <label for="${id('declaration')}">${l.declaration} ${req}</label></div>
  ${inlineError('classic', errors, 'declaration', id('declaration'))}
</fieldset>
<div class="form-actions">
  <input type="submit" id="${id('submit')}" name="${name('submit')}" value="${l.submit}" class="pcse-button">
  <a href="${LOCUM_B_PATH}" class="cancel-link">${l.cancel}</a>
</div>
</form>`;
  const rows = candidates.approved.map((a, row) => ({
    checkbox: `#${id('include', row)}`,
    pensionable: a.pensionable,
    employer: a.employer,
    tier: a.tier,
  }));
  return page(ctx, {
    title: lb.title,
    tab: 'pensions',
    body,
    scripts: [
      { module: 'classic-widgets.mjs', fn: 'bindSelectmenus', config: { selectors: [`#${id('tier')}`], width: 160 } },
      {
        module: 'locum-b.mjs',
        fn: 'bindLocumB',
        config: {
          rows,
          tier: `#${id('tier')}`,
          perRowTier: false,
          extras: Object.fromEntries(EXTRAS.map((k) => [k, `#${id(k)}`])),
          outputs: Object.fromEntries(CALCULATED.map((k) => [k, `#${id(k)}`])),
          priorCumulative,
        },
      },
    ],
  });
}
