import { enteredTableRows, type EnteredRateTable } from '@/lib/pension';
import { NhsbsaTable } from './NhsbsaTable';

type Props = {
  table: EnteredRateTable;
  replacingConfirmed: boolean;
  onSave: () => void;
  onReplaceAnyway: () => void;
  onChange: () => void;
};

/** The typed figures shown back in NHSBSA's layout before they are saved; replacing confirmed figures is asked again. */
export function RateTableCheck({ table, replacingConfirmed, onSave, onReplaceAnyway, onChange }: Props) {
  return (
    <section class="rate-check" aria-labelledby="rate-check-heading">
      <h3 id="rate-check-heading">Check these against NHSBSA's table for {table.schemeYear}</h3>
      <NhsbsaTable
        rows={enteredTableRows(table)}
        employerRatePercent={table.employerRatePercent}
        label={`Your ${table.schemeYear} table, to check`}
      />
      <p class="muted">Source: {table.source}</p>
      {replacingConfirmed ? (
        <div role="alert" class="rate-replace-warning">
          <p>
            <strong>This replaces figures from a primary source</strong> (NHSBSA or legislation) for {table.schemeYear}: every form for that
            year will use yours instead. Replace anyway?
          </p>
          <div class="toolbar">
            <button type="button" class="button" onClick={onReplaceAnyway}>
              Replace anyway
            </button>
            <button type="button" class="button button--secondary" onClick={onChange}>
              Keep the confirmed figures
            </button>
          </div>
        </div>
      ) : (
        <div class="toolbar">
          <button type="button" class="button" onClick={onSave}>
            Save
          </button>
          <button type="button" class="button button--secondary" onClick={onChange}>
            Change
          </button>
        </div>
      )}
    </section>
  );
}
