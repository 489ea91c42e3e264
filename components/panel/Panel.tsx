import { useState } from 'preact/hooks';
import type { DetectedPage } from '@/lib/portal/detect/detect-page';
import { ApproverPanel } from '../practice/ApproverPanel';
import { FormAssistant } from './FormAssistant';
import { ReceiptCapture } from './ReceiptCapture';
import { StatusSync } from './StatusSync';
import { StructureExport } from './StructureExport';

/** Pages where the panel has work to do open expanded; elsewhere it waits as a small tab. */
const BUSY_PAGES = new Set(['locumAForm', 'locumBForm', 'locumAConfirmation', 'locumBConfirmation', 'approvalReview']);

function Body({ page, doc }: { page: DetectedPage; doc: Document }) {
  const note = page.signature?.note ?? '';
  switch (page.kind) {
    case 'locumAForm':
    case 'locumBForm':
      return <FormAssistant key={page.kind} doc={doc} kind={page.kind} />;
    case 'locumAConfirmation':
      return <ReceiptCapture doc={doc} kind="A" />;
    case 'locumBConfirmation':
      return <ReceiptCapture doc={doc} kind="B" />;
    case 'locumAList':
    case 'locumBList':
      return <StatusSync doc={doc} note={note} />;
    case 'approvalReview':
      return <ApproverPanel doc={doc} />;
    case 'unknown':
      return (
        <p>
          The assistant does not know this page. If it is part of the Locum A or B forms, copy its structure below to help the extension
          learn it.
        </p>
      );
    default:
      return <p>{note}</p>;
  }
}

/** The in-page panel, inside its own shadow root: the page's styles cannot reach it and it cannot reach the page's. */
export function Panel({ page, doc, initiallyOpen = false }: { page: DetectedPage; doc: Document; initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen || BUSY_PAGES.has(page.kind));
  return (
    <aside class={`panel ${open ? 'panel--open' : 'panel--closed'}`} aria-label="Locum Ledger" data-page-kind={page.kind}>
      <header class="panel__header">
        <strong>Locum Ledger</strong>
        <span class="panel__page">{page.signature?.title ?? 'Unknown page'}</span>
        <button type="button" class="panel__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </header>
      {/* Hidden, not unmounted: a closed panel still keeps receipts and statuses. */}
      <div class="panel__body" hidden={!open}>
        <Body key={`${page.kind}|${location.href}`} page={page} doc={doc} />
        <StructureExport page={page} doc={doc} />
      </div>
    </aside>
  );
}
