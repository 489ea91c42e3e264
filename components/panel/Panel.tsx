import { useState } from 'preact/hooks';
import type { DetectedPage } from '@/lib/portal/detect/detect-page';
import type { PageKindAnswer } from '@/lib/shared/records';
import { ApproverPanel } from '../practice/ApproverPanel';
import { FormAssistant } from './FormAssistant';
import { PageEvidence } from './PageEvidence';
import { PageKindNote } from './PageKindNote';
import { PageKindQuestion } from './PageKindQuestion';
import { ReceiptCapture } from './ReceiptCapture';
import { StatusSync } from './StatusSync';
import { StructureExport } from './StructureExport';

/** Pages where the panel has work to do open expanded; elsewhere it waits as a small tab. */
const BUSY_PAGES = new Set(['locumAForm', 'locumBForm', 'locumAConfirmation', 'locumBConfirmation', 'approvalReview']);
/** Confirmation pages keep their evidence on arrival (ReceiptCapture): every other page, and any page being asked about, offers it on request. */
const CONFIRMATIONS = new Set(['locumAConfirmation', 'locumBConfirmation']);

type Props = {
  page: DetectedPage;
  doc: Document;
  initiallyOpen?: boolean;
  /** Mounted for the user's answer: its note takes focus, where the question they answered was. */
  announceAnswer?: boolean;
  /** The user answered "What is this page?": the assistant detects the page again with the answer. */
  onAnswered: (answer: PageKindAnswer) => void;
};

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

/**
 * The in-page panel, inside its own shadow root: the page's styles cannot reach it and it cannot reach the page's. On
 * a page the assistant cannot place it opens with one question, "What is this page?", instead of guessing.
 */
export function Panel({ page, doc, initiallyOpen = false, announceAnswer = false, onAnswered }: Props) {
  const [open, setOpen] = useState(initiallyOpen || page.ask || BUSY_PAGES.has(page.kind));
  const [asking, setAsking] = useState(page.ask);
  const answered = (answer: PageKindAnswer) => {
    // An answer that leaves the page as it was re-mounts nothing, so the question closes here.
    setAsking(false);
    onAnswered(answer);
  };
  return (
    <aside class={`panel ${open ? 'panel--open' : 'panel--closed'}`} aria-label="Locum Ledger" data-page-kind={page.kind}>
      <header class="panel__header">
        <strong>Locum Ledger</strong>
        {/* A page the detector could not place is not named by its best guess. */}
        <span class="panel__page">{page.ask ? 'Page not recognised' : (page.signature?.title ?? 'Unknown page')}</span>
        <button type="button" class="panel__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </header>
      {/* Hidden, not unmounted: a closed panel still keeps receipts and statuses. */}
      <div class="panel__body" hidden={!open}>
        {asking ? (
          <PageKindQuestion
            page={page}
            doc={doc}
            onAnswered={answered}
            openPanel={() => setOpen(true)}
            focusFirst={initiallyOpen}
            onCancel={page.answered ? () => setAsking(false) : undefined}
          />
        ) : (
          <>
            {page.answered ? <PageKindNote kind={page.kind} announce={announceAnswer} onChange={() => setAsking(true)} /> : null}
            <Body key={`${page.kind}|${location.href}`} page={page} doc={doc} />
          </>
        )}
        {asking || !CONFIRMATIONS.has(page.kind) ? <PageEvidence page={page} doc={doc} /> : null}
        <StructureExport page={page} doc={doc} />
      </div>
    </aside>
  );
}
