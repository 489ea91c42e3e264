/** PCSE's Locum A&B help: late work "cannot be pensioned", and contributions paid on it are refunded (pcse-portal.md A2.5, A3.10). */
const PCSE_LOCUM_AB = 'https://pcse.england.nhs.uk/help/gp-payments-pensions-online-service/locum-ab/';

/** One line for a form past the 10-week limit: what PCSE says happens to it. */
export function LateFormGuidance() {
  return (
    <p class="hint">
      PCSE says work submitted more than 10 weeks after it was done cannot be pensioned, and NHS England refunds any contributions paid on
      it.{' '}
      <a href={PCSE_LOCUM_AB} target="_blank" rel="noreferrer noopener">
        PCSE Locum A&amp;B help
      </a>
    </p>
  );
}
