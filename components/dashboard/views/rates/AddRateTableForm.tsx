import { BandFields } from './BandFields';
import { DraftField } from './DraftField';
import { RateTableCheck } from './RateTableCheck';
import { enterableYears } from './rate-years';
import { useRateTableEntry } from './use-rate-table-entry';

type Props = { defaultYear: string; today: string; onChange: () => void };

/** Type a scheme year's published table; it is shown back in NHSBSA's layout to check before it is saved. */
export function AddRateTableForm({ defaultYear, today, onChange }: Props) {
  const entry = useRateTableEntry(defaultYear, onChange);
  const { draft, setDraft, problems, step } = entry;
  const problemCount = Object.keys(problems).length;
  return (
    <section class="card" aria-labelledby="add-rates-heading">
      <h2 id="add-rates-heading">Add or correct a scheme year</h2>
      <p class="muted">Type the figures exactly as NHSBSA publishes them. Your table is used for that year's forms in place of ours.</p>
      {step.step === 'editing' ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            entry.check();
          }}
        >
          <div class="field rate-year-field">
            <label for="rates-year">Scheme year</label>
            <select id="rates-year" value={draft.schemeYear} onChange={(e) => setDraft({ ...draft, schemeYear: e.currentTarget.value })}>
              {enterableYears(today).map((year) => (
                <option key={year}>{year}</option>
              ))}
            </select>
          </div>
          <BandFields draft={draft} problems={problems} onChange={setDraft} />
          <div class="toolbar">
            <DraftField
              id="employer-rate"
              label="Employer rate (%)"
              value={draft.employerRate}
              problem={problems.employerRate}
              onInput={(employerRate) => setDraft({ ...draft, employerRate })}
            />
            <DraftField
              id="rates-source"
              label="Source (web address or a note)"
              value={draft.source}
              problem={problems.source}
              onInput={(source) => setDraft({ ...draft, source })}
              wide
            />
          </div>
          {problemCount > 0 && (
            <p role="alert" class="bad">
              {problemCount === 1 ? 'One problem, marked above.' : `${problemCount} problems, marked above.`} Nothing was saved.
            </p>
          )}
          <button type="submit" class="button">
            Check these figures
          </button>
        </form>
      ) : (
        <RateTableCheck
          table={step.table}
          replacingConfirmed={step.step === 'replacing-confirmed'}
          onSave={() => entry.save(step.table)}
          onReplaceAnyway={() => void entry.replaceAnyway(step.table)}
          onChange={() => entry.change(step.table)}
        />
      )}
      {entry.outcome.saved && <p role="status">{entry.outcome.saved}</p>}
      {entry.outcome.failure && (
        <p role="alert" class="bad">
          {entry.outcome.failure}
        </p>
      )}
    </section>
  );
}
