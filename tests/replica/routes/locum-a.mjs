// D4 Locum A list and D5 create, success and view pages, for the GP locum.
import { redirect, send } from '../lib/http.mjs';
import { LOCUM_A_PATH } from '../lib/paths.mjs';
import { takeFlash } from '../lib/flash.mjs';
import { blankLocumA, readLocumA } from '../lib/locum-a-input.mjs';
import { readGeneratedLocumA } from '../lib/generated-input.mjs';
import { validateLocumA, validatePractice } from '../lib/validate-locum-a.mjs';
import { locumAListPage } from '../views/locum-a-list.mjs';
import { locumAFormPage } from '../views/locum-a-form.mjs';
import { generatedLocumAPage } from '../views/generated-form.mjs';
import { locumASubmittedPage, locumAViewPage } from '../views/locum-a-record.mjs';

function list(ctx) {
  ctx.flash = takeFlash(ctx.session);
  send(ctx.res, 200, locumAListPage(ctx, { forms: ctx.store.locumAs.filter((a) => a.userId === ctx.user.id) }));
}

/** A generated variant's Locum A page (lib/generated-variants.mjs), if the session's variant has one. */
const generated = (ctx) => ctx.generated?.locumAForm;

function create(ctx) {
  const page = generated(ctx);
  send(ctx.res, 200, page ? generatedLocumAPage(ctx, page) : locumAFormPage(ctx, { input: blankLocumA(ctx.variant) }));
}

/** Search re-shows the form with the practice looked up; Submit validates and, if clean, redirects. */
function submit(ctx) {
  const page = generated(ctx);
  const input = page ? readGeneratedLocumA(page, ctx.form) : readLocumA(ctx.variant, ctx.form);
  const again = (errors) =>
    send(ctx.res, 200, page ? generatedLocumAPage(ctx, page, { form: ctx.form, input, errors }) : locumAFormPage(ctx, { input, errors }));
  if (input.action === 'search') return again(validatePractice(input, ctx.store));
  const { errors, value } = validateLocumA(input, { store: ctx.store, variant: page?.shape ?? ctx.variant });
  if (errors.size > 0) return again(errors);
  const a = ctx.store.addLocumA({ userId: ctx.user.id, ...value });
  redirect(ctx.res, `${LOCUM_A_PATH}/Submitted/${a.ref}`);
}

/** Shows one of the user's own Locum As with the given page, or 404. */
const ownForm = (view) => (ctx) => {
  const a = ctx.store.locumA(ctx.params[0]);
  if (!a || a.userId !== ctx.user.id) return send(ctx.res, 404, 'Not found', 'text/plain; charset=utf-8');
  send(ctx.res, 200, view(ctx, { a }));
};

export const locumARoutes = [
  { method: 'GET', path: LOCUM_A_PATH, role: 'locum', handler: list },
  { method: 'GET', path: `${LOCUM_A_PATH}/Create`, role: 'locum', handler: create },
  { method: 'POST', path: `${LOCUM_A_PATH}/Create`, role: 'locum', handler: submit },
  { method: 'GET', path: /^\/GPP\/Locum\/LocumA\/Submitted\/(LA-\d+)$/, role: 'locum', handler: ownForm(locumASubmittedPage) },
  { method: 'GET', path: /^\/GPP\/Locum\/LocumA\/View\/(LA-\d+)$/, role: 'locum', handler: ownForm(locumAViewPage) },
];
