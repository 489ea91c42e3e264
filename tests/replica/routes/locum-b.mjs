// D8 Locum B list and D9 create, success, view and the hand-over to the (stub) GOV.UK Pay.
import { redirect, send } from '../lib/http.mjs';
import { LOCUM_B_PATH, PAY_STUB_PATH } from '../lib/paths.mjs';
import { takeFlash } from '../lib/flash.mjs';
import { locumBCandidates } from '../lib/locum-b-candidates.mjs';
import { blankLocumB, readLocumB } from '../lib/locum-b-input.mjs';
import { readGeneratedLocumB } from '../lib/generated-input.mjs';
import { validateLocumB } from '../lib/validate-locum-b.mjs';
import { locumBListPage } from '../views/locum-b-list.mjs';
import { locumBFormPage } from '../views/locum-b-form.mjs';
import { generatedLocumBPage } from '../views/generated-form.mjs';
import { locumBRecordPage } from '../views/locum-b-record.mjs';

function list(ctx) {
  ctx.flash = takeFlash(ctx.session);
  send(ctx.res, 200, locumBListPage(ctx, { forms: ctx.store.locumBs.filter((b) => b.userId === ctx.user.id) }));
}

/** A generated variant's Locum B page (lib/generated-variants.mjs), if the session's variant has one. */
const generated = (ctx) => ctx.generated?.locumBForm;

function create(ctx) {
  const page = generated(ctx);
  const candidates = locumBCandidates(ctx.store, ctx.user.id);
  send(
    ctx.res,
    200,
    page ? generatedLocumBPage(ctx, page, { candidates }) : locumBFormPage(ctx, { input: blankLocumB(ctx.variant), candidates }),
  );
}

function submit(ctx) {
  const page = generated(ctx);
  const candidates = locumBCandidates(ctx.store, ctx.user.id);
  const input = page ? readGeneratedLocumB(page, ctx.form, candidates.approved) : readLocumB(ctx.variant, ctx.form, candidates.approved);
  const { errors, value } = validateLocumB(input, {
    store: ctx.store,
    variant: page?.shape ?? ctx.variant,
    userId: ctx.user.id,
    candidates: candidates.approved,
  });
  if (errors.size > 0)
    return send(
      ctx.res,
      200,
      page
        ? generatedLocumBPage(ctx, page, { form: ctx.form, input, candidates, errors })
        : locumBFormPage(ctx, { input, candidates, errors }),
    );
  const b = ctx.store.addLocumB({ userId: ctx.user.id, ...value });
  redirect(ctx.res, `${LOCUM_B_PATH}/Submitted/${b.id}`);
}

function ownForm(ctx) {
  const b = ctx.store.locumB(ctx.params[0]);
  return b && b.userId === ctx.user.id ? b : null;
}

const show = (heading) => (ctx) => {
  const b = ownForm(ctx);
  if (!b) return send(ctx.res, 404, 'Not found', 'text/plain; charset=utf-8');
  send(ctx.res, 200, locumBRecordPage(ctx, { b, heading: heading(b) }));
};

/** The portal hands the payment to GOV.UK Pay; here that is always the local stub. */
function pay(ctx) {
  const b = ownForm(ctx);
  if (!b) return send(ctx.res, 404, 'Not found', 'text/plain; charset=utf-8');
  redirect(ctx.res, b.status === 'Paid' ? `${LOCUM_B_PATH}/View/${b.id}` : `${PAY_STUB_PATH}/${b.id}`);
}

export const locumBRoutes = [
  { method: 'GET', path: LOCUM_B_PATH, role: 'locum', handler: list },
  { method: 'GET', path: `${LOCUM_B_PATH}/Create`, role: 'locum', handler: create },
  { method: 'POST', path: `${LOCUM_B_PATH}/Create`, role: 'locum', handler: submit },
  { method: 'GET', path: /^\/GPP\/Locum\/LocumB\/Submitted\/(\d+)$/, role: 'locum', handler: show(() => 'Locum B form submitted') },
  { method: 'GET', path: /^\/GPP\/Locum\/LocumB\/View\/(\d+)$/, role: 'locum', handler: show((b) => `Locum B form ${b.reference}`) },
  { method: 'POST', path: /^\/GPP\/Locum\/LocumB\/Pay\/(\d+)$/, role: 'locum', handler: pay },
];
