import { CONCEPT_BY_ID, type Concept, type PageKind } from '../recognise/concepts';
import type { PageField } from '../recognise/fields';
import { readPage, type PageReading } from '../recognise/page-fields';
import type { Recognition } from '../recognise/recognise';
import { SIGNATURES } from '../detect/signatures';
import type { TaughtMapping } from '../recognise/teach';
import type { FieldResult, FillReport, FillValues, RowTarget } from './values';
import { FORM_REFERENCE } from '../read/confirmation';
import { findAddAnother } from './add-rows';
import { fillField } from './fill-field';
import { takesWholePounds, WHOLE_POUNDS_NOTE } from './whole-pounds';
import { holds, readField } from './field-values';
import { displayValue, ukDate } from './formats';
import { dispatch, pageHandlerMs, press } from './page-handlers';
import { setChecked } from './set-value';

export type FillOptions = { mappings?: TaughtMapping[]; tick?: () => Promise<void> };

/** One macrotask: what frameworks and the portal's own scripts need to react to input (anchors.md §2.2 step 4). */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const MAX_ADDED_ROWS = 50;

function valueAt(values: FillValues['values'], concept: Concept, index: number): string | undefined {
  const value = values[concept.id];
  return Array.isArray(value) ? value[index] : index === 0 ? value : undefined;
}

/** The ledger's other values a select may list the field's value by (concepts.json alsoShown). */
function alsoShown(values: FillValues['values'], concept: Concept): string[] {
  return (concept.alsoShown ?? []).map((id) => values[id]).filter((value): value is string => typeof value === 'string' && value !== '');
}

/** Why a field could not take the ledger's value: a whole-pounds box and an amount with pence, or no matching choice. */
function cannotHold(field: PageField, concept: Concept): string {
  const [control] = field.controls;
  return concept.kind === 'money' && control && takesWholePounds(control) ? WHOLE_POUNDS_NOTE : 'The page offers no choice that matches.';
}

function nameOf(r: Recognition): string {
  if (r.concept && r.status === 'matched')
    return `${r.concept.name}${r.concept.repeated && r.concept.kind !== 'rowCheckbox' ? ` (row ${r.index + 1})` : ''}`;
  const { fingerprint } = r.field;
  return fingerprint.label || fingerprint.name || fingerprint.id || 'A field with no label';
}

/**
 * Presses the page's "Add another" once for each missing period row, then reads the page again after one tick; a page
 * that adds rows late gets a couple more tries. It stops when the button is gone or pressing it adds nothing.
 */
async function ensureRows(
  doc: Document,
  kind: PageKind,
  needed: number,
  options: FillOptions,
  tick: () => Promise<void>,
): Promise<PageReading> {
  let reading = readPage(doc, kind, options.mappings);
  let recognitions = reading.recognitions;
  const rows = () => recognitions.filter((r) => r.status === 'matched' && r.concept?.id === 'periodFirstDay').length;
  for (let attempt = 0; attempt < 3 && rows() < needed; attempt++) {
    const before = rows();
    const button = findAddAnother(doc);
    // No row recognised at all: pressing "Add another" would only add blank rows nobody can fill.
    if (!button || before === 0) break;
    for (let missing = Math.min(needed - before, MAX_ADDED_ROWS); missing > 0; missing--) press(button);
    await tick();
    reading = readPage(doc, kind, options.mappings);
    recognitions = reading.recognitions;
    if (rows() === before) break;
  }
  return reading;
}

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(text);
}

/** A Locum A row: by its PCSE reference as a whole word, else (no reference on the page) by practice code and first day. */
function rowMatches(field: PageField, target: RowTarget): boolean {
  const text = field.rowText?.() ?? '';
  if (target.reference && hasWord(text, target.reference)) return true;
  return hasWord(text, target.odsCode) && hasWord(text, ukDate(target.firstDay)) && !(target.reference && FORM_REFERENCE.test(text));
}

/** The month a Locum B is for, as its rows' report lines name it: "March 2026's Locum B". */
function locumBOf(values: FillValues['values']): string {
  const month = values.formMonth;
  return typeof month === 'string' && month ? `${displayValue('month', month)}'s Locum B` : "this month's Locum B";
}

