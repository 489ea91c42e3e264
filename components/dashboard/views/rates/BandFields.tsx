import { DraftField } from './DraftField';
import type { DraftProblems, RateTableDraft } from './rate-table-draft';

type Props = { draft: RateTableDraft; problems: DraftProblems; onChange: (draft: RateTableDraft) => void };

const replaced = (list: string[], index: number, value: string) => list.map((item, i) => (i === index ? value : item));

/** The six bands as NHSBSA lists them: the top of bands 1 to 5 in whole pounds (band 6 has none) and each band's rate. */
export function BandFields({ draft, problems, onChange }: Props) {
  return (
    <fieldset class="bands">
      <legend>Bands, in whole pounds of pensionable pay a year, and their rates</legend>
      {draft.rates.map((rate, i) => (
        <div class="band-row" key={i}>
          {i < 5 ? (
            <DraftField
              id={`band-top-${i + 1}`}
              label={`Top of band ${i + 1} (£)`}
              value={draft.bandTops[i]!}
              problem={problems[`bandTops.${i}`]}
              onInput={(value) => onChange({ ...draft, bandTops: replaced(draft.bandTops, i, value) })}
            />
          ) : (
            <p class="band-open">Band 6: everything above band 5</p>
          )}
          <DraftField
            id={`band-rate-${i + 1}`}
            label={`Band ${i + 1} rate (%)`}
            value={rate}
            problem={problems[`rates.${i}`]}
            onInput={(value) => onChange({ ...draft, rates: replaced(draft.rates, i, value) })}
          />
        </div>
      ))}
      {[problems.bandTops, problems.rates].filter(Boolean).map((problem) => (
        <p key={problem} class="bad field-problem">
          {problem}
        </p>
      ))}
    </fieldset>
  );
}
