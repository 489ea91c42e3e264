import * as z from 'zod/mini';
import data from './page-signatures.json';
import { PageKind } from '../recognise/concepts';

const Weights = z.record(z.string(), z.number());

export const PageSignature = z.object({
  kind: PageKind,
  title: z.string(),
  headings: z.array(z.string().check(z.minLength(1))),
  urlHints: z.array(z.string()),
  /** Concepts whose fields count for this kind, each with its weight. */
  concepts: z.optional(Weights),
  /** Table column headers that count for it. */
  columns: z.optional(Weights),
  /** Button texts that count for it. */
  buttons: z.optional(Weights),
  /** Which cue words name it: the form it is about, its stage, and stages that name another kind. */
  naming: z.optional(z.object({ subject: z.optional(z.string()), stages: z.array(z.string()), against: z.optional(z.array(z.string())) })),
  /** What the page shows (content-evidence.ts), weighted; `maxControls`: more fillable controls than this and it shows nothing. */
  content: z.optional(
    z.object({
      formReference: z.optional(z.number()),
      paymentReference: z.optional(z.number()),
      submitted: z.optional(z.number()),
      amount: z.optional(z.number()),
      manyReferences: z.optional(z.number()),
      maxControls: z.number(),
    }),
  ),
  /** A form is a page of fields: without a control to fill it is not one, whatever its heading says. */
  needsControls: z.optional(z.boolean()),
  /** Taken without asking only when some field is recognised as one of its concepts: a heading alone does not make a form. */
  needsConcepts: z.optional(z.boolean()),
  /** One of the kinds "What is this page?" offers. */
  asks: z.optional(z.boolean()),
  /** Concepts a filled form must have: missing from the page, they are reported as not found. */
  expect: z.optional(z.array(z.string())),
  note: z.string(),
});
export type PageSignature = z.infer<typeof PageSignature>;

const EvidenceWeights = z.object({
  heading: z.number(),
  title: z.number(),
  breadcrumb: z.number(),
  subheading: z.number(),
  concept: z.number(),
  button: z.number(),
  column: z.number(),
  content: z.number(),
  url: z.number(),
});

const SignaturesFile = z.object({
  weights: EvidenceWeights,
  /** Words that name a form or a stage, matched as whole words. */
  cues: z.record(z.string(), z.array(z.string().check(z.minLength(1)))),
  /** A kind is taken when it scores at least `least` and leads the next kind by `lead`; fields are read until one kind's concepts weigh `conceptsEnough`. */
  decide: z.object({ least: z.number(), lead: z.number(), conceptsEnough: z.number() }),
  signatures: z.array(PageSignature),
});

const FILE = SignaturesFile.check(
  z.refine(
    (file) =>
      file.signatures.every((s) =>
        [s.naming?.subject, ...(s.naming?.stages ?? []), ...(s.naming?.against ?? [])].every((cue) => !cue || cue in file.cues),
      ),
    'every cue a signature names is in cues',
  ),
).parse(data);
export const SIGNATURES = FILE.signatures;
export const EVIDENCE_WEIGHTS = FILE.weights;
export const DECIDE = FILE.decide;
export const CUES = FILE.cues;
