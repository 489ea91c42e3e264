import { formatMonth, formatPence } from '@/lib/pension';
import type { SentFormChange } from '@/lib/ledger/rate-changes';

const BOX_NAMES: Record<string, string> = {
  box2: 'box 2 pensionable pay',
  box3: 'box 3 employer contribution',
  a: 'box a pensionable pay',
  b: 'box b your contribution',
  h: 'box h employer contributions',
  i: 'box i total paid',
};

function Correction({ pence }: { pence: number }) {
  if (pence === 0) return null;
  return pence > 0 ? (
    <strong> A correction of {formatPence(pence)} is due to PCSE on the Locum B already paid.</strong>
  ) : (
    <strong> The Locum B already paid was {formatPence(-pence)} too much: PCSE refunds it or sets it against the year end.</strong>
  );
}

/** Forms already sent that keep the figures they were sent with, where the ledger now works out others. */
export function SentFormChanges({ changes }: { changes: SentFormChange[] }) {
  if (changes.length === 0) return null;
  return (
    <div class="sent-changes" role="note">
      <h3>Changed since you sent these forms</h3>
      <ul>
        {changes.map((change) => (
          <li key={change.submission.id}>
            {change.kind === 'A' ? `Locum A for ${change.what}` : `Locum B for ${formatMonth(change.what)}`}
            {change.ratesChanged && change.submission.builtOn
              ? ` was sent on ${change.submission.builtOn.status} ${change.submission.builtOn.schemeYear} rates`
              : ' was sent before the ledger changed'}
            :{' '}
            {change.boxes
              .map(
                ({ box, sentPence, nowPence }) => `${BOX_NAMES[box] ?? box} ${formatPence(sentPence)} sent, ${formatPence(nowPence)} now`,
              )
              .join('; ')}
            .{change.correctionPence !== undefined && <Correction pence={change.correctionPence} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
