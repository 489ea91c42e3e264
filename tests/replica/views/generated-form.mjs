// A generated variant's Locum A or Locum B create page: the page its structure file describes (generated-layout.mjs),
// with the replica behind it — the anti-forgery token, the values typed on a postback, the portal's figures and their
// live arithmetic (the same page scripts as the hand-written variants), and the error summary.
import { html } from './html.mjs';
import { page } from './layout.mjs';
import { errorSummary } from './errors.mjs';
import { controlHtml } from './generated-control.mjs';
import { nodesHtml } from './generated-layout.mjs';
import { calculated, calcConfig } from './locum-a-common.mjs';
import { CALCULATED, EXTRAS, serverPreview } from './locum-b-common.mjs';
import { ACTION_FIELD } from '../lib/generated-input.mjs';
import { FIGURES } from '../lib/structure-roles.mjs';
import { blankLocumB } from '../lib/locum-b-input.mjs';
import { parseMonth } from '../lib/validate-locum-b.mjs';
import { priorCumulative } from '../lib/cumulative.mjs';
import { formatMonth, recentMonths } from '../lib/dates.mjs';
import { fmt, messages, rules } from '../lib/data.mjs';
import { LOCUM_A_PATH, LOCUM_B_PATH } from '../lib/paths.mjs';

/** Buttons that post the form; any other ("Add another period") is drawn but does nothing: a generated page has fixed rows. */
const POSTS = /^(search|submit|save|continue|next)\b/i;
const selector = (c) => `[data-control="${c.index}"]`;
const byKey = (pageSpec, key) => pageSpec.structure.controls.find((c) => c.role?.key === key);

/** Month and year lists are the replica's own, as the hand-written variants show them for its "today". */
function choicesOf(c, today) {
  const year = Number(today.slice(0, 4));
  if (c.regenerate === 'months') return [...c.choices, ...recentMonths(today, rules.locumBMonthsBack).map((ym) => [ym, formatMonth(ym)])];
  if (c.regenerate === 'years') return [...c.choices, ...[year, year - 1].map((y) => [String(y), String(y)])];
  return c.choices;
}

/** What a control shows: what was posted (as on an ASP.NET postback), else blank with boxes c–f at 0.00; figures always. */
function stateOf(c, { form, figures, today }) {
  const key = c.role?.key;
  if (c.tag === 'select') return { value: form?.get(c.name) ?? '', choices: choicesOf(c, today) };
  if (c.type === 'radio') return { value: c.value, checked: form?.get(c.name) === c.value };
  if (c.type === 'checkbox') return { checked: Boolean(form?.has(c.name)) };
  if (FIGURES.includes(key)) return { value: figures[key] ?? '' };
  return { value: form ? form.get(c.name) : EXTRAS.includes(key) ? '0.00' : '' };
}

function formPage(ctx, pageSpec, { action, list, form, errors, notice = '', figures, selection, scripts }) {
  const { structure } = pageSpec;
  const today = ctx.store.today();
  const view = { structure, selection, control: (c) => controlHtml(c, stateOf(c, { form, figures, today })) };
  const title = structure.headings[0] ?? '';
  const buttons = structure.buttons.map((text) =>
    POSTS.test(text)
      ? html`<button type="submit" name="${ACTION_FIELD}" value="${text}" class="pcse-button">${text}</button> `
      : html`<button type="button" class="pcse-button pcse-button--secondary">${text}</button> `,
  );
  const body = html`<h1 class="pcse-h1">${title}</h1>
<form method="post" action="${action}" novalidate>
<input type="hidden" name="__RequestVerificationToken" value="${ctx.session.csrf}">
${errorSummary('classic', errors)}
${notice ? html`<p class="form-notice" role="status">${notice}</p>` : ''}
${nodesHtml(pageSpec.layout, view)}
<div class="form-actions">${buttons}${structure.links.map((text) => html`<a href="${list}" class="cancel-link">${text}</a> `)}</div>
</form>`;
  return page(ctx, { title, tab: 'pensions', body, scripts });
}

/** input and form are the posted values on a postback (Search, or errors); absent for a new form. */
export function generatedLocumAPage(ctx, pageSpec, { form = null, input = null, errors = null } = {}) {
  const practice = input?.ods ? ctx.store.practiceByOds(input.ods) : null;
  const notice =
    input?.action === 'search' && practice ? fmt(messages.locumA.practiceFound, { name: practice.name, code: practice.code }) : '';
  const [fee, pensionable, employer] = ['fee', 'pensionable', 'employer'].map((key) => byKey(pageSpec, key));
  const scripts =
    fee && pensionable && employer
      ? [
          {
            module: 'locum-a.mjs',
            fn: 'bindLocumA',
            config: calcConfig({ fee: selector(fee), pensionable: selector(pensionable), employer: selector(employer) }),
          },
        ]
      : [];
  return formPage(ctx, pageSpec, {
    action: `${LOCUM_A_PATH}/Create`,
    list: LOCUM_A_PATH,
    form,
    errors,
    notice,
    figures: calculated(input?.fee ?? ''),
    scripts,
  });
}

export function generatedLocumBPage(ctx, pageSpec, { form = null, input = blankLocumB('classic'), candidates, errors = null }) {
  const perRowTier = pageSpec.shape === 'table';
  const prior = priorCumulative(ctx.store, ctx.user.id, parseMonth(input.month) ?? ctx.store.today().slice(0, 7));
  const boxes = pageSpec.structure.controls.filter((c) => c.role?.key === 'include');
  const templates = {
    approved: boxes.find((c) => c.role.template === 'approved'),
    awaiting: boxes.find((c) => c.role.template === 'awaiting'),
  };
  // As in the table variant, a Locum A without a tier cannot go on a Locum B that takes each Locum A's own tier.
  const selectable = (a) => !perRowTier || Boolean(a.tier);
  const tier = byKey(pageSpec, 'tier');
  const present = (keys) =>
    Object.fromEntries(
      keys
        .map((k) => [k, byKey(pageSpec, k)])
        .filter(([, c]) => c)
        .map(([k, c]) => [k, selector(c)]),
    );
  const config = {
    rows: templates.approved
      ? candidates.approved.filter(selectable).map((a) => ({
          checkbox: `${selector(templates.approved)}[value="${a.ref}"]`,
          pensionable: a.pensionable,
          employer: a.employer,
          tier: a.tier,
        }))
      : [],
    tier: tier ? (tier.type === 'radio' ? `input[name="${tier.name}"]:checked` : selector(tier)) : null,
    perRowTier,
    extras: present(EXTRAS),
    outputs: present(CALCULATED),
    priorCumulative: prior,
  };
  return formPage(ctx, pageSpec, {
    action: `${LOCUM_B_PATH}/Create`,
    list: LOCUM_B_PATH,
    form,
    errors,
    figures: serverPreview({ candidates: candidates.approved, input, perRowTier, priorCumulative: prior }),
    selection: { store: ctx.store, templates, candidates, selectable, selected: input.selected },
    scripts: [{ module: 'locum-b.mjs', fn: 'bindLocumB', config }],
  });
}
