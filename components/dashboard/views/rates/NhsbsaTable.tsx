import type { NhsbsaRow } from '@/lib/pension';

/** A tier table laid out as NHSBSA prints it, with the employer rate under it, to compare line by line. */
export function NhsbsaTable({ rows, employerRatePercent, label }: { rows: NhsbsaRow[]; employerRatePercent: number; label: string }) {
  return (
    <table class="nhsbsa" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Pensionable pay (whole-time equivalent)</th>
          <th scope="col" class="num">
            Contribution rate
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.band}>
            <td>{row.band}</td>
            <td class="num">{row.rate}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Employer contribution, which you collect from practices</th>
          <td class="num">{employerRatePercent}%</td>
        </tr>
      </tfoot>
    </table>
  );
}
