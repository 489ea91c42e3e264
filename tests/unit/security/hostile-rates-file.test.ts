// @vitest-environment node
// Hostile files: 10,000 malformed rates files, imported as the Rates page imports them.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRatesFile, serialiseRatesFile } from '../../../lib/ledger/rates-file';
import type { EnteredRateTable } from '../../../lib/pension';
import { asRead, jsonCase, jsonCaseBytes } from './fuzz-mutations';
import {
  canonical,
  everyView,
  expectNoPollution,
  FUZZ_RUNS,
  FUZZ_SEED,
  seededStore,
  SEEDED_LEDGER,
  tally,
  unclearMessages,
} from './fuzz-store';

/** A correction of the seeded 2026/27 table and a new 2027/28 one, so an accepted file both replaces and adds. */
const TABLES: EnteredRateTable[] = [
  {
    schemeYear: '2026/27',
    bandTopsPounds: [13_451, 27_702, 33_753, 50_654, 65_005],
    ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
    employerRatePercent: 20.6,
    source: 'NHSBSA tier table, corrected – “as published”',
    enteredAt: '2026-04-02T09:00:00.000Z',
  },
  {
    schemeYear: '2027/28',
    bandTopsPounds: [13_650, 28_100, 34_250, 51_400, 65_900],
    ratesPercent: [5.1, 6.5, 8.3, 9.8, 10.7, 12.5],
    employerRatePercent: 23.7,
    source: 'https://www.nhsbsa.nhs.uk/member-hub/how-much-you-pay',
    enteredAt: '2027-04-02T09:00:00.000Z',
    replacesConfirmed: true,
  },
];
const VALID = JSON.parse(serialiseRatesFile(TABLES, '2027-04-10T12:00:00.000Z'));

/** The seeded tables with each imported one in place of the table of its year. */
function merged(imported: EnteredRateTable[]): EnteredRateTable[] {
  const years = new Set(imported.map((table) => table.schemeYear));
  return [...(SEEDED_LEDGER.rateTables ?? []).filter((table) => !years.has(table.schemeYear)), ...imported];
}

let fuzz: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  fuzz = await seededStore();
});
afterAll(() => fuzz.close());

describe('importing a hostile rates file', () => {
  it('refuses every malformed file with one clear reason and writes nothing; an accepted one lands exactly, merged by scheme year', async () => {
    const started = performance.now();
    const counts = tally();
    const seededYears = new Set((SEEDED_LEDGER.rateTables ?? []).map((table) => table.schemeYear));
    await fc.assert(
      fc.asyncProperty(jsonCase, async (testCase) => {
        await fuzz.startCase();
        const text = asRead(jsonCaseBytes(VALID, testCase));
        const requestsBefore = fuzz.requests();
        // The Rates page: parse, then import only what was accepted.
        const parsed = parseRatesFile(text);
        if (!parsed.ok) {
          expect(unclearMessages([parsed.problem])).toEqual([]);
          counts.refused();
          await fuzz.expectUnchanged(requestsBefore, counts.counts.refused);
        } else {
          const reply = await fuzz.send({ type: 'rate-tables/import', tables: parsed.tables });
          const after = await fuzz.read();
          if (reply.ok) {
            const replaced = parsed.tables.filter((table) => seededYears.has(table.schemeYear)).length;
            expect(reply.result).toEqual({ added: parsed.tables.length - replaced, replaced });
            expect(canonical(after)).toBe(canonical({ ...SEEDED_LEDGER, rateTables: merged(parsed.tables), settings: after.settings }));
            everyView(after);
          } else {
            expect(unclearMessages([reply.error])).toEqual([]);
            expect(canonical(after)).toBe(fuzz.seeded);
          }
          counts.accepted();
        }
        expectNoPollution();
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
    counts.report('rates file', started);
    counts.expectWholeRun(fuzz.requests());
  }, 300_000);
});
