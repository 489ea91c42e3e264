import * as z from 'zod/mini';
import { PageKind } from '../detect/page-kind';

/**
 * A PCSE page's structure without its data (issue "Learning the real portal"): what a locum may share so the project
 * can rebuild the page as a replica variant. Texts are labels, legends, hints, headings and button words only, each
 * scrubbed of anything that looks like personal data or a figure; never a value typed or shown on the page.
 */
export const STRUCTURE_FORMAT = 'locum-ledger-page-structure';
export const STRUCTURE_VERSION = 1;

const Text = z.string().check(z.maxLength(500));
const Index = z.int().check(z.minimum(0), z.maximum(10_000));

/** Where a control sits: its fieldset (by index into `fieldsets`), its table, row and column. */
const Position = z.object({
  fieldset: z.optional(Index),
  table: z.optional(Index),
  row: z.optional(Index),
  column: z.optional(Index),
});

export const StructureControl = z.object({
  tag: z.enum(['input', 'select', 'textarea', 'output']),
  type: z.optional(z.string().check(z.maxLength(30))),
  id: z.optional(Text),
  name: z.optional(Text),
  label: z.optional(Text),
  hint: z.optional(Text),
  placeholder: z.optional(Text),
  ariaLabel: z.optional(Text),
  ariaLabelledBy: z.optional(Text),
  ariaDescribedBy: z.optional(Text),
  /** A select's option texts, in order. */
  options: z.optional(z.array(Text).check(z.maxLength(400))),
  readOnly: z.optional(z.boolean()),
  position: Position,
  /** What the assistant took it for: a concept id, or "ambiguous" / "unknown". */
  recognised: z.optional(z.string().check(z.maxLength(60))),
});
export type StructureControl = z.infer<typeof StructureControl>;

export const PageStructure = z.object({
  format: z.literal(STRUCTURE_FORMAT),
  version: z.literal(STRUCTURE_VERSION),
  /** The URL path, query values dropped (names kept: `?variant=`). */
  path: z.string().check(z.maxLength(2000)),
  pageKind: PageKind,
  headings: z.array(Text).check(z.maxLength(50)),
  fieldsets: z.array(z.object({ legend: Text, parent: z.optional(Index) })).check(z.maxLength(500)),
  /** Each table's column headers, and each row's header cell ('' for none), by row index as in `position.row`. */
  tables: z.array(z.object({ headers: z.array(Text), rowHeaders: z.array(Text) })).check(z.maxLength(100)),
  controls: z.array(StructureControl).check(z.maxLength(2000)),
  /** Texts of buttons and links inside forms. */
  buttons: z.array(Text).check(z.maxLength(200)),
  links: z.array(Text).check(z.maxLength(200)),
  taught: z.array(z.object({ id: Text, name: Text, label: Text, concept: z.string().check(z.maxLength(60)) })).check(z.maxLength(200)),
});
export type PageStructure = z.infer<typeof PageStructure>;

/** A structure file as text, checked whole: the first problem is named with its path, so a maintainer can fix it. */
export function parseStructure(text: string): { ok: true; structure: PageStructure } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a page-structure file: it is not JSON.' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== STRUCTURE_FORMAT)
    return { ok: false, error: `This is not a page-structure file: "format" should be "${STRUCTURE_FORMAT}".` };
  const parsed = PageStructure.safeParse(json);
  if (parsed.success) return { ok: true, structure: parsed.data };
  const [issue] = parsed.error.issues;
  return { ok: false, error: `The page-structure file is not valid at ${issue!.path.join('.') || '(top)'}: ${issue!.message}.` };
}
