import { openDashboard } from './open-dashboard';

/** The spring reminder: NHSBSA publishes the coming year's table, and the ledger has no confirmed or entered one yet. */
export function RateTableDue({ schemeYear }: { schemeYear: string }) {
  return (
    <section class="card rate-due" aria-label={`Tier table for ${schemeYear}`}>
      <p>
        NHSBSA publishes the tier table for {schemeYear} in the spring: check it and bring it here.{' '}
        <button type="button" class="link-button" onClick={() => openDashboard('rates')}>
          Open the Rates page
        </button>
      </p>
    </section>
  );
}
