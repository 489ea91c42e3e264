// Shared page furniture (pcse-portal.md D0): header with "PCSE Online", the user's name, the
// selected organisation and "Log out"; top menu Home / Performers List / GP Pensions [F wording,
// A1.10] / User Management.
import { html, raw } from './html.mjs';
import { VARIANTS } from '../lib/store.mjs';
import { DASHBOARD_PATH, HOME_PATH } from '../lib/paths.mjs';

const MENU = [
  { key: 'home', text: 'Home', href: HOME_PATH },
  { key: 'performers', text: 'Performers List', href: '/PerformersLists/' },
  { key: 'pensions', text: 'GP Pensions', href: DASHBOARD_PATH },
  { key: 'users', text: 'User Management', href: '/UserManagement/' },
];

function account(ctx) {
  if (!ctx.user) return '';
  const org = ctx.org;
  return html`<div class="pcse-header__account">
      <span class="pcse-header__user" id="header-user-name">${ctx.user.displayName}</span>
      ${org ? html`<span class="pcse-header__org" id="header-organisation">${org.name} (${org.code})</span>` : ''}
      <a class="pcse-header__logout" href="/AccountPortal/Account/Logout">Log out</a>
    </div>`;
}

function menu(ctx, tab) {
  if (!ctx.user || !ctx.org) return '';
  return html`<nav class="pcse-nav" aria-label="Main menu"><ul class="pcse-nav__list">
      ${MENU.map((m) => html`<li class="pcse-nav__item${m.key === tab ? ' pcse-nav__item--active' : ''}"><a href="${m.href}"${m.key === tab ? html` aria-current="page"` : ''}>${m.text}</a></li>`)}
    </ul></nav>`;
}

function variantSwitcher(ctx) {
  const here = ctx.url.pathname;
  return html`<p class="pcse-footer__variants">Markup variant:
    ${VARIANTS.map((v) => (v === ctx.variant ? html` <strong>${v}</strong>` : html` <a href="${here}?variant=${v}">${v}</a>`))}</p>`;
}

/** The page's inline module: each call imports one page script and passes it the page's config. */
function moduleScript(calls) {
  const lines = calls.map(({ module, fn, config }, k) => {
    const data = JSON.stringify(config ?? {}).replace(/</g, '\\u003c');
    return `import { ${fn} as call${k} } from '/static/js/${module}';\ncall${k}(${data});`;
  });
  return html`<script type="module">\n${raw(lines.join('\n'))}\n</script>`;
}

/** A whole page. `scripts` lists the page scripts that wire its widgets and live arithmetic. */
export function page(ctx, { title, tab = '', body, scripts = [] }) {
  return html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - PCSE Online</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/vendor/jquery-ui/themes/base/jquery-ui.min.css">
<link rel="stylesheet" href="/static/css/portal.css">
<link rel="stylesheet" href="/static/css/${ctx.variant}.css">
<script src="/static/vendor/jquery/jquery.min.js"></script>
<script src="/static/vendor/jquery-ui/jquery-ui.min.js"></script>
</head>
<body class="variant-${ctx.variant}">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="pcse-header">
  <div class="pcse-header__bar">
    <a class="pcse-header__brand" href="${HOME_PATH}"><span class="pcse-header__logo" aria-label="NHS">NHS</span><span class="pcse-header__service">PCSE Online</span></a>
    ${account(ctx)}
  </div>
  ${menu(ctx, tab)}
</header>
<main class="pcse-main" id="main-content">
${body}
</main>
<footer class="pcse-footer">
  <p>Local replica of PCSE Online for testing Locum Ledger. Not the real service: no real people, practices or payments.</p>
  ${variantSwitcher(ctx)}
</footer>
${scripts.length ? moduleScript(scripts) : ''}
</body>
</html>`.text;
}

/** A success or information banner carried across a redirect. */
export function flashBanner(flash) {
  return flash ? html`<div class="pcse-banner pcse-banner--success" role="status"><p id="flash-message">${flash}</p></div>` : '';
}
