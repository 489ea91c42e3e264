import { adviceSentence } from '@/lib/ledger/advice-sentence';
import type { LedgerAdvice } from '@/lib/ledger/forms';
import { LinkedText } from './LinkedText';

/** The advised tier in one plain sentence, with the steps behind it one click away. */
export function TierAdvice({ advice, today }: { advice: LedgerAdvice; today: string }) {
  return (
    <div class="tier-advice">
      <p class="tier-advice__sentence">{adviceSentence(advice, today)}</p>
      <details>
        <summary>How this is worked out</summary>
        <ol>
          {advice.steps.map((step) => (
            <li key={step}>
              <LinkedText text={step} />
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
