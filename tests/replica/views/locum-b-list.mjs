// D8 Locum B list (/GPP/Locum/LocumB [X]).
import { html } from './html.mjs';
import { page, flashBanner } from './layout.mjs';
import { money, statusTag } from './format.mjs';
import { formatMonth } from '../lib/dates.mjs';
import { labels } from '../lib/data.mjs';
import { LOCUM_B_PATH } from '../lib/paths.mjs';

export function locumBListPage(ctx, { forms }) {
  const rows = [...forms].reverse().map(
    (b) => html`<tr>
      <td>${formatMonth(b.month)}</td><td>${b.reference}</td>
      <td class="num">${money(b.boxes.a)}</td><td class="num">${money(b.boxes.g)}</td><td class="num">${money(b.boxes.h)}</td><td class="num">${money(b.boxes.i)}</td>
      <td>${statusTag(b.status)}</td>
      <td><a href="${LOCUM_B_PATH}/View/${b.id}">${b.status === 'Paid' ? 'View' : 'Pay'}<span class="visually-hidden"> ${b.reference}</span></a></td>
    </tr>`,
  );
  const body = html`${flashBanner(ctx.flash)}
<h1 class="pcse-h1">${labels.locumB.listTitle}</h1>
<p><a class="pcse-button" href="${LOCUM_B_PATH}/Create">Create Locum B</a></p>
<table class="pcse-table" id="locum-b-table">
  <thead><tr><th scope="col">Month</th><th scope="col">Unique payment reference</th><th scope="col" class="num">Total pensionable pay (£)</th><th scope="col" class="num">Employee contributions (£)</th><th scope="col" class="num">Employer contributions (£)</th><th scope="col" class="num">Total due (£)</th><th scope="col">Status</th><th scope="col">Action</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`;
  return page(ctx, { title: labels.locumB.listTitle, tab: 'pensions', body });
}
