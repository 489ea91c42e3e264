import type { PageKind } from '../recognise/concepts';
import { collectControls, isReadOnly, textOf, type Control } from '../recognise/controls';
import { ariaTexts, labelIndex, type LabelIndex } from '../recognise/labels';
import type { Recognition } from '../recognise/recognise';
import type { TaughtMapping } from '../recognise/teach';
import { squash } from '../recognise/text';
import { STRUCTURE_FORMAT, STRUCTURE_VERSION, type PageStructure, type StructureControl } from './schema';

type Scrub = (text: string) => string;

function textsOf(doc: Document, ids: string | null): string {
  return squash(
    (ids ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => textOf(doc.getElementById(id)))
      .join(' '),
  );
}

/** A table's own rows, not those of tables inside it, in order: what `position.row` counts. */
function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr, :scope > tr')];
}

function positionOf(control: Control, fieldsets: Element[], tables: Element[]): StructureControl['position'] {
  const fieldset = control.closest('fieldset');
  const table = control.closest('table');
  const row = control.closest('tr');
  const cell = control.closest('td, th');
  return {
    ...(fieldset ? { fieldset: fieldsets.indexOf(fieldset) } : {}),
    ...(table ? { table: tables.indexOf(table) } : {}),
    ...(table && row ? { row: rowsOf(table).indexOf(row) } : {}),
    ...(row && cell ? { column: [...row.children].indexOf(cell) } : {}),
  };
}

function recognisedAs(control: Control, recognitions: Recognition[]): string | undefined {
  const r = recognitions.find((each) => each.field.controls.includes(control));
  if (!r) return undefined;
  return r.status === 'matched' ? r.concept!.id : r.status;
}

/** Every property of a control except what it holds: value, checked state and selection are never read. */
function describeControl(
  control: Control,
  doc: Document,
  context: { fieldsets: Element[]; tables: Element[]; recognitions: Recognition[]; labels: LabelIndex; scrub: Scrub },
): StructureControl {
  const { scrub } = context;
  const optional = (key: string, text: string | undefined) => (text ? { [key]: scrub(squash(text)).slice(0, 500) } : {});
  const type = control instanceof HTMLInputElement ? control.type : undefined;
  const recognised = recognisedAs(control, context.recognitions);
  return {
    tag: control.tagName.toLowerCase() as StructureControl['tag'],
    ...(type ? { type } : {}),
    ...optional('id', control.id),
    ...optional('name', control.getAttribute('name') ?? undefined),
    ...optional('label', context.labels(control)[0]),
    ...optional('hint', textsOf(doc, control.getAttribute('aria-describedby'))),
    ...optional('placeholder', control.getAttribute('placeholder') ?? undefined),
    ...optional('ariaLabel', control.getAttribute('aria-label') ?? undefined),
    ...optional('ariaLabelledBy', ariaTexts(control).filter((t) => t !== control.getAttribute('aria-label'))[0]),
    ...(control instanceof HTMLSelectElement
      ? { options: [...control.options].map((option) => scrub(squash(option.text)).slice(0, 500)) }
      : {}),
    ...(isReadOnly(control) ? { readOnly: true } : {}),
    position: positionOf(control, context.fieldsets, context.tables),
    ...(recognised ? { recognised } : {}),
  };
}

/** A table's column headers, and each row's header cell ('' for none), indexed like a control's `position.row`. */
function tableOf(table: Element, scrub: Scrub): PageStructure['tables'][number] {
  const headRow = table.querySelector(':scope > thead > tr');
  return {
    headers: [...(headRow?.children ?? [])].map((cell) => scrub(textOf(cell))),
    rowHeaders: rowsOf(table).map((row) => scrub(textOf(row.querySelector(':scope > th')))),
  };
}

/**
 * The page's structure, for "Copy page structure": headings, fieldsets, tables, each control in document order with its
 * labels and place, and the words on the forms' buttons and links, every text passed through `scrub`. Values are never
 * read: not an input's value, a box's tick, nor text shown outside labels, headings and legends.
 */
export function extractStructure(
  doc: Document,
  url: string,
  kind: PageKind,
  recognitions: Recognition[],
  mappings: TaughtMapping[],
  scrub: Scrub,
): PageStructure {
  const fieldsets = [...doc.querySelectorAll('fieldset')].filter((f) => !f.closest('[data-locum-ledger]'));
  const tables = [...doc.querySelectorAll('table')].filter((t) => !t.closest('[data-locum-ledger]'));
  const forms = [...doc.querySelectorAll('form')];
  const labels = labelIndex();
  const inForms = (selector: string) => forms.flatMap((form) => [...form.querySelectorAll<HTMLElement>(selector)]);
  const { pathname, searchParams } = new URL(url);
  const query = [...searchParams.keys()].map((key) => `${key}=`).join('&');
  return {
    format: STRUCTURE_FORMAT,
    version: STRUCTURE_VERSION,
    path: scrub(pathname) + (query ? `?${query}` : ''),
    pageKind: kind,
    headings: [...doc.querySelectorAll('h1, h2, h3')]
      .filter((h) => !h.closest('[data-locum-ledger]'))
      .map((h) => scrub(textOf(h)))
      .filter(Boolean),
    fieldsets: fieldsets.map((fieldset) => {
      const parent = fieldset.parentElement?.closest('fieldset');
      return { legend: scrub(textOf(fieldset.querySelector(':scope > legend'))), ...(parent ? { parent: fieldsets.indexOf(parent) } : {}) };
    }),
    tables: tables.map((table) => tableOf(table, scrub)),
    controls: collectControls(doc).map((control) => describeControl(control, doc, { fieldsets, tables, recognitions, labels, scrub })),
    buttons: inForms('button, input[type=submit], input[type=button]')
      .map((b) => scrub(b instanceof HTMLInputElement ? b.value : textOf(b)))
      .filter(Boolean),
    links: inForms('a')
      .map((a) => scrub(textOf(a)))
      .filter(Boolean),
    taught: mappings
      .filter((m) => m.pageKind === kind)
      .map((m) => ({
        id: scrub(m.fingerprint.id),
        name: scrub(m.fingerprint.name),
        label: scrub(m.fingerprint.label),
        concept: m.concept,
      })),
  };
}
