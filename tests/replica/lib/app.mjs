// The request handler: finds the route, loads the session and enforces login, organisation and role.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { COOKIE, createSessions, setSessionCookie } from './session.mjs';
import { LOGIN_PATH, ORG_PATH } from './paths.mjs';
import { parseCookies, parseForm, readBody, redirect, send, serveStatic } from './http.mjs';
import { VARIANTS } from './store.mjs';
import { isVariant, loadGenerated } from './generated-variants.mjs';
import { messages } from './data.mjs';
import { messagePage } from '../views/message-page.mjs';
import { routes } from '../routes/index.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
/** Real jQuery and jQuery UI from npm (pcse-portal.md B1: the org picker is a jQuery UI selectmenu). */
const STATIC_ROOTS = [
  ['/static/vendor/jquery/', path.dirname(require.resolve('jquery'))],
  ['/static/vendor/jquery-ui/', path.resolve(path.dirname(require.resolve('jquery-ui/package.json')), 'dist')],
  ['/static/', path.resolve(here, '../static')],
];

function match(method, pathname) {
  for (const route of routes) {
    if (route.method !== method) continue;
    const found = typeof route.path === 'string' ? (route.path === pathname ? [] : null) : route.path.exec(pathname)?.slice(1);
    if (found) return { route, params: found.map(decodeURIComponent) };
  }
  return null;
}

/**
 * A generated variant (lib/generated-variants.mjs) draws only the pages its structure files describe: ctx.generated
 * holds them by page kind, and every other page is the classic variant's.
 */
function loadSession(ctx, sessions, cookieId) {
  ctx.session = sessions.get(cookieId);
  const requested = ctx.url.searchParams.get('variant');
  if (isVariant(requested)) ctx.session.variant = requested;
  const name = ctx.session.variant ?? ctx.store.variant;
  ctx.variant = VARIANTS.includes(name) ? name : 'classic';
  ctx.generated = VARIANTS.includes(name) ? null : (loadGenerated(name)?.pages ?? null);
  ctx.user = ctx.store.user(ctx.session.userId);
  ctx.org = ctx.user ? ctx.store.organisation(ctx.session.orgCode) : null;
}

/** Sends the user to log in (after a timeout, with the portal's message) and back here afterwards. */
function toLogin(ctx) {
  const back = ctx.method === 'GET' ? ctx.url.pathname + ctx.url.search : ctx.url.pathname;
  redirect(ctx.res, `${LOGIN_PATH}?ReturnUrl=${encodeURIComponent(back)}`);
}

/** Lets the request through, or answers it (login, organisation select, 403, 400) and returns false. */
function guard(ctx, route) {
  const access = route.access ?? 'org';
  if (access === 'public') return true;
  if (!ctx.user) {
    toLogin(ctx);
    return false;
  }
  if (access === 'org' && !ctx.org) {
    redirect(ctx.res, `${ORG_PATH}?ReturnUrl=${encodeURIComponent(ctx.url.pathname)}`);
    return false;
  }
  if (route.role && ctx.user.role !== route.role) {
    send(ctx.res, 403, messagePage(ctx, { title: 'Access denied', text: messages.forbidden }));
    return false;
  }
  if (ctx.method === 'POST' && ctx.form.get('__RequestVerificationToken') !== ctx.session.csrf) {
    send(ctx.res, 400, messagePage(ctx, { title: 'Bad request', text: messages.formExpired }));
    return false;
  }
  return true;
}

export function createApp(store) {
  const sessions = createSessions(store);

  async function handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    for (const [prefix, root] of STATIC_ROOTS) {
      if (url.pathname.startsWith(prefix) && (await serveStatic(res, root, url.pathname.slice(prefix.length)))) return;
    }
    const found = match(req.method, url.pathname);
    if (!found) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    const { route, params } = found;
    const body = req.method === 'POST' ? await readBody(req) : '';
    const ctx = { req, res, url, method: req.method, store, sessions, params, body, form: parseForm(body), variant: store.variant };
    if (route.session !== false) {
      const cookieId = parseCookies(req.headers.cookie)[COOKIE];
      loadSession(ctx, sessions, cookieId);
      if (cookieId !== ctx.session.id) setSessionCookie(ctx);
    }
    if (guard(ctx, route)) await route.handler(ctx);
  }

  return {
    sessions,
    async handler(req, res) {
      try {
        await handle(req, res);
      } catch (error) {
        if (!res.headersSent) send(res, error.status ?? 500, `Replica error: ${error.message}`, 'text/plain; charset=utf-8');
        else res.end();
        if (!error.status) console.error(error);
      }
    },
  };
}
