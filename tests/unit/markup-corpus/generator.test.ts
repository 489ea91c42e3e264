import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTS, generateCorpus } from '../../fixtures/markup-corpus/generate';
import { CorpusPage } from '../../fixtures/markup-corpus/key';
import { SYSTEMS } from '../../fixtures/markup-corpus/systems';
import { TUNING_SEED, tuningCorpus, tuningPhrasebook } from '../../fixtures/markup-corpus/tuning';

const pages = tuningCorpus();
const book = tuningPhrasebook();
const conceptIds = new Set(Object.keys(book.fields));

/** The roots a selector may search: the document, or an open shadow root written as declarative shadow DOM. */
function resolve(doc: Document, selector: string): Element[] {
  const [host, inner] = selector.split(' >>> ');
  if (inner === undefined) return [...doc.querySelectorAll(selector)];
  const hosts = [...doc.querySelectorAll(host ?? '')];
  return hosts.flatMap((h) => {
    const root = h.shadowRoot ?? h.querySelector('template[shadowrootmode]');
    const scope = root instanceof HTMLTemplateElement ? root.content : root;
    return scope ? [...scope.querySelectorAll(inner)] : [];
  });
}

/** Every visible form control, including those in declarative shadow roots. */
function visibleControls(doc: Document): Element[] {
  const query = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';
  const inTemplates = [...doc.querySelectorAll('template')].flatMap((t) => [...t.content.querySelectorAll(query)]);
  return [...doc.querySelectorAll(query), ...inTemplates];
}

/** Parsed without its stylesheet links (happy-dom would try to fetch them). */
const parse = (html: string) => new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/g, ''), 'text/html');

describe('the markup corpus generator', { timeout: 60_000 }, () => {
  it('is deterministic for a seed', () => {
    const again = generateCorpus({ seed: TUNING_SEED, phrasebook: book });
    expect(again).toEqual(pages);
  });

  it('makes the default number of pages of each kind', () => {
    for (const [kind, count] of Object.entries(DEFAULT_COUNTS)) expect(pages.filter((p) => p.kind === kind)).toHaveLength(count);
  });

  it('gives every page a key that parses, and unique ids', () => {
    for (const page of pages) expect(() => CorpusPage.parse(page), page.id).not.toThrow();
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
  });

  it('has selectors that each match exactly one element, and covers every visible control', () => {
    for (const page of pages) {
      const doc = parse(page.html);
      const matched = new Set<Element>();
      for (const control of page.controls) {
        const found = resolve(doc, control.selector);
        expect(found, `${page.id}: ${control.selector}`).toHaveLength(1);
        matched.add(found[0] as Element);
      }
      const missing = visibleControls(doc).filter((el) => !matched.has(el));
      expect(
        missing.map((el) => el.outerHTML.slice(0, 120)),
        page.id,
      ).toEqual([]);
    }
  });

  it('speaks only in the phrasebook concept ids', () => {
    for (const page of pages) {
      for (const c of page.controls) if (c.role === 'concept') expect(conceptIds.has(c.concept), `${page.id} ${c.concept}`).toBe(true);
      for (const key of Object.keys(page.values?.values ?? {})) expect(conceptIds.has(key), `${page.id} ${key}`).toBe(true);
    }
  });

  it('expects options that the select or radio has', () => {
    for (const page of pages) {
      const doc = parse(page.html);
      for (const c of page.controls) {
        if (!('expect' in c) || c.expect?.type !== 'option') continue;
        const el = resolve(doc, c.selector)[0];
        const values =
          el instanceof HTMLSelectElement
            ? [...el.options].map((o) => o.value)
            : [
                ...((el?.getRootNode() as ParentNode | undefined) ?? doc).querySelectorAll(
                  `input[type=radio][name="${el?.getAttribute('name')}"]`,
                ),
              ].map((r) => r.getAttribute('value'));
        expect(values, `${page.id} ${c.selector}`).toContain(c.expect.value);
      }
    }
  });

  it('shows every kind in every family of systems when the kind has enough pages', () => {
    const families = new Set(SYSTEMS.map((s) => s.family));
    const familyOf = (system: string) => SYSTEMS.find((s) => s.kit.system === system)?.family;
    for (const [kind, count] of Object.entries(DEFAULT_COUNTS)) {
      if (count < families.size) continue;
      const seen = new Set(pages.filter((p) => p.kind === kind).map((p) => familyOf(p.system)));
      expect([...seen].sort(), kind).toEqual([...families].sort());
    }
    // And every system renders at least one page.
    for (const s of SYSTEMS)
      expect(
        pages.some((p) => p.system === s.kit.system),
        s.kit.system,
      ).toBe(true);
  });

  it('carries no hint of the key in the markup', () => {
    const lower = new Set([...conceptIds].map((c) => c.toLowerCase()));
    for (const page of pages) {
      const doc = parse(page.html);
      const elements = [
        ...doc.querySelectorAll('*'),
        ...[...doc.querySelectorAll('template')].flatMap((t) => [...t.content.querySelectorAll('*')]),
      ];
      for (const el of elements)
        for (const attr of el.attributes) {
          if (attr.name.startsWith('data-')) {
            expect(lower.has(attr.value.toLowerCase()), `${page.id}: ${attr.name}="${attr.value}"`).toBe(false);
            expect(
              [...lower].some((c) => attr.name.toLowerCase().includes(c.toLowerCase())),
              `${page.id}: ${attr.name}`,
            ).toBe(false);
          }
          if (attr.name === 'id' || attr.name === 'name')
            expect(lower.has(attr.value.toLowerCase()), `${page.id}: ${attr.name}="${attr.value}"`).toBe(false);
        }
      expect(page.html).not.toMatch(/answer|concept|decoy/i);
    }
  });

  it('gives different pages for different seeds', () => {
    const other = generateCorpus({ seed: TUNING_SEED + 1, phrasebook: book });
    expect(other.map((p) => p.html)).not.toEqual(pages.map((p) => p.html));
  });
});
