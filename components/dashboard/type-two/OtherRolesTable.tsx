import { formatPence } from '@/lib/pension';
import type { TypeTwoPack } from '@/lib/ledger/type-two-pack';
import { FigureRow } from './FigureRow';

/** The other roles as entered, each with its row, then the row 6 total and the days of service used to annualise. */
export function OtherRolesTable({ pack }: { pack: TypeTwoPack }) {
  return (
    <table class="type-two__figures">
      <caption>Your other roles and the total</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col" class="num">
            Pensionable pay
          </th>
          <th scope="col">Where it goes</th>
        </tr>
      </thead>
      <tbody>
        {pack.otherRoles.map((role, i) => (
          <FigureRow key={i} label={role.description || 'Other role'} value={formatPence(role.pensionablePayPence)} basis={role.where} />
        ))}
        <FigureRow label="Row 6: total" value={formatPence(pack.totalPence.value)} basis={pack.totalPence.basis} />
        <FigureRow label="Days of service" value={String(pack.daysOfService.value)} basis={pack.daysOfService.basis} />
      </tbody>
    </table>
  );
}
