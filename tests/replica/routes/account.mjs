// D1 login (/AccountPortal/Account/Login) and D2 organisation select
// (/HomePortal/Organisation/SelectOrganisation): paths evidenced, pcse-portal.md A1.3.
import { redirect, send } from '../lib/http.mjs';
import { messages } from '../lib/data.mjs';
import { safeReturnUrl, setFlash, takeFlash } from '../lib/flash.mjs';
import { HOME_PATH, LOGIN_PATH, ORG_PATH } from '../lib/paths.mjs';
import { setSessionCookie } from '../lib/session.mjs';
import { loginPage, organisationPage } from '../views/account.mjs';
import { homePage } from '../views/home.mjs';
import { messagePage } from '../views/message-page.mjs';

const NAME = 'ctl00$PlaceHolderMain$signInControl$';

function showLogin(ctx) {
  const notice = ctx.session.timedOut ? messages.login.timedOut : (takeFlash(ctx.session) ?? '');
  send(ctx.res, 200, loginPage(ctx, { notice, returnUrl: safeReturnUrl(ctx.url.searchParams.get('ReturnUrl')) }));
}

function login(ctx) {
  const username = ctx.form.get(`${NAME}UserName`).trim();
  const password = ctx.form.get(`${NAME}password`);
  const returnUrl = safeReturnUrl(ctx.url.searchParams.get('ReturnUrl'));
  const errors = {};
  if (!username) errors.username = messages.login.usernameRequired;
  if (!password) errors.password = messages.login.passwordRequired;
  const user = ctx.store.users.find((u) => u.username.toLowerCase() === username.toLowerCase() && u.password === password);
  if (!user) {
    const failure = errors.username || errors.password ? '' : messages.login.failure;
    return send(ctx.res, 200, loginPage(ctx, { username, errors, failure, returnUrl }));
  }
  ctx.sessions.renew(ctx.session);
  setSessionCookie(ctx);
  Object.assign(ctx.session, { userId: user.id, orgCode: null, timedOut: false });
  redirect(ctx.res, `${ORG_PATH}${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}`);
}

function logout(ctx) {
  Object.assign(ctx.session, { userId: null, orgCode: null, timedOut: false });
  setFlash(ctx.session, messages.login.loggedOut);
  redirect(ctx.res, LOGIN_PATH);
}

const userOrganisations = (ctx) => ctx.user.organisations.map((code) => ctx.store.organisation(code));

function showOrganisations(ctx) {
  const returnUrl = safeReturnUrl(ctx.url.searchParams.get('ReturnUrl'));
  send(ctx.res, 200, organisationPage(ctx, { organisations: userOrganisations(ctx), returnUrl }));
}

/** Continue goes to HomePortal, as the evidenced automation script expects (A1.4), or back to ReturnUrl. */
function chooseOrganisation(ctx) {
  const code = ctx.form.get('Organisation');
  const returnUrl = safeReturnUrl(ctx.url.searchParams.get('ReturnUrl'));
  if (!ctx.user.organisations.includes(code)) {
    return send(
      ctx.res,
      200,
      organisationPage(ctx, { organisations: userOrganisations(ctx), error: messages.organisationRequired, returnUrl }),
    );
  }
  ctx.session.orgCode = code;
  redirect(ctx.res, returnUrl || HOME_PATH);
}

const outside = (title, tab) => (ctx) =>
  send(ctx.res, 200, messagePage(ctx, { title, tab, text: 'This area is not part of the replica.' }));

export const accountRoutes = [
  { method: 'GET', path: '/', access: 'public', handler: (ctx) => redirect(ctx.res, LOGIN_PATH) },
  { method: 'GET', path: LOGIN_PATH, access: 'public', handler: showLogin },
  { method: 'POST', path: LOGIN_PATH, access: 'public', handler: login },
  { method: 'GET', path: '/AccountPortal/Account/Logout', access: 'public', handler: logout },
  { method: 'GET', path: '/AccountPortal/Account/ForgottenDetails', access: 'public', handler: outside('Forgotten your log in details?') },
  { method: 'GET', path: ORG_PATH, access: 'user', handler: showOrganisations },
  { method: 'POST', path: ORG_PATH, access: 'user', handler: chooseOrganisation },
  { method: 'GET', path: HOME_PATH, handler: (ctx) => send(ctx.res, 200, homePage(ctx)) },
  { method: 'GET', path: '/PerformersLists/', handler: outside('Performers List', 'performers') },
  { method: 'GET', path: '/UserManagement/', handler: outside('User Management', 'users') },
];
