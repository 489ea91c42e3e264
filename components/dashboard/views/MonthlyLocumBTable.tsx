import { formatMonth, formatPence, formatUkDate } from '@/lib/pension';
import type { MonthFigures, StatementMonth } from '@/lib/ledger/year-statement-types';

const money = (pence: number | undefined) => (pence === undefined ? '' : formatPence(pence));

function Figures({ figures }: { figures: MonthFigures | null }) {
  return (
    <>
      <td class="num">{money(figures?.pensionablePence)}</td>
      <td class="num">{money(figures?.employeePence)}</td>
      <td class="num">{money(figures?.employerPence)}</td>
      <td class="num">{money(figures?.totalPence)}</td>
    </>
  );
}

/** A scheme year's Locum Bs, April to March with empty months empty, each with its payment and receipts, and the year's totals. */
export function MonthlyLocumBTable({ months, totals }: { months: StatementMonth[]; totals: MonthFigures }) {
  return (
    <table class="statement-table">
      <caption class="muted">Locum B by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {['Pensionable pay', 'Employee', 'Employer', 'Total paid'].map((name) => (
            <th key={name} scope="col" class="num">
              {name}
            </th>
          ))}
          <th scope="col">Date paid</th>
          <th scope="col">Payment reference</th>
          <th scope="col">Receipt</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">
              {formatMonth(m.month)}
              {m.ratePercent !== undefined && <span class="muted"> at {m.ratePercent}%</span>}
            </th>
            <Figures figures={m.figures} />
            <td>{m.paidOn ? formatUkDate(m.paidOn) : ''}</td>
            <td>{m.figures ? [m.paymentReference, ...m.formReferences.map((ref) => `Locum A ${ref}`)].filter(Boolean).join('; ') : ''}</td>
            <td>{m.receipts.map((r) => `${r.reference} (${formatPence(r.amountPence)}, ${formatUkDate(r.date)})`).join('; ')}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Year total</th>
          <Figures figures={totals} />
          <td colSpan={3} />
        </tr>
      </tfoot>
    </table>
  );
}
