// Shared by the hostile-file fuzz tests: a seeded store on fake-indexeddb, the background's real write path, hostile
// values and mutations of valid files, and the checks every outcome must pass.
import fc from 'fast-check';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { decodeText } from '../../../lib/file-text';
import { replyTo } from '../../../lib/ledger/background-router';
import { receiptsCsv, sessionsCsv, submissionsCsv } from '../../../lib/ledger/csv-export';
import { openLedger } from '../../../lib/ledger/db';
import { adviceFor, monthlyForms } from '../../../lib/ledger/forms';
import type { PageToBackground } from '../../../lib/ledger/messages';
import { locumAChoices, locumBChoices } from '../../../lib/ledger/portal-choices';
import { dueReminders } from '../../../lib/ledger/reminders';
import type { LedgerData } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { openTenWeekLimits } from '../../../lib/ledger/ten-week';
import { waitingLocumAs } from '../../../lib/ledger/waiting';

/** Fixed, so a failure prints a counterexample that the same seed reproduces. */
export const FUZZ_SEED = 20_261_121;
export const FUZZ_RUNS = 10_000;
export const TODAY = '2026-03-20';
const NOW = '2026-03-20T10:00:00.000Z';

const practice = (id: string, name: string, odsCode: string) => ({ id, name, odsCode, address: '', email: '', approverContact: '' });
const session = (id: string, practiceId: string, dateWorked: string, feePence: number, invoiceId?: string) => ({
  id,
  dateWorked,
  practiceId,
  feePence,
  workType: 'practice' as const,
  pensioned: true,
  notes: '',
  ...(invoiceId ? { invoiceId } : {}),
});

/** What the store holds before every case: one of each kind of record. */
export const SEEDED_LEDGER: LedgerData = {
  profile: { name: 'Dr Alex Morgan', sdNumber: '84123456', niNumber: 'QQ123456C', gmcNumber: '7012345', dateOfBirth: '1984-06-12', email: 'alex@example.test', otherRoles: [] },
  practices: [practice('p-riverside', 'Riverside Medical Centre', 'Y99901'), practice('p-elm', 'Elm Tree Surgery', 'Y99902')],
  sessions: [session('s-1', 'p-riverside', '2026-03-02', 110000, 'i-1'), session('s-2', 'p-riverside', '2026-03-03', 109445, 'i-1'), session('s-3', 'p-elm', '2026-03-09', 80000)],
  invoices: [{ id: 'i-1', practiceId: 'p-riverside', reference: 'INV-0302', sessionIds: ['s-1', 's-2'], sentOn: '2026-03-04', paidOn: '2026-03-10' }],
  submissions: [{ id: 'sub-1', kind: 'A', month: '2026-03', invoiceId: 'i-1', status: 'submitted', filled: { fee: '2194.45' }, formReference: 'LA-000123', amounts: { box1: 219445 }, createdAt: NOW, updatedAt: NOW, submittedAt: NOW }],
  receipts: [{ id: 'r-1', reference: 'LA-000123', amountPence: 219445, date: '2026-03-20', source: 'page', submissionId: 'sub-1', evidence: 'Locum A form submitted' }],
  settings: { notifications: true, chosenRates: { '2025-26': 12.5 } },
  portalMappings: [{ id: 'm-1', pageKind: 'locumAForm', fingerprint: { id: 'txtFee', name: 'fee', label: 'Total fee (£)' }, concept: 'fee', createdAt: NOW }],
  practiceInvoices: [{ id: 'pi-1', locumName: 'Dr Sam Jones', gmcNumber: '7000001', firstDay: '2026-03-02', lastDay: '2026-03-03', feePence: 50000, reference: 'SJ-1' }],
};

