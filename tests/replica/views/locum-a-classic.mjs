// Locum A, classic variant: ASP.NET WebForms markup (ctl00_PlaceHolderMain_… ids, label[for]),
// dd/mm/yyyy text dates with the jQuery UI datepicker, and four fixed date rows (the paper form has
// four "From … to …" rows, pension-rules.md §6.1).
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { formTokens } from './form-tokens.mjs';
import { errorSummary, inlineError } from './errors.mjs';
import { la, yourDetails, calculated, calcConfig } from './locum-a-common.mjs';
import { namer, idOf } from '../lib/field-names.mjs';
import { formatUk } from '../lib/dates.mjs';
import { LOCUM_A_PATH } from '../lib/paths.mjs';

const name = namer('classic', 'locumA');
const id = (key, i) => idOf(name(key, i));
const l = la.labels;
const req = html`<span class="required" aria-hidden="true">*</span>`;

function textRow(key, label, value, errors, { required = false, extra = '', prefix = '', attrs = '' } = {}) {
  return html`<div class="form-row">
    <label for="${id(key)}" class="form-label">${label} ${required ? req : ''}</label>
    <div class="form-control">${prefix}<input type="text" id="${id(key)}" name="${name(key)}" value="${value}" class="textbox"${attrs}>${extra}
    ${inlineError('classic', errors, key, id(key))}</div>
  </div>`;
}

function workType(value, errors) {
  const options = [
    ['practice', l.workTypePractice],
    ['appraisal', l.workTypeAppraisal],
  ];
  return html`<div class="form-row">
    <span class="form-label" id="ctl00_PlaceHolderMain_lblWorkType">${l.workType} ${req}</span>
    <div class="form-control"><table id="ctl00_PlaceHolderMain_rblWorkType" class="radio-list" role="radiogroup" aria-labelledby="ctl00_PlaceHolderMain_lblWorkType"><tbody>
      ${options.map(([v, text], k) => html`<tr><td><input id="ctl00_PlaceHolderMain_rblWorkType_${k}" type="radio" name="${name('workType')}" value="${v}"${value === v ? ' checked' : ''}><label for="ctl00_PlaceHolderMain_rblWorkType_${k}">${text}</label></td></tr>`)}
    </tbody></table>
    ${inlineError('classic', errors, 'workType', 'ctl00_PlaceHolderMain_rblWorkType')}</div>
  </div>`;
}

function periodRow(period, i, errors) {
  const cell = (key, label, value) => html`<div class="period-field">
      <label for="${id(key, i)}">${label}${i === 0 ? html` ${req}` : ''}</label>
      <input type="text" id="${id(key, i)}" name="${name(key, i)}" value="${value}" class="textbox date" maxlength="10">
      ${inlineError('classic', errors, `${key}.${i}`, id(key, i))}
    </div>`;
  return html`<div class="period-row" id="ctl00_PlaceHolderMain_rptPeriods_ctl0${i}_pnlPeriod">
    <span class="period-title">Period ${i + 1}</span>
    ${cell('first', l.first, period.first)}${cell('last', l.last, period.last)}
    ${inlineError('classic', errors, `period.${i}`, `ctl00_PlaceHolderMain_rptPeriods_ctl0${i}_pnlPeriod`)}
  </div>`;
}

