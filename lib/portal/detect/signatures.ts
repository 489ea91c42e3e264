import * as z from 'zod/mini';
import data from './page-signatures.json';
import { PageKind } from '../recognise/concepts';

export const PageSignature = z.object({
  kind: PageKind,
  title: z.string(),
  headings: z.array(z.string().check(z.minLength(1))),
  urlHints: z.array(z.string()),
  concepts: z.optional(z.array(z.string())),
  columns: z.optional(z.array(z.string())),
  buttons: z.optional(z.array(z.string())),
  /** Concepts a filled form must have: missing from the page, they are reported as not found. */
  expect: z.optional(z.array(z.string())),
  note: z.string(),
});
export type PageSignature = z.infer<typeof PageSignature>;

export const SIGNATURES = z.object({ signatures: z.array(PageSignature) }).parse(data).signatures;
