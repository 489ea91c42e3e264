// Shared by the hostile-file fuzz tests: hostile values, mutations of valid files (their values, their text and their
// encoding), and how the dashboard reads the resulting bytes.
import fc from 'fast-check';
import { decodeText } from '../../../lib/shared/file-text';

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
export const HOSTILE_NUMBERS = [
  -1,
  -0,
  0.5,
  1.005,
  12.5,
  100,
  1e21,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  100_000_000_001,
  10_000_001,
  2 ** 31,
  366,
  367,
];

/** A hostile value of any JSON type (built fresh each time, as mutations change values in place). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, 'true', '1') },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('[]', '{}', '[null]', 'polluting')
      .map((kind) => (kind === 'polluting' ? pollutingObject() : JSON.parse(kind))),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
);

/** Where in the file a change lands, 0 to 1; unbiased, since fast-check's biased doubles land on the ends almost every time. */
const spot = fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000);

type Path = (string | number)[];

/** Every path into the value, the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      pathsOf(item, [...path, i], out);
    });
  } else if (value && typeof value === 'object')
    for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], out);
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
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('addKey' as const), pick: spot, key: fc.constantFrom(...EXTRA_KEYS), value: hostileValue }),
  },
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
      text: fc.oneof(
        fc.constantFrom(',', '"', '{', '}', '[', ']', ':', '\\', '\u0000', '\uFEFF', 'NaN', '/*', '\n'),
        fc.string({ maxLength: 8 }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: spot, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'duplicateKey' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      text: fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 200 })),
    }),
  },
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