export function locumAClassic(ctx, { input, errors, practice, notice }) {
  const amounts = calculated(input.fee);
  const dateIds = input.periods.flatMap((_, i) => [`#${id('first', i)}`, `#${id('last', i)}`]).concat(`#${id('datePaid')}`);
  const body = html`<h1 class="pcse-h1">${la.title}</h1>
<form method="post" action="${LOCUM_A_PATH}/Create" id="aspnetForm" novalidate>
${formTokens(ctx)}
${errorSummary('classic', errors)}
<p class="form-intro">Fields marked ${req} are mandatory.</p>
<fieldset class="section-panel"><legend>${la.sections.details}</legend>
  ${yourDetails(ctx.user).map(([key, label, value]) => html`<div class="form-row"><span class="form-label">${label}</span><span class="form-value" id="ctl00_PlaceHolderMain_lbl${key.toUpperCase()}">${value}</span></div>`)}
</fieldset>
<fieldset class="section-panel"><legend>${la.sections.practice}</legend>
  ${textRow('ods', l.ods, input.ods, errors, { required: true, attrs: html` maxlength="9" autocomplete="off"`, extra: html` <input type="submit" id="${id('search')}" name="${name('search')}" value="${l.search}" class="pcse-button pcse-button--secondary">` })}
  <div class="form-row"><span class="form-label">${l.practiceName}</span><span class="form-value" id="ctl00_PlaceHolderMain_lblPracticeName">${practice ? practice.name : '—'}</span>
  ${notice ? html`<span class="form-notice" id="ctl00_PlaceHolderMain_lblPracticeFound">${notice}</span>` : ''}</div>
  ${workType(input.workType, errors)}
</fieldset>
<fieldset class="section-panel"><legend>${la.sections.dates}</legend>
  <p class="hint">Enter dates as dd/mm/yyyy. Use one row for each continuous period of work.</p>
  ${inlineError('classic', errors, 'periods', 'ctl00_PlaceHolderMain_pnlPeriods')}
  <div id="ctl00_PlaceHolderMain_pnlPeriods">${input.periods.map((p, i) => periodRow(p, i, errors))}</div>
</fieldset>
<fieldset class="section-panel"><legend>${la.sections.pay}</legend>
  ${textRow('fee', l.fee, input.fee, errors, { required: true, prefix: html`<span class="currency">£</span>`, attrs: html` inputmode="decimal"` })}
  <div class="form-row"><label for="${id('pensionable')}" class="form-label">${l.pensionable}</label><div class="form-control"><span class="currency">£</span><input type="text" id="${id('pensionable')}" name="${name('pensionable')}" value="${amounts.pensionable}" class="textbox calculated" readonly tabindex="-1"></div></div>
  <div class="form-row"><label for="${id('employer')}" class="form-label">${l.employer}</label><div class="form-control"><span class="currency">£</span><input type="text" id="${id('employer')}" name="${name('employer')}" value="${amounts.employer}" class="textbox calculated" readonly tabindex="-1"></div></div>
  ${textRow('datePaid', l.datePaid, input.datePaid, errors, { required: true, attrs: html` maxlength="10"`, extra: html` <span class="hint">(dd/mm/yyyy)</span>` })}
  ${textRow('invoiceRef', l.invoiceRef, input.invoiceRef, errors, { attrs: html` maxlength="30"` })}
</fieldset>
<fieldset class="section-panel"><legend>${la.sections.declaration}</legend>
  <div class="checkbox-row"><input type="checkbox" id="${id('declaration')}" name="${name('declaration')}"${input.declaration ? ' checked' : ''}>
  <label for="${id('declaration')}">${l.declaration} ${req}</label></div>
  ${inlineError('classic', errors, 'declaration', id('declaration'))}
</fieldset>
<div class="form-actions">
  <input type="submit" id="${id('submit')}" name="${name('submit')}" value="${l.submit}" class="pcse-button">
  <a href="${LOCUM_A_PATH}" class="cancel-link">${l.cancel}</a>
</div>
</form>`;
  return page(ctx, {
    title: la.title,
    tab: 'pensions',
    body,
    scripts: [
      { module: 'classic-widgets.mjs', fn: 'bindDatepickers', config: { selectors: dateIds, maxDate: formatUk(ctx.store.today()) } },
      {
        module: 'locum-a.mjs',
        fn: 'bindLocumA',
        config: calcConfig({ fee: `#${id('fee')}`, pensionable: `#${id('pensionable')}`, employer: `#${id('employer')}` }),
      },
    ],
  });
}
