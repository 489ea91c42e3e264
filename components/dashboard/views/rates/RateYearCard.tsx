import type { EnteredRateTable } from '@/lib/pension';
import { RatePeriodFigures } from './RatePeriodFigures';
import type { RateYear } from './rate-years';

/** A scheme year's figures; an entered table shows the built-in figures it stands in for beside it, and can be removed. */
export function RateYearCard({ year, onRemove }: { year: RateYear; onRemove: (table: EnteredRateTable) => void }) {
  const { period, entered, replaced } = year;
  return (
    <section class="card" aria-labelledby={`rates-${period.id}`}>
      <h2 id={`rates-${period.id}`}>Scheme year {period.schemeYear}</h2>
      <div class={replaced.length > 0 ? 'rate-compare' : undefined}>
        <RatePeriodFigures period={period} entered={entered} />
        {replaced.map((builtIn) => (
          <section key={builtIn.id} class="rate-replaced" aria-labelledby={`replaced-${builtIn.id}`}>
            <h3 id={`replaced-${builtIn.id}`}>Built-in figures, not in use while yours are</h3>
            <RatePeriodFigures period={builtIn} />
          </section>
        ))}
      </div>
      {entered && (
        <button type="button" class="button button--secondary" onClick={() => onRemove(entered)}>
          Remove my {period.schemeYear} table
        </button>
      )}
    </section>
  );
}
