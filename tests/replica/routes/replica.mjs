// Endpoints of the replica itself, not of the portal: health, reset and session expiry for tests,
// the D6 mailbox, and the GOV.UK Pay stub.
import { redirect, send } from '../lib/http.mjs';
import { isIsoDate } from '../lib/dates.mjs';
import { isVariant } from '../lib/generated-variants.mjs';
import { parseMoney } from '../lib/money.mjs';
import { PAY_STUB_PATH } from '../lib/paths.mjs';
import { mailboxPage, mailPage } from '../views/mail.mjs';
import { relabel } from '../lib/relabel.mjs';
import { hostileLabels } from '../lib/hostile.mjs';
import { payStubPage, payStubDonePage } from '../views/pay-stub.mjs';

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** approvedLocumAs: [{ ods, periods: [{ first, last }], fee, datePaid, workType?, tier?, invoiceRef? }], dates YYYY-MM-DD. */
function checkApproved(list, store) {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return 'approvedLocumAs must be a list';
  const periodsOk = (periods) =>
    Array.isArray(periods) && periods.length > 0 && periods.every((p) => isIsoDate(p?.first) && isIsoDate(p?.last));
  const bad = list.findIndex(
    (a) =>
      !store.practiceByOds(String(a?.ods ?? '')) || !periodsOk(a.periods) || !parseMoney(String(a.fee ?? '')) || !isIsoDate(a.datePaid),
  );
  return bad < 0
    ? undefined
    : `approvedLocumAs[${bad}] needs a known practice's ods, periods [{ first, last }], a fee and datePaid (dates as YYYY-MM-DD)`;
}

/**
 * Body { variant?, today?, sessionTimeoutSeconds?, labels?, hostile?, approvedLocumAs? }; anything omitted returns to the
 * start options. variant may name a generated variant (tests/replica/generated/NAME.json); hostile: true puts markup and
 * script into names, references and labels (data/hostile.json).
 */
function reset(ctx) {
  let options = {};
  try {
    options = ctx.body.trim() ? JSON.parse(ctx.body) : {};
  } catch {
    return send(ctx.res, 400, 'Body must be JSON', TEXT);
  }
  if (options.variant !== undefined && !isVariant(options.variant))
    return send(ctx.res, 400, 'variant must be classic, govuk, table or a generated variant', TEXT);
  if (options.today !== undefined && !isIsoDate(options.today)) return send(ctx.res, 400, 'today must be YYYY-MM-DD', TEXT);
  if (options.sessionTimeoutSeconds !== undefined && !(Number(options.sessionTimeoutSeconds) > 0))
    return send(ctx.res, 400, 'sessionTimeoutSeconds must be a positive number', TEXT);
  if (options.hostile !== undefined && typeof options.hostile !== 'boolean')
    return send(ctx.res, 400, 'hostile must be true or false', TEXT);
  const unseeded = checkApproved(options.approvedLocumAs, ctx.store);
  if (unseeded) return send(ctx.res, 400, unseeded, TEXT);
  const relabelled = relabel((options.hostile ?? ctx.store.start.hostile) ? hostileLabels(options.labels) : options.labels);
  if (relabelled) return send(ctx.res, 400, relabelled, TEXT);
  ctx.store.reset(options);
  ctx.sessions.clear();
  send(ctx.res, 200, JSON.stringify({ variant: ctx.store.variant, today: ctx.store.today() }), JSON_TYPE);
}

function expireSessions(ctx) {
  ctx.sessions.expireAll();
  send(ctx.res, 200, 'ok', TEXT);
}

function state(ctx) {
  const { variant, locumAs, locumBs, mails } = ctx.store;
  send(ctx.res, 200, JSON.stringify({ variant, today: ctx.store.today(), locumAs, locumBs, mails }, null, 2), JSON_TYPE);
}

function mail(ctx) {
  const found = ctx.store.mails.find((m) => m.id === Number(ctx.params[0]));
  if (!found) return send(ctx.res, 404, 'Not found', TEXT);
  send(ctx.res, 200, mailPage(ctx.store, found));
}

const withLocumB = (handler) => (ctx) => {
  const b = ctx.store.locumB(ctx.params[0]);
  if (!b) return send(ctx.res, 404, 'Not found', TEXT);
  handler(ctx, b);
};

function stubPay(ctx, b) {
  if (b.status !== 'Paid') Object.assign(b, { status: 'Paid', paid: ctx.store.today() });
  redirect(ctx.res, `${PAY_STUB_PATH}/${b.id}/done`);
}

const stubPath = (suffix = '') => new RegExp(`^${PAY_STUB_PATH}/(\\d+)${suffix}$`);

export const replicaRoutes = [
  { method: 'GET', path: '/__replica/health', access: 'public', session: false, handler: (ctx) => send(ctx.res, 200, 'ok', TEXT) },
  { method: 'POST', path: '/__replica/reset', access: 'public', session: false, handler: reset },
  { method: 'POST', path: '/__replica/expire-session', access: 'public', session: false, handler: expireSessions },
  { method: 'GET', path: '/__replica/state', access: 'public', session: false, handler: state },
  {
    method: 'GET',
    path: '/__replica/mailbox',
    access: 'public',
    session: false,
    handler: (ctx) => send(ctx.res, 200, mailboxPage(ctx.store)),
  },
  { method: 'GET', path: /^\/__replica\/mailbox\/(\d+)$/, access: 'public', session: false, handler: mail },
  {
    method: 'GET',
    path: stubPath(),
    access: 'public',
    session: false,
    handler: withLocumB((ctx, b) => send(ctx.res, 200, payStubPage(b))),
  },
  { method: 'POST', path: stubPath(), access: 'public', session: false, handler: withLocumB(stubPay) },
  {
    method: 'GET',
    path: stubPath('/done'),
    access: 'public',
    session: false,
    handler: withLocumB((ctx, b) => send(ctx.res, 200, payStubDonePage(b))),
  },
];
