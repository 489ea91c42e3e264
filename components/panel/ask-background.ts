import { browser } from 'wxt/browser';
import type { ApproverCheck } from '../../lib/pension/approver-check';
import type { FormChoice } from '../../lib/portal/messages';
import { BackgroundReply } from '../../lib/shared/reply';
import type { Receipt, Submission } from '../../lib/ledger/schemas';
import type { PortalMapping } from '../../lib/shared/records';
import type { ContentToBackground } from '../../lib/portal/messages';
import type { PracticeMatch } from '../../lib/pension/practice-match';
import type { PageStructure } from '../../lib/portal/structure/schema';

type Results = {
  'portal/form-choices': { choices: FormChoice[]; mappings: PortalMapping[] };
  'portal/teach': PortalMapping;
  'portal/forget': void;
  'portal/filled': Submission;
  'portal/confirmation': { receipt: Receipt; alreadyKept: boolean };
  'portal/statuses': { updated: number };
  'portal/review': { checks: ApproverCheck[]; practiceMode: boolean; match: PracticeMatch | null };
  'portal/structure': PageStructure;
};

/** Asks the background for what this page needs; rejects with the background's plain-English error. */
export async function askBackground<R extends ContentToBackground>(request: R): Promise<Results[R['type']]> {
  const reply = BackgroundReply.parse(await browser.runtime.sendMessage(request));
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as Results[R['type']];
}