/** A different valid ledger: the file that the mutations start from, so a restore that is accepted shows as a change. */
export const FILE_LEDGER: LedgerData = {
  profile: { name: 'Dr Jo Bloggs', sdNumber: 'SD 12345678', niNumber: 'QQ654321A', gmcNumber: '7654321', email: '', otherRoles: [{ description: 'Salaried GP', pensionablePayPence: 4_000_000, fullYear: true }] },
  practices: [practice('f-castle', 'Castle Street Health Centre', 'Y99903'), practice('f-nhse', 'NHS England (appraisal work)', 'X24')],
  sessions: [
    session('f-s1', 'f-castle', '2025-05-06', 85000, 'f-i1'),
    session('f-s2', 'f-castle', '2025-05-07', 85000, 'f-i1'),
    { ...session('f-s3', 'f-nhse', '2025-06-02', 50000, 'f-i2'), workType: 'appraisal' },
    { ...session('f-s4', 'f-castle', '2025-06-10', 30000), workType: 'ooh', pensioned: false, notes: 'Café, "quotes"; £ and =SUM(A1)' },
  ],
  invoices: [
    { id: 'f-i1', practiceId: 'f-castle', reference: 'JB-2025-05', sessionIds: ['f-s1', 'f-s2'], paidOn: '2025-05-30' },
    { id: 'f-i2', practiceId: 'f-nhse', reference: '', sessionIds: ['f-s3'], paidOn: '2025-06-20' },
  ],
  submissions: [
    { id: 'f-sub1', kind: 'A', month: '2025-05', invoiceId: 'f-i1', status: 'approved', filled: {}, formReference: 'LA-000042', amounts: { box1: 170000, box2: 153000 }, createdAt: NOW, updatedAt: NOW },
    { id: 'f-sub2', kind: 'B', month: '2025-05', status: 'paid', filled: {}, paymentReference: '12345678LOCMAY2025-01', amounts: {}, ratePercent: 12.5, createdAt: NOW, updatedAt: NOW },
  ],
  receipts: [{ id: 'f-r1', reference: 'LA-000042', amountPence: 0, date: '2025-06-01', source: 'manual', submissionId: 'f-sub1' }],
  settings: { notifications: false, lastBackupAt: NOW, practiceMode: true },
  portalMappings: [{ id: 'f-m1', pageKind: 'locumBForm', fingerprint: { id: '', name: 'tier', label: 'Tier' }, concept: 'tier', createdAt: NOW }],
  practiceInvoices: [],
};

/** Arrays in id order, keys sorted and optional stores filled in, so two ledgers compare by content, not by the order things were read. */
export function canonical(data: LedgerData): string {
  const byId = <T extends { id: string }>(records: T[] | undefined) => [...(records ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keysInOrder = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;
  return JSON.stringify({
    profile: data.profile ?? null,
    practices: byId(data.practices),
    sessions: byId(data.sessions),
    invoices: byId(data.invoices),
    submissions: byId(data.submissions),
    receipts: byId(data.receipts),
    settings: data.settings,
    portalMappings: byId(data.portalMappings),
    practiceInvoices: byId(data.practiceInvoices),
  }, keysInOrder);
}

/**
 * One LedgerStore on fake-indexeddb, seeded with SEEDED_LEDGER and reused by every case. Requests go through the
 * background's own entry point (`replyTo`: Zod validation, then the store), exactly as the dashboard's `ask` reaches it.
 */
export async function seededStore() {
  const db = await openLedger(`fuzz-${crypto.randomUUID()}`);
  const store = new LedgerStore(db, () => NOW);
  await store.replaceAll(SEEDED_LEDGER);
  const seeded = canonical(await store.read());
  let requests = 0;
  let written = false;
  return {
    store,
    seeded,
    /** How many write requests reached the background. */
    requests: () => requests,
    async send(request: PageToBackground) {
      requests += 1;
      written = true;
      return replyTo(Promise.resolve(store), request);
    },
    read: () => store.read(),
    /** Every case starts from the seed, even after a case that wrote and then failed part-way (as fast-check shrinks it). */
    async startCase() {
      if (written) await store.replaceAll(SEEDED_LEDGER);
      written = false;
    },
    /**
     * Every refused case checks that no request reached the store; reading the whole store back after each one would
     * triple the run time, so every `every`th refused case also compares the store with the seed.
     */
    async expectUnchanged(requestsBefore: number, refusedSoFar: number, every = 250) {
      expect(requests).toBe(requestsBefore);
      if (refusedSoFar % every === 0) expect(canonical(await store.read())).toBe(seeded);
    },
    close: () => db.close(),
  };
}

const JARGON = [/\bundefined\b/, /\bnull\b/, /\[object /, /\bNaN\b/, /invalid_(type|value|union|format)/, /\bat .+:\d+:\d+/, /SyntaxError|TypeError|RangeError/, /Unexpected token/, /\bZod\b/i];
/** Long enough for a path and a reason; a message that quotes a whole hostile cell back is not a clear one. */
const MAX_MESSAGE = 400;

/** The messages that are not a clear, plain-English error: empty, too long, or in a program's words rather than a person's. */
export function unclearMessages(messages: string[]): string[] {
  return messages.filter((message) => {
    if (typeof message !== 'string' || message.trim().length < 8 || message.length > MAX_MESSAGE) return true;
    // Bidirectional overrides and other invisible characters would garble the message around them.
    if (/[\p{Cc}\p{Cf}]/u.test(message.replace(/\n/g, ''))) return true;
    // What the file itself says is quoted, and may be anything; the words around it are ours and must be plain.
    const ours = message.replace(/"[^"]*"/g, '""');
    if (!/[A-Za-z]{2,}(?: [A-Za-z]{2,})/.test(ours)) return true;
    return JARGON.some((pattern) => pattern.test(ours));
  });
}

/** Every cell of an export that a spreadsheet would run as a formula (OWASP "CSV injection"). */
function unguardedFormulae(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
}

/**
 * Everything the popup, dashboard and background compute from the ledger: none of it may fail on an accepted file,
 * and no exported cell may start a formula, whatever the file put in the ledger.
 */
export function everyView(ledger: LedgerData): void {
  monthlyForms(ledger, TODAY);
  adviceFor(ledger, TODAY);
  dueReminders(ledger, TODAY);
  openTenWeekLimits(ledger, TODAY);
  waitingLocumAs(ledger);
  locumAChoices(ledger, TODAY);
  locumBChoices(ledger, TODAY);
  for (const csv of [sessionsCsv(ledger), submissionsCsv(ledger), receiptsCsv(ledger)]) expect(unguardedFormulae(csv)).toEqual([]);
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
/** Nothing in a file may reach Object.prototype (prototype pollution). */
export function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(OBJECT_PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** An own property, even one named __proto__, as JSON.parse makes it. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const pollutingObject = () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;

/** Dates that are wrong, or valid but outside anything the rules know (before April 2015, far in the future). */
export const HOSTILE_DATES = [
  '2025-02-29',
  '2024-02-30',
  '2025-13-01',
  '2025-00-10',
  '2025-5-5',
  '31/12/2025',
  '05/13/2025',
  '2025-05-05T25:61:00Z',
  'not a date',
  '',
  '2010-05-05',
  '2015-03-31',
  '2027-04-01',
  '2099-01-01',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2024-02-29',
];
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(61),
  'x'.repeat(3000),
  '=HYPERLINK("http://evil.example","Click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u202Egnp.exe',
  '\uFEFF',
  'A\u0000B',
  '\uD800',
  '😀👨‍⚕️',
  'Ｙ９９９０１',
  'e\u0301',
  'İı',
  'NaN',
  'Infinity',
  '1e309',
  '0x10',
  '12.5',
  'no-such-id',
  'p-riverside',
  ...HOSTILE_DATES,
];
export const HOSTILE_NUMBERS = [-1, -0, 0.5, 1.005, 12.5, 100, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 100_000_000_001, 10_000_001, 2 ** 31, 366, 367];

/** A hostile value of any JSON type (built fresh each time, as mutations change values in place). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, 'true', '1') },
  { weight: 1, arbitrary: fc.constantFrom('[]', '{}', '[null]', 'polluting').map((kind) => (kind === 'polluting' ? pollutingObject() : JSON.parse(kind))) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
);

/** Where in the file a change lands, 0 to 1; unbiased, since fast-check's biased doubles land on the ends almost every time. */
const spot = fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000);

type Path = (string | number)[];

/** Every path into the value, the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'extra', '', '💥', 'format', 'id'];

/** One change to a parsed file; `pick` (0 to 1) chooses where, so a shrunk counterexample stays readable. */
export type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'addKey'; pick: number; key: string; value: unknown }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'empty'; pick: number }
  | { kind: 'sameKind'; pick: number; choice: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), pick: spot, value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: spot }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addKey' as const), pick: spot, key: fc.constantFrom(...EXTRA_KEYS), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: spot }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty' as const), pick: spot }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('sameKind' as const), pick: spot, choice: spot }),
  },
);

