import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { formatMonth } from '@/lib/pension';
import type { LedgerData } from '@/lib/ledger/schemas';
import { schemeYearMonths } from '@/lib/ledger/year-statement';
import { FigureInput } from './FigureInput';
import { useStatementFigures } from './use-statement-figures';

type Props = { ledger: LedgerData; schemeYear: string; onChange: () => void };

/** The locum types what their PCSE statement or Total Reward Statement records, per month or for the year, to compare. */
export function StatementFiguresForm({ ledger, schemeYear, onChange }: Props) {
  const form = useStatementFigures(ledger, schemeYear, onChange);
  const rows: [string, string][] = [
    ['year', `Whole year ${schemeYear}`],
    ...schemeYearMonths(schemeYear).map((m) => [m, formatMonth(m)] as [string, string]),
  ];
  return (
    <details class="no-print statement-figures">
      <summary>What PCSE or NHS Pensions shows for {schemeYear}</summary>
      <form
        aria-label={`What your statement shows for ${schemeYear}`}
        onSubmit={(e) => {
          e.preventDefault();
          void form.save();
        }}
      >
        <p class="muted">
          Type what your statement records, for the year or month by month. Leave a month blank if your statement does not list months; type
          0 for a month it lists with nothing.
        </p>
        <label>
          Which statement{' '}
          <select value={form.source} onChange={(e) => form.setSource(e.currentTarget.value === 'trs' ? 'trs' : 'pcse')}>
            <option value="pcse">PCSE statement</option>
            <option value="trs">NHS Pensions Total Reward Statement</option>
          </select>
        </label>
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Pensionable pay (£)</th>
              <th scope="col">Contributions (£, employee and employer)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([row, name]) => (
              <tr key={row}>
                <th scope="row">{name}</th>
                <FigureInput row={row} field="pensionablePayPence" label={`${name}: pensionable pay on your statement`} form={form} />
                <FigureInput row={row} field="contributionsPence" label={`${name}: contributions on your statement`} form={form} />
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" class="button">
          Save and compare
        </button>
        <ProblemAlert problem={form.problem} />
      </form>
    </details>
  );
}
