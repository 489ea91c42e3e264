import { aliasKey } from '@/lib/ledger/csv-practice-alias';
import type { AliasOffer, ImportRow } from '@/lib/ledger/csv-rows';

/** One offer per name, however many rows use it. */
function distinctOffers(rows: ImportRow[]): AliasOffer[] {
  const offers = new Map<string, AliasOffer>();
  for (const row of rows) if (!row.ok && row.aliasOffer) offers.set(aliasKey(row.aliasOffer.name), row.aliasOffer);
  return [...offers.values()];
}

/** Names in the sheet that match no practice but plainly mean one: a button to treat each as that practice, now and next time. */
export function AliasOffers({ rows, onAccept }: { rows: ImportRow[]; onAccept: (offer: AliasOffer) => void }) {
  const offers = distinctOffers(rows);
  if (offers.length === 0) return null;
  return (
    <fieldset class="alias-offers">
      <legend>Practice names to match</legend>
      <p>Some practice names are not in your ledger but look like a shorter name for one of your practices:</p>
      {offers.map((offer) => (
        <button key={offer.name} type="button" class="button button--secondary" onClick={() => onAccept(offer)}>
          Treat ‘{offer.name}’ as {offer.practiceName}
        </button>
      ))}
      <p class="muted">Your choice is remembered for your next import.</p>
    </fieldset>
  );
}
