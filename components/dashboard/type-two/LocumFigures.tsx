import { formatPence, formatUkDate, type TypeTwoLocumFigures } from '@/lib/pension';
import { box5cText } from './box-5c';
import { FigureRow } from './FigureRow';

/** The locum row of the Type 2 form: pay, contributions paid, the tier due, Box 5c and the due date, each with its source. */
export function LocumFigures({ figures }: { figures: TypeTwoLocumFigures }) {
  const { pensionablePayPence: pay, contributionsPaidPence: paid, tierDuePercent: tier, contributionsDuePence: due } = figures;
  const { box5cPence: box5c, dueDate } = figures;
  return (
    <table class="type-two__figures">
      <caption>Your locum figures</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" class="num">
            Amount
          </th>
          <th scope="col">Where it comes from</th>
        </tr>
      </thead>
      <tbody>
        <FigureRow label="Locum pensionable pay" value={formatPence(pay.value)} basis={pay.basis} />
        <FigureRow label="Employee contributions paid" value={formatPence(paid.value)} basis={paid.basis} />
        <FigureRow label="Tier due on the whole year" value={`${tier.value}%`} basis={tier.basis} />
        <FigureRow label="Contributions due at that tier" value={formatPence(due.value)} basis={due.basis} />
        <FigureRow label="Box 5c: difference" value={box5cText(box5c.value, box5c.withinTolerance)} basis={box5c.basis} />
        <FigureRow label="Form due by" value={formatUkDate(dueDate.value)} basis={dueDate.basis} />
      </tbody>
    </table>
  );
}
