// @vitest-environment node
// Hostile files: 10,000 malformed portal profiles, imported as the dashboard's Settings imports them.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalMapping } from '../../../lib/shared/records';
import { parsePortalProfile, toPortalProfile } from '../../../lib/portal/recognise/portal-profile';
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

const MAPPINGS: PortalMapping[] = [
  {
    id: 'c-1',
    pageKind: 'locumAForm',
    fingerprint: { id: 'ctl00_txtFee', name: 'ctl00$txtFee', label: 'Total fee (£)' },
    concept: 'fee',
    createdAt: '2026-03-01T09:00:00.000Z',
  },
  {
    id: 'c-2',
    pageKind: 'locumAForm',
    fingerprint: { id: '', name: 'paid', label: 'Date paid' },
    concept: 'datePaid',
    createdAt: '2026-03-01T09:00:00.000Z',
  },
  {
    id: 'c-3',
    pageKind: 'locumBForm',
    fingerprint: { id: 'tier', name: '', label: 'Tier – “rate”' },
    concept: 'tier',
    createdAt: '2026-03-02T09:00:00.000Z',
  },
];
const VALID = toPortalProfile(MAPPINGS, [], new Date('2026-03-05T12:00:00.000Z'));

let fuzz: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  fuzz = await seededStore();
});
afterAll(() => fuzz.close());

describe('importing a hostile portal profile', () => {
  it('refuses every malformed file with one clear error, writes nothing, and an accepted one replaces only the taught fields', async () => {
    const started = performance.now();
    const counts = tally();
    await fc.assert(
      fc.asyncProperty(jsonCase, async (testCase) => {
        await fuzz.startCase();
        const text = asRead(jsonCaseBytes(VALID, testCase));
        const requestsBefore = fuzz.requests();
        // PortalProfilePanel.importProfile: parse, then replace the taught fields only with what was accepted.
        const parsed = parsePortalProfile(text);
        if (!parsed.ok) {
          expect(unclearMessages([parsed.error])).toEqual([]);
          counts.refused();
          await fuzz.expectUnchanged(requestsBefore, counts.counts.refused);
        } else {
          const reply = await fuzz.send({ type: 'portal-profile/import', mappings: parsed.mappings, answers: parsed.answers });
          const after = await fuzz.read();
          if (reply.ok) {
            expect(canonical(after)).toBe(canonical({ ...SEEDED_LEDGER, portalMappings: parsed.mappings, settings: after.settings }));
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
    counts.report('portal profile', started);
    counts.expectWholeRun(fuzz.requests());
  }, 300_000);
});
