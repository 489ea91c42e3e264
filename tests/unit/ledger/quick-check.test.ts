// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickCheck } from '../../../lib/ledger/quick-check';
import { Invoice, Practice, PracticeInvoice, Profile, Receipt, Session, Settings, Submission } from '../../../lib/ledger/schemas';
import { PortalMapping } from '../../../lib/shared/records';
import { EnteredRateTable } from '../../../lib/pension';
import { oneOfEach } from '../../fixtures/ledger-records';

/** Other suites running alongside can slow property runs past Vitest's 5-second default. */
const PROPERTY_TIMEOUT = 60_000;

const SCHEMAS = {
  practices: Practice,
  sessions: Session,
  invoices: Invoice,
  submissions: Submission,
  receipts: Receipt,
  portalMappings: PortalMapping,
  practiceInvoices: PracticeInvoice,
  profile: Profile,
  settings: Settings,
  rateTables: EnteredRateTable,
};

/** Values that sit on the edges Zod draws: wrong types, NaN and infinities, fractions, empty and over-long text. */
const awkward = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -1,
    1.5,
    0,
    '',
    'x'.repeat(3000),
    '😀'.repeat(60),
    '2026-02-30',
    '2026-02-28',
    '0026-11-22',
    '0026-11',
    null,
    undefined,
    [],
    {},
    'practice',
    'A',
    12.5,
  ),
);

/** A valid record with one field (maybe nested) replaced, removed, or a stranger field added. */
function damaged(record: object) {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      paths.push([...path, key]);
      walk(inner, [...path, key]);
    }
  };
  walk(record, []);
  return fc.tuple(fc.constantFrom(...paths), fc.oneof(awkward, fc.constant('remove')), fc.boolean()).map(([path, replacement, extra]) => {
    const copy = structuredClone(record) as Record<string, unknown>;
    let parent: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (replacement === 'remove') delete parent[last];
    else parent[last] = replacement;
    if (extra) copy.addedByANewerVersion = true;
    return copy;
  });
}

describe('the quick check of a record', () => {
  for (const [store, schema] of Object.entries(SCHEMAS)) {
    const check = quickCheck(schema);
    const valid = oneOfEach[store as keyof typeof oneOfEach];

    it(
      `accepts exactly what Zod accepts for ${store}`,
      () => {
        expect(check(valid)).toBe(true);
        fc.assert(
          fc.property(fc.oneof(damaged(valid), awkward), (value) => {
            expect(check(value)).toBe(schema.safeParse(value).success);
          }),
          { numRuns: 600 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  it('rejects the damage a record suffers in practice', () => {
    const session = quickCheck(Session);
    expect(session({ ...oneOfEach.sessions, feePence: '£850.00' })).toBe(false);
    expect(session({ ...oneOfEach.sessions, dateWorked: '31/10/2026' })).toBe(false);
    expect(session({ ...oneOfEach.sessions, dateWorked: '0026-11-22' })).toBe(false);
    expect(session({ ...oneOfEach.sessions, workType: 'locum' })).toBe(false);
    expect(session({ ...oneOfEach.sessions, id: '' })).toBe(false);
    expect(session(null)).toBe(false);
    expect(session({ ...oneOfEach.sessions, notes: 'a'.repeat(2001) })).toBe(false);
    expect(quickCheck(Submission)({ ...oneOfEach.submissions, amounts: { box1: -1 } })).toBe(false);
    expect(quickCheck(Profile)({ ...oneOfEach.profile, otherRoles: [{ ...oneOfEach.profile.otherRoles[0], days: 400 }] })).toBe(false);
  });
});
