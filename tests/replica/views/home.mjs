// Home page after organisation select, and the D3 GP Pensions dashboard of tiles
// ("click the … option from the dashboard", pcse-portal.md A1.10). Tile names are invented.
import { html } from './html.mjs';
import { page, flashBanner } from './layout.mjs';

function tile({ title, text, href, count }) {
  if (!href) {
    return html`<div class="pcse-tile pcse-tile--disabled"><span class="pcse-tile__title">${title}</span><span class="pcse-tile__text">${text}</span></div>`;
  }
  return html`<a class="pcse-tile" href="${href}"><span class="pcse-tile__title">${title}</span><span class="pcse-tile__text">${text}</span>${count ? html`<span class="pcse-tile__count">${count}</span>` : ''}</a>`;
}

export function homePage(ctx) {
  const body = html`<h1 class="pcse-h1">Welcome, ${ctx.user.displayName}</h1>
<p class="pcse-lead">You are working for ${ctx.org.name} (${ctx.org.code}).</p>
<div class="pcse-tiles">
  ${tile({ title: 'GP Pensions', text: 'Locum forms, contribution statements and end-of-year forms.', href: '/GPP/Pensions/Dashboard' })}
  ${tile({ title: 'Performers List', text: 'Your National Performers List record.', href: '/PerformersLists/' })}
  ${tile({ title: 'User Management', text: 'Users and roles for your organisation.', href: '/UserManagement/' })}
</div>`;
  return page(ctx, { title: 'Home', tab: 'home', body });
}

const UNAVAILABLE = 'Not part of this replica.';

export function dashboardPage(ctx, { awaitingApproval }) {
  const tiles =
    ctx.user.role === 'locum'
      ? [
          {
            title: 'Locum A Forms',
            text: 'Create a Locum A for each practice and payment, and track its approval.',
            href: '/GPP/Locum/LocumA',
          },
          { title: 'Locum B Forms', text: 'Submit your monthly Locum B and pay your contributions.', href: '/GPP/Locum/LocumB' },
          { title: 'Employee Contribution Statement', text: UNAVAILABLE },
          { title: 'Self Assessment', text: UNAVAILABLE },
          { title: 'Annual Certificate', text: UNAVAILABLE },
        ]
      : [
          {
            title: 'Locum Approvals',
            text: 'Approve or reject Locum A forms submitted by GP locums.',
            href: '/GPP/Locum/Approvals',
            count: awaitingApproval ? `${awaitingApproval} awaiting approval` : '',
          },
          { title: 'Claims', text: UNAVAILABLE },
          { title: 'Statements', text: UNAVAILABLE },
        ];
  const body = html`${flashBanner(ctx.flash)}<h1 class="pcse-h1">GP Pensions</h1><div class="pcse-tiles">${tiles.map(tile)}</div>`;
  return page(ctx, { title: 'GP Pensions', tab: 'pensions', body });
}
