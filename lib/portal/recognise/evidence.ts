import * as z from 'zod/mini';
import data from './evidence-weights.json';

const Weight = z.object({ weight: z.number(), why: z.string().check(z.minLength(1)) });

const LABEL_SOURCES = [
  'label',
  'aria',
  'legend',
  'rowHeader',
  'columnHeader',
  'term',
  'preceding',
  'placeholder',
  'title',
  'tokens',
  'hint',
  'group',
  'heading',
] as const;
export const LabelSource = z.enum(LABEL_SOURCES);
export type LabelSource = z.infer<typeof LabelSource>;

const SHAPES = [
  'dateFormat',
  'monthFormat',
  'moneyFormat',
  'numberInput',
  'percentOptions',
  'monthOptions',
  'yearOptions',
  'practiceOptions',
] as const;
export type Shape = (typeof SHAPES)[number];

export const EvidenceWeights = z.object({
  about: z.string(),
  sources: z.record(LabelSource, Weight),
  bracket: Weight,
  denied: Weight,
  weakDecoy: Weight,
  options: Weight,
  match: z.object({
    exact: z.number(),
    starts: z.number(),
    contains: z.number(),
    words: z.number(),
    tokens: z.number(),
    share: z.number(),
  }),
  shapes: z.record(z.enum(SHAPES), z.object({ weights: z.record(z.string(), z.number()), why: z.string() })),
  decide: z.object({ least: z.number(), tie: z.number(), clearLead: z.number(), why: z.string() }),
});
export type EvidenceWeights = z.infer<typeof EvidenceWeights>;

/** The weights, validated when the content script loads: a bad edit fails loudly in tests, not quietly on PCSE. */
export const WEIGHTS: EvidenceWeights = EvidenceWeights.parse(data);
