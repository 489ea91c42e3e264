import { formatMonth, formatPence } from '@/lib/pension';
import type { MonthForms } from '@/lib/ledger/forms';

/** One scheme year's Locum B forms, a row a month, with the UPR and the references PCSE gave. */
export function MonthlyLocumBTable({ months, references }: { months: MonthForms[]; references: (month: string) => string }) {
  return (
    <table>
      <caption class="muted" style="text-align:left">
        Locum B by month
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" class="num">
            Pensionable pay
          </th>
          <th scope="col" class="num">
            Tier
          </th>
          <th scope="col" class="num">
            Employee
          </th>
          <th scope="col" class="num">
            Employer
          </th>
          <th scope="col" class="num">
            Total paid
          </th>
          <th scope="col">UPR and references</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <td>{formatMonth(m.month)}</td>
            <td class="num">{formatPence(m.formB.a)}</td>
            <td class="num">{m.ratePercent}%</td>
            <td class="num">{formatPence(m.formB.g)}</td>
            <td class="num">{formatPence(m.formB.h)}</td>
            <td class="num">{formatPence(m.formB.i)}</td>
            <td>{[m.formB.paymentReference, references(m.month)].filter(Boolean).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
