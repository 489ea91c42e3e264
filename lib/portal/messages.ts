import * as z from 'zod/mini';
import { Pence, ReviewedLocumA, type Finding } from '../pension';
import { FieldFingerprint, Id, PageKindAnswer } from '../shared/records';
import { PageKind } from './recognise/concepts';
import { PageStructure } from './structure/schema';
import type { FillValues } from './fill/values';

const Text = (max: number) => z.string().check(z.maxLength(max));

export const ConfirmationMessage = z.object({
  kind: z.nullable(z.enum(['A', 'B'])),
  formReference: z.optional(Text(60)),
  paymentReference: z.optional(Text(60)),
  bacsReference: z.optional(Text(60)),
  amountPence: z.optional(Pence),
  evidence: Text(20_000),
  /** Typed by the user from a confirmation page the assistant could not read. */
  manual: z.optional(z.boolean()),
});

export const ListStatusMessage = z.object({
  reference: Text(60),
  status: z.enum(['drafted', 'submitted', 'approved', 'rejected', 'paid']),
  rawStatus: Text(200),
  reason: z.optional(Text(500)),
});

const FormPage = z.enum(['locumAForm', 'locumBForm']);

/**
 * Requests from the PCSE content script to the background. A page context only ever gets what its page needs: the
 * choices for one form, its taught fields, the checks for one Locum A. Never the ledger.
 */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('portal/form-choices'), page: FormPage }),
  z.object({ type: z.literal('portal/teach'), pageKind: PageKind, fingerprint: FieldFingerprint, concept: Text(60) }),
  z.object({ type: z.literal('portal/forget'), ids: z.array(Id).check(z.maxLength(200)) }),
  z.object({ type: z.literal('portal/filled'), page: FormPage, key: Text(64), filled: z.record(Text(80), Text(200)) }),
  z.object({ type: z.literal('portal/confirmation'), confirmation: ConfirmationMessage, pageUrl: Text(2000) }),
  z.object({ type: z.literal('portal/statuses'), statuses: z.array(ListStatusMessage).check(z.maxLength(1000)) }),
  z.object({ type: z.literal('portal/review'), locumA: ReviewedLocumA, organisationText: z.optional(Text(300)) }),
  z.object({ type: z.literal('portal/structure'), structure: PageStructure }),
  // The user's answers to "What is this page?", read once before the page is first detected.
  z.object({ type: z.literal('portal/page-kind-answers') }),
  // The background stamps when it was answered, with its own clock (a test build's moved "today").
  z.object({ type: z.literal('portal/save-page-kind-answer'), answer: z.omit(PageKindAnswer, { answeredAt: true }) }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** One ledger entry the panel offers to fill a page with: a Locum A's invoice, or a Locum B's month. */
export type FormChoice = { key: string; label: string; submitted?: string; draftedAt?: string; fill: FillValues; findings: Finding[] };