const ISO_DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
/** A value of the same kind as the one it replaces, so the file still looks right and only the value is wrong. */
function sameKind(value: unknown, choice: number): unknown {
  const from = <T>(pool: readonly T[]) => pool[Math.min(pool.length - 1, Math.floor(choice * pool.length))]!;
  if (typeof value === 'string') return from(ISO_DATE_LIKE.test(value) ? HOSTILE_DATES : HOSTILE_STRINGS);
  if (typeof value === 'number') return from(HOSTILE_NUMBERS);
  if (typeof value === 'boolean') return from([!value, 'true', 1, null]);
  return from(['[]', '{}', 'null']);
}

const isLeaf = (value: unknown) => value === null || typeof value !== 'object';

/** Applies the mutations to a copy of `valid`; the result may be any JSON value. */
export function mutate(valid: unknown, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(valid);
  for (const change of mutations) {
    const all = pathsOf(root);
    const leaves = change.kind === 'sameKind' ? all.filter((path) => isLeaf(at(root, path))) : all;
    const paths = leaves.length > 0 ? leaves : all;
    const path = paths[Math.min(paths.length - 1, Math.floor(change.pick * paths.length))]!;
    const parent = path.length === 0 ? undefined : (at(root, path.slice(0, -1)) as Record<string | number, unknown>);
    const key = path[path.length - 1]!;
    const value = at(root, path);
    if (change.kind === 'set') {
      const fresh = structuredClone(change.value);
      if (parent) setOwn(parent, String(key), fresh);
      else root = fresh;
    } else if (change.kind === 'delete' && parent) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (change.kind === 'addKey' && value && typeof value === 'object' && !Array.isArray(value)) {
      setOwn(value as Record<string, unknown>, change.key, structuredClone(change.value));
    } else if (change.kind === 'duplicate' && Array.isArray(value) && value.length > 0) {
      value.push(structuredClone(value[0]));
    } else if (change.kind === 'duplicate' && Array.isArray(parent)) {
      parent.push(structuredClone(value));
    } else if (change.kind === 'sameKind') {
      if (parent) setOwn(parent, String(key), sameKind(value, change.choice));
    } else if (change.kind === 'empty' && value && typeof value === 'object') {
      if (parent) setOwn(parent, String(key), Array.isArray(value) ? [] : {});
      else root = Array.isArray(value) ? [] : {};
    }
  }
  return root;
}