function selectRows(rowFields: Recognition[], targets: RowTarget[], locumB: string): FieldResult[] {
  const results: FieldResult[] = [];
  for (const target of targets) {
    const row = rowFields.find((r) => rowMatches(r.field, target));
    const control = row?.field.controls[0] as HTMLInputElement | undefined;
    if (!control) results.push({ status: 'not-found', name: target.label, note: 'No row for it on the page: is it approved yet?' });
    else if (control.disabled)
      results.push({ status: 'disabled', name: target.label, note: 'The portal will not let it be chosen yet (awaiting approval?).' });
    else {
      setChecked(control, true);
      results.push({ status: control.checked ? 'filled' : 'not-filled', name: target.label, conceptId: 'includeLocumA' });
    }
  }
  for (const r of rowFields) {
    const control = r.field.controls[0] as HTMLInputElement;
    if (targets.some((target) => rowMatches(r.field, target))) continue;
    const name = r.field.rowText?.().slice(0, 60) || 'A Locum A row';
    results.push(
      control.checked
        ? { status: 'differs', name, note: 'Ticked on the page, but not part of this month in your ledger.' }
        : { status: 'left-alone', name, note: `Not in ${locumB}.`, conceptId: 'includeLocumA' },
    );
  }
  return results;
}

function describeOthers(recognitions: Recognition[]): FieldResult[] {
  return recognitions.flatMap((r): FieldResult[] => {
    if (r.status === 'unknown' && r.looksLike)
      return [{ status: 'left-alone', name: nameOf(r), note: `Left alone: looks like ${r.looksLike} (not the ledger's).` }];
    if (r.status === 'unknown' && r.misfit)
      return [
        { status: 'left-alone', name: nameOf(r), note: `Left alone: it names ${r.misfit.name}, which a box like this does not hold.` },
      ];
    if (r.status === 'unknown' && r.outranked)
      return [
        { status: 'unknown', name: nameOf(r), note: `Looks a little like ${r.outranked.name}, but another field is that: left alone.` },
      ];
    if (r.status === 'unknown')
      return [{ status: 'unknown', name: nameOf(r), note: 'Not recognised, so left alone. Teach it if the ledger knows this value.' }];
    if (r.status === 'ambiguous')
      return [
        {
          status: 'ambiguous',
          name: nameOf(r),
          note: `Could be ${[r.concept!, ...r.rivals]
            .map((c) => c.name)
            .filter((n, i, all) => all.indexOf(n) === i)
            .join(' or ')}: left empty rather than guessed.`,
        },
      ];
    if (r.concept?.fill === 'user')
      return [
        {
          status: 'yours',
          name: nameOf(r),
          note: r.concept.kind === 'checkbox' ? 'For you to tick.' : 'Yours to fill: the ledger does not keep it.',
        },
      ];
    return [];
  });
}

/**
 * Fills a Locum A or B page from the ledger's values, then verifies every field, repairing once if the page changed a
 * value. It never presses Submit and never ticks a declaration; portal-calculated boxes are read and compared.
 */
