// D4 Locum A list (/GPP/Locum/LocumA [X]): H1, "Create Locum A", and a table whose last column is
// "Action" (the Performers List pattern, pcse-portal.md A1.12).
import { html } from './html.mjs';
import { shownReference } from '../lib/hostile.mjs';
import { page, flashBanner } from './layout.mjs';
import { datesWorked, money, practiceLabel, statusTag } from './format.mjs';
import { formatUk } from '../lib/dates.mjs';
import { labels } from '../lib/data.mjs';
import { LOCUM_A_PATH } from '../lib/paths.mjs';

export function locumAListPage(ctx, { forms }) {
  const rows = [...forms].reverse().map(
    (a) => html`<tr>
      <td>${shownReference(ctx.store, a)}</td><td>${practiceLabel(ctx.store, a.ods)}</td><td>${datesWorked(a)}</td>
      <td class="num">${money(a.fee)}</td><td class="num">${money(a.pensionable)}</td><td class="num">${money(a.employer)}</td>
      <td>${formatUk(a.submitted)}</td><td>${statusTag(a.status)}</td>
      <td><a href="${LOCUM_A_PATH}/View/${a.ref}">View<span class="visually-hidden"> ${a.ref}</span></a></td>
    </tr>`,
  );
  const body = html`${flashBanner(ctx.flash)}
<h1 class="pcse-h1">${labels.locumA.listTitle}</h1>
<p><a class="pcse-button" href="${LOCUM_A_PATH}/Create">Create Locum A</a></p>
<table class="pcse-table" id="locum-a-table">
  <thead><tr><th scope="col">Reference</th><th scope="col">Practice (ODS code)</th><th scope="col">Dates worked</th><th scope="col" class="num">Fee (£)</th><th scope="col" class="num">Pensionable pay (£)</th><th scope="col" class="num">Employer contributions (£)</th><th scope="col">Submitted</th><th scope="col">Status</th><th scope="col">Action</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`;
  return page(ctx, { title: labels.locumA.listTitle, tab: 'pensions', body });
}
