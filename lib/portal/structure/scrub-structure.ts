import type { PageStructure } from './schema';

/** Applies `scrub` to every text in a structure; the format, kind, positions and concept ids are not texts. */
export function scrubStructure(structure: PageStructure, scrub: (text: string) => string): PageStructure {
  const texts = <T extends Record<string, unknown>>(record: T, keys: (keyof T)[]): T =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [
        key,
        keys.includes(key as keyof T) && typeof value === 'string' ? scrub(value) : value,
      ]),
    ) as T;
  return {
    ...structure,
    path: scrub(structure.path),
    headings: structure.headings.map(scrub),
    fieldsets: structure.fieldsets.map((f) => ({ ...f, legend: scrub(f.legend) })),
    tables: structure.tables.map((t) => ({ headers: t.headers.map(scrub), rowHeaders: t.rowHeaders.map(scrub) })),
    controls: structure.controls.map((c) => ({
      ...texts(c, ['id', 'name', 'label', 'hint', 'placeholder', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy']),
      ...(c.options ? { options: c.options.map(scrub) } : {}),
    })),
    buttons: structure.buttons.map(scrub),
    links: structure.links.map(scrub),
    taught: structure.taught.map((t) => texts(t, ['id', 'name', 'label'])),
  };
}
