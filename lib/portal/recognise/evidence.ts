import * as z from 'zod/mini';
import data from './evidence-weights.json';

const Weight = z.object({ weight: z.number(), why: z.string().check(z.minLength(1)) });

/** The sources that name a field itself (a label, its aria name, a legend or header over it alone, or the text just before it when it has none of those); any other text near it only describes or titles it. */
export const NAME_SOURCES: ReadonlySet<string> = new Set(['label', 'aria', 'legend', 'rowHeader', 'columnHeader', 'term', 'preceding']);

const LABEL_SOURCES = [
  'label',
  'aria',
  'legend',
  'rowHeader',
  'columnHeader',
  'term',
  'preceding',
  'caption',
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
  boxLetter: Weight,
  options: Weight,
  match: z.object({
    exact: z.number(),
    starts: z.number(),
    contains: z.number(),
    words: z.number(),
    tokens: z.number(),
    share: z.number(),
  }),
  /** `alone`: the shape recognises a box whose name says nothing of the concept (a list of practices is one). */
  shapes: z.record(
    z.enum(SHAPES),
    z.object({ weights: z.record(z.string(), z.number()), alone: z.optional(z.boolean()), why: z.string() }),
  ),
  decide: z.object({ least: z.number(), tie: z.number(), clearLead: z.number(), clearRatio: z.number(), why: z.string() }),
});
export type EvidenceWeights = z.infer<typeof EvidenceWeights>;

/** The weights, validated when the content script loads: a bad edit fails loudly in tests, not quietly on PCSE. */
export const WEIGHTS: EvidenceWeights = EvidenceWeights.parse(data);
