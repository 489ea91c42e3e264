import './type-two.css';
import { useMemo } from 'preact/hooks';
import type { LedgerData } from '@/lib/ledger/schemas';
import { typeTwoPacks } from '@/lib/ledger/type-two-pack';
import { TypeTwoPackCard } from './TypeTwoPackCard';

/** The Type 2 tab: per scheme year with locum work, the figures a salaried or Solo GP's Type 2 form asks for. */
export function TypeTwoView({ ledger, today }: { ledger: LedgerData; today: string }) {
  const packs = useMemo(() => typeTwoPacks(ledger, today), [ledger, today]);
  if (packs.length === 0) {
    return (
      <section class="empty">
        <h1>Type 2</h1>
        <p>
          Once practices have paid you for pensioned work, each scheme year shows here with the locum figures a Type 2 self-assessment asks
          for, if you also work as a salaried or Solo GP.
        </p>
      </section>
    );
  }
  return (
    <>
      <h1>Type 2</h1>
      <p class="no-print">
        A salaried or Solo GP sends PCSE a Type 2 self-assessment by 28 February, a year after the scheme year ends. Copy these figures into
        it.
      </p>
      <button type="button" class="button button--secondary no-print" onClick={() => print()}>
        Print Type 2 pack
      </button>
      {packs.map((pack) => (
        <TypeTwoPackCard key={pack.schemeYear} pack={pack} />
      ))}
    </>
  );
}
