import { formatPence, formatUkDate, type AppraisalRow, type DatePeriod } from '@/lib/pension';

const span = ({ from, to }: DatePeriod) => (from === to ? formatUkDate(from) : `${formatUkDate(from)} to ${formatUkDate(to)}`);

/** A Locum A's rows as the form has them; an appraisal's from 2026/27 with each row's share of the fee (year-end.md §3.3). */
export function WorkedPeriods({ periods, appraisalRows }: { periods: DatePeriod[]; appraisalRows: AppraisalRow[] | undefined }) {
  if (!appraisalRows) return <>{periods.map(span).join('; ')}</>;
  return (
    <>{appraisalRows.map((row) => `${span(row)} (${formatPence(row.feePence)})`).join('; ')}, the fee split equally between the rows</>
  );
}
