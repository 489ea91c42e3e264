import { checkReviewedLocumA, matchPracticeInvoice } from '../pension';
import { rateBookOf } from '../ledger/forms';
import type { ContentToBackground } from '../portal/messages';
import { scrubStructure } from '../portal/structure/scrub-structure';
import { scrubText } from '../portal/structure/scrub';
import { privateStrings } from '../ledger/private-strings';
import { locumAChoices, locumBChoices } from './portal-choices';
import { alreadyKept, applyStatuses, draftFor, receiptFor, rememberOffer, type PortalContext } from './portal-receipts';
import type { LedgerStore } from '../ledger/store';

/** What the background does for each request from the PCSE content script: only what that page needs. */
export async function handlePortalRequest(store: LedgerStore, request: ContentToBackground, clock: PortalContext): Promise<unknown> {
  // Forgetting taught fields and saving an answer need nothing else of the ledger; every other request reads it once.
  if (request.type === 'portal/forget') return store.deletePortalMappings(request.ids);
  if (request.type === 'portal/save-page-kind-answer') return store.savePageKindAnswer({ ...request.answer, answeredAt: clock.now });
  const ledger = await store.read();
  switch (request.type) {
    case 'portal/page-kind-answers':
      return ledger.pageKindAnswers ?? [];
    case 'portal/form-choices': {
      const { choices, offered } = request.page === 'locumAForm' ? locumAChoices(ledger, clock.today) : locumBChoices(ledger, clock.today);
      rememberOffer(clock, offered);
      return { choices, mappings: (ledger.portalMappings ?? []).filter((m) => m.pageKind === request.page) };
    }
    case 'portal/teach': {
      const same = (ledger.portalMappings ?? []).find(
        (m) => m.pageKind === request.pageKind && JSON.stringify(m.fingerprint) === JSON.stringify(request.fingerprint),
      );
      return store.savePortalMapping({
        id: same?.id ?? clock.newId(),
        pageKind: request.pageKind,
        fingerprint: request.fingerprint,
        concept: request.concept,
        createdAt: clock.now,
      });
    }
    case 'portal/filled': {
      const draft = await store.saveSubmission(
        draftFor(ledger, request.page === 'locumAForm' ? 'A' : 'B', request.key, request.filled, clock),
      );
      if (clock.tabId !== undefined) clock.filledInTab.set(clock.tabId, draft.id);
      return draft;
    }
    case 'portal/confirmation': {
      const kept = alreadyKept(ledger, request.confirmation);
      if (kept) return { receipt: kept, alreadyKept: true };
      const { submission, receipt } = receiptFor(ledger, request.confirmation, request.pageUrl, clock);
      return { receipt: await store.saveSubmissionAndReceipt(submission, receipt), alreadyKept: false };
    }
    case 'portal/statuses': {
      const changed = applyStatuses(ledger, request.statuses, clock.now);
      if (changed.length > 0) await store.saveSubmissions(changed);
      return { updated: changed.length };
    }
    case 'portal/review': {
      const practiceMode = ledger.settings.practiceMode === true;
      const match = practiceMode ? matchPracticeInvoice(request.locumA, ledger.practiceInvoices ?? []) : null;
      const context = { today: clock.today, ...(request.organisationText ? { organisationText: request.organisationText } : {}) };
      return { findings: checkReviewedLocumA(request.locumA, context, rateBookOf(ledger)), practiceMode, match };
    }
    case 'portal/structure': {
      // The ledger's own strings are scrubbed here, so the page never holds the list of what to hide.
      const strings = privateStrings(ledger);
      const taught = (ledger.portalMappings ?? [])
        .filter((m) => m.pageKind === request.structure.pageKind)
        .map((m) => ({ ...m.fingerprint, concept: m.concept }));
      return scrubStructure({ ...request.structure, taught }, (text) => scrubText(text, strings));
    }
  }
}
