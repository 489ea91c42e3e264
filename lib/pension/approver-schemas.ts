import * as z from 'zod/mini';
import { IsoDate, Pence } from './schemas';

const Text = (max: number) => z.string().check(z.maxLength(max));

/**
 * A Locum A as a practice approver sees it on PCSE Online: the figures exactly as shown, so they can be checked, not as
 * they should be. Not validated as a correct Locum A: checking it is the point.
 */
export const ReviewedLocumA = z.object({
  reference: z.optional(Text(60)),
  locumName: z.optional(Text(200)),
  gmcNumber: z.optional(Text(30)),
  practiceText: Text(300),
  odsCode: z.optional(Text(20)),
  /** In the order shown; a period ending before it starts is kept so the check can say so. */
  periods: z.array(z.object({ from: IsoDate, to: IsoDate })).check(z.maxLength(100)),
  feePence: Pence,
  /** Absent when the page does not show it: the checks that need it say so rather than the whole check failing. */
  pensionablePence: z.optional(Pence),
  employerPence: z.optional(Pence),
  paidOn: z.optional(IsoDate),
});
export type ReviewedLocumA = z.infer<typeof ReviewedLocumA>;

/** What the approver's check needs besides the form: today, and the organisation selected on PCSE Online as its header shows it. */
export type ReviewContext = { today: string; organisationText?: string };

/** The practice's own record of a locum's invoice: only what matching it against a Locum A reads. */
export const PracticeInvoiceInput = z.object({
  locumName: z.string(),
  gmcNumber: z.string(),
  firstDay: IsoDate,
  lastDay: IsoDate,
  feePence: Pence,
});
export type PracticeInvoiceInput = z.infer<typeof PracticeInvoiceInput>;

/** The invoice that best matches a Locum A and each difference from it in plain English, the Locum A's figure first. */
export type PracticeMatch<Invoice extends PracticeInvoiceInput = PracticeInvoiceInput> = { invoice: Invoice; differences: string[] };