export async function fillPage(doc: Document, kind: PageKind, input: FillValues, options: FillOptions = {}): Promise<FillReport> {
  const started = performance.now();
  const pageBefore = pageHandlerMs();
  let waited = 0;
  const tick = async () => {
    const before = performance.now();
    await (options.tick ?? nextTick)();
    waited += performance.now() - before;
  };
  const periods = Array.isArray(input.values.periodFirstDay) ? input.values.periodFirstDay.length : 0;
  const { recognitions, stale } = await ensureRows(doc, kind, periods, options, tick);
  const matched = recognitions.filter((r) => r.status === 'matched' && r.concept?.fill !== 'user' && r.concept!.kind !== 'rowCheckbox');
  const results = new Map<Recognition, FieldResult>();
  const toVerify: { r: Recognition; value: string }[] = [];
  for (const r of matched) {
    const concept = r.concept!;
    const value = valueAt(input.values, concept, r.index);
    const name = nameOf(r);
    if (value === undefined || value === '') {
      const left = readField(r.field).replace(/\//g, '').trim();
      if (!concept.repeated)
        results.set(r, { status: 'not-filled', name, note: 'Your ledger has no value for it.', conceptId: concept.id });
      else if (!left || r.field.readOnly)
        results.set(r, { status: 'left-alone', name, note: 'Left empty: your ledger has no value for it.', conceptId: concept.id });
      else
        results.set(r, {
          status: 'differs',
          name,
          actual: readField(r.field),
          note: 'Holds a value your ledger does not have: clear it if it does not belong.',
          conceptId: concept.id,
        });
      continue;
    }
    const expected = displayValue(concept.kind, value);
    if (r.field.readOnly) toVerify.push({ r, value });
    else if (r.field.disabled) results.set(r, { status: 'disabled', name, expected, conceptId: concept.id });
    else if (!fillField(r.field, concept, value, alsoShown(input.values, concept)))
      results.set(r, { status: 'not-filled', name, expected, note: cannotHold(r.field, concept), conceptId: concept.id });
    else toVerify.push({ r, value });
  }
  const rowResults = selectRows(
    recognitions.filter((r) => r.status === 'matched' && r.concept?.kind === 'rowCheckbox'),
    input.rows ?? [],
    locumBOf(input.values),
  );
  await tick();
  // A press outside the fields: how the page's datepickers and menus, opened by our focus events, know to close.
  if (doc.body) dispatch(doc.body, new MouseEvent('mousedown', { bubbles: true }));
  for (const { r, value } of toVerify) {
    const also = alsoShown(input.values, r.concept!);
    if (!r.field.readOnly && !holds(r.field, r.concept!, value, also)) fillField(r.field, r.concept!, value, also);
  }
  await tick();
  const filled: Record<string, string> = {};
  for (const { r, value } of toVerify) {
    const ok = holds(r.field, r.concept!, value, alsoShown(input.values, r.concept!));
    const expected = displayValue(r.concept!.kind, value);
    const actual = readField(r.field);
    if (!r.field.readOnly && ok) filled[`${r.concept!.id}${r.concept!.repeated ? `.${r.index}` : ''}`] = actual;
    const status = r.field.readOnly ? (ok ? 'matches' : 'differs') : ok ? 'filled' : 'not-filled';
    const note =
      status === 'differs'
        ? `The portal shows ${actual || 'nothing'}; the rules give ${expected}.`
        : status === 'not-filled'
          ? `The page changed it to “${actual}”.`
          : undefined;
    results.set(r, { status, name: nameOf(r), expected, actual, conceptId: r.concept!.id, ...(note ? { note } : {}) });
  }
  const present = new Set(recognitions.filter((r) => r.status !== 'unknown').flatMap((r) => [r.concept!.id, ...r.rivals.map((c) => c.id)]));
  const missing = (SIGNATURES.find((s) => s.kind === kind)?.expect ?? [])
    .filter((id) => !present.has(id) && input.values[id] !== undefined)
    .map((id): FieldResult => ({ status: 'not-found', name: CONCEPT_BY_ID.get(id)?.name ?? id, note: 'Not found on this page.' }));
  const extraPeriods = Array.from(
    { length: Math.max(0, periods - recognitions.filter((r) => r.status === 'matched' && r.concept?.id === 'periodFirstDay').length) },
    (_, i): FieldResult => ({
      status: 'not-found',
      name: `Period ${periods - i}`,
      note: 'The page has no room for it: PCSE may need a second Locum A or a supplementary form.',
    }),
  ).reverse();
  const ordered = recognitions.flatMap((r) => results.get(r) ?? []);
  const totalMs = performance.now() - started;
  const pageMs = pageHandlerMs() - pageBefore;
  return {
    results: [...ordered, ...rowResults, ...extraPeriods, ...missing, ...describeOthers(recognitions)],
    filled,
    staleMappings: stale.map((m) => m.id),
    timing: { totalMs, scriptMs: totalMs - waited - pageMs, pageMs },
  };
}
