import { formatMonth, formatUkDate } from '@/lib/pension';
import type { TypeTwoPack } from '@/lib/ledger/type-two-pack';
import { LocumFigures } from './LocumFigures';
import { OtherRolesTable } from './OtherRolesTable';
import { SourceText } from './SourceText';

/** One scheme year's Type 2 pack, printable on its own page. */
export function TypeTwoPackCard({ pack }: { pack: TypeTwoPack }) {
  const id = `type-two-${pack.schemeYear.replace('/', '-')}`;
  return (
    <section class="card type-two" aria-labelledby={id}>
      <h2 id={id}>Type 2 pack for {pack.schemeYear}</h2>
      {!pack.closed && (
        <p class="banner" role="status">
          {pack.schemeYear} closes on {formatUkDate(pack.closesOn)}. These are the figures so far: an estimate that will change as you
          record more work.
        </p>
      )}
      {pack.otherRoles.length === 0 && (
        <p class="muted">
          No salaried or Solo role entered: a GP who works only as a locum does not send a Type 2 form. These figures are here if you had
          one.
        </p>
      )}
      {pack.locum ? <LocumFigures figures={pack.locum} /> : <p>Every month of {pack.schemeYear} was left out, so there is no locum row.</p>}
      <OtherRolesTable pack={pack} />
      {pack.leftOut.length > 0 && (
        <>
          <h3>Months left out</h3>
          <ul>
            {pack.leftOut.map(({ month, why }) => (
              <li key={month}>
                {formatMonth(month)}: <SourceText text={why} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