/** Changes to the file's text, after the JSON is written. */
export type TextChange =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicateKey' }
  | { kind: 'replace'; text: string };

export const textChange: fc.Arbitrary<TextChange> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: spot }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: spot,
      text: fc.oneof(fc.constantFrom(',', '"', '{', '}', '[', ']', ':', '\\', '\u0000', '\uFEFF', 'NaN', '/*', '\n'), fc.string({ maxLength: 8 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: spot, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'duplicateKey' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), text: fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 200 })) }) },
);

export function changeText(text: string, change: TextChange): string {
  const index = 'at' in change ? Math.floor(change.at * text.length) : 0;
  switch (change.kind) {
    case 'none':
      return text;
    case 'truncate':
      return text.slice(0, index);
    case 'insert':
      return text.slice(0, index) + change.text + text.slice(index);
    case 'delete':
      return text.slice(0, index) + text.slice(index + change.length);
    case 'duplicateKey':
      // JSON.parse keeps the last of two equal keys: a file can say one thing at the top and another further on.
      return text.replace(/^\s*\{/, '{"format": "something-else",');
    case 'replace':
      return change.text;
  }
}

/** How the text becomes bytes on disk: mostly UTF-8, sometimes what Notepad or Excel would write, or noise. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'utf-16be-bom' | 'windows-1252' | 'noise';
export const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('utf-8' as const) },
  { weight: 1, arbitrary: fc.constantFrom<Encoding>('utf-8-bom', 'utf-16le-bom', 'utf-16le', 'utf-16be-bom', 'windows-1252', 'noise') },
);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

const WINDOWS_1252: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => WINDOWS_1252[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

export function encode(text: string, how: Encoding, noise: number): Uint8Array {
  switch (how) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le-bom':
      return utf16(text, true, true);
    case 'utf-16le':
      return utf16(text, true, false);
    case 'utf-16be-bom':
      return utf16(text, false, true);
    case 'windows-1252':
      return windows1252(text);
    case 'noise': {
      // Part of the file replaced by random bytes, as a wrong file type or a corrupted download would be.
      const bytes = new TextEncoder().encode(text);
      let state = noise >>> 0 || 1;
      const from = state % Math.max(1, bytes.length);
      for (let i = from; i < bytes.length; i++) {
        state = (state * 1_103_515_245 + 12_345) >>> 0;
        bytes[i] = state >>> 24;
      }
      return bytes;
    }
  }
}

/** What the dashboard's file reading gives the importer for these bytes (lib/file-text.ts). */
export const asRead = (bytes: Uint8Array) => decodeText(bytes);

/** A mutated JSON file: changes to the parsed value, then to its text, then its encoding. */
export type JsonCase = { mutations: Mutation[]; text: TextChange; encoding: Encoding; noise: number };
export const jsonCase: fc.Arbitrary<JsonCase> = fc.record({
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  text: textChange,
  encoding,
  noise: fc.nat(),
});

/** The bytes of a JSON case, made from a valid value. */
export function jsonCaseBytes(valid: unknown, testCase: JsonCase): Uint8Array {
  const json = JSON.stringify(mutate(valid, testCase.mutations), null, 2) ?? '';
  return encode(changeText(json, testCase.text), testCase.encoding, testCase.noise);
}

/** Tallies for the report: how many cases were run and how many the importer refused. */
export function tally() {
  const counts = { run: 0, refused: 0, accepted: 0 };
  return {
    counts,
    refused: () => {
      counts.run += 1;
      counts.refused += 1;
    },
    accepted: () => {
      counts.run += 1;
      counts.accepted += 1;
    },
    report: (name: string, started: number) =>
      console.log(`${name}: ${counts.run} cases, ${counts.refused} refused, ${counts.accepted} accepted as valid, ${((performance.now() - started) / 1000).toFixed(1)} s`),
  };
}
