import { useState } from 'preact/hooks';
import type { DetectedPage } from '@/lib/portal/detect/detect-page';
import { formShownOn } from '@/lib/portal/page-kind-answer';
import { ReceiptCapture } from './ReceiptCapture';

/** The form a page is about: known from its kind, else from what the page shows. */
function formOf(page: DetectedPage, doc: Document): 'A' | 'B' {
  if (page.kind === 'locumBForm' || page.kind === 'locumBList') return 'B';
  if (page.kind === 'locumAForm' || page.kind === 'locumAList' || page.kind === 'approvalReview' || page.kind === 'approvalsList')
    return 'A';
  return formShownOn(doc);
}

/**
 * "Save this page as evidence" on any PCSE page, for a confirmation the assistant did not recognise: the same capture
 * a recognised confirmation page runs (ReceiptCapture), started by the user rather than on arrival.
 */
export function PageEvidence({ page, doc }: { page: DetectedPage; doc: Document }) {
  const [started, setStarted] = useState(false);
  if (started)
    return (
      <section class="evidence" aria-label="Evidence">
        <ReceiptCapture doc={doc} kind={formOf(page, doc)} />
      </section>
    );
  return (
    <p class="evidence">
      <button type="button" onClick={() => setStarted(true)}>
        Save this page as evidence
      </button>
    </p>
  );
}
