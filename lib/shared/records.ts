import * as z from 'zod/mini';

/**
 * The small record shapes both the ledger (which stores them) and the page library (which sends and uses them) speak.
 * They live here, below both, so neither imports the other; lib/ledger/schemas.ts re-exports them with its records.
 */
export const Id = z.string().check(z.minLength(1), z.maxLength(64));
export const Timestamp = z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'expected a date and time'));
export const Text = (max: number) => z.string().check(z.maxLength(max, `at most ${max} characters`));

export const SubmissionStatus = z.enum(['drafted', 'submitted', 'approved', 'rejected', 'paid']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** What identifies a page field the user taught: if any part changes, the mapping is dropped rather than misfill (anchors.md §2.1). */
export const FieldFingerprint = z.object({ id: Text(200), name: Text(200), label: Text(300) });
export type FieldFingerprint = z.infer<typeof FieldFingerprint>;

/** A field the user taught the portal assistant: on this kind of page, the field with this fingerprint holds this concept. */
export const PortalMapping = z.object({
  id: Id,
  pageKind: Text(40).check(z.minLength(1)),
  fingerprint: FieldFingerprint,
  concept: Text(60).check(z.minLength(1)),
  createdAt: Timestamp,
});
export type PortalMapping = z.infer<typeof PortalMapping>;

/** The answers "What is this page?" offers (a confirmation is a Locum A's or a Locum B's, told apart by what it shows). */
export const AnsweredKind = z.enum(['locumAForm', 'locumBForm', 'locumAConfirmation', 'locumBConfirmation', 'approvalReview', 'none']);

/** A user's answer to "What is this page?", kept against the page's structure fingerprint and used on the next visit. */
export const PageKindAnswer = z.object({
  fingerprint: Text(64).check(z.minLength(1)),
  kind: AnsweredKind,
  /** The page's heading when answered, so a list of answers says which page each one was. */
  heading: Text(300),
  answeredAt: Timestamp,
});
export type PageKindAnswer = z.infer<typeof PageKindAnswer>;
