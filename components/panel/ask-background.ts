import { browser } from 'wxt/browser';
import type { Finding, PracticeMatch } from '../../lib/pension';
import type { PracticeInvoice, Receipt, Submission } from '../../lib/ledger/schemas';
import type { ContentToBackground, FormChoice } from '../../lib/portal/messages';
import type { PageStructure } from '../../lib/portal/structure/schema';
import type { PageKindAnswer, PortalMapping } from '../../lib/shared/records';
import { BackgroundReply } from '../../lib/shared/reply';

type Results = {
  'portal/form-choices': { choices: FormChoice[]; mappings: PortalMapping[] };
  'portal/teach': PortalMapping;
  'portal/forget': void;
  'portal/filled': Submission;
  'portal/confirmation': { receipt: Receipt; alreadyKept: boolean };
  'portal/statuses': { updated: number };
  'portal/review': { findings: Finding[]; practiceMode: boolean; match: PracticeMatch<PracticeInvoice> | null };
  'portal/structure': PageStructure;
  'portal/page-kind-answers': PageKindAnswer[];
  'portal/save-page-kind-answer': PageKindAnswer;
};

/** Asks the background for what this page needs; rejects with the background's plain-English error. */
export async function askBackground<R extends ContentToBackground>(request: R): Promise<Results[R['type']]> {
  const reply = BackgroundReply.parse(await browser.runtime.sendMessage(request));
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as Results[R['type']];
}
