// @vitest-environment node
// Hostile files: 10,000 malformed backups, made by mutating a valid one, restored as the dashboard restores them.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../lib/ledger/backup';
import { readBackupText } from '../../../lib/ledger/restore';
import { asRead, jsonCase, jsonCaseBytes } from './fuzz-mutations';
import {
  canonical,
  everyView,
  expectNoPollution,
  FILE_LEDGER,
  FUZZ_RUNS,
  FUZZ_SEED,
  seededStore,
  tally,
  unclearMessages,
} from './fuzz-store';

let fuzz: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  fuzz = await seededStore();
});
afterAll(() => fuzz.close());

const VALID = createBackup(FILE_LEDGER, '2026-03-01T09:00:00.000Z');

describe('restoring a hostile backup file', () => {
  it('refuses every malformed file with a clear error, writes nothing, and an accepted one lands whole', async () => {
    const started = performance.now();
    const counts = tally();
    await fc.assert(
      fc.asyncProperty(jsonCase, async (testCase) => {
        await fuzz.startCase();
        const text = asRead(jsonCaseBytes(VALID, testCase));
        const requestsBefore = fuzz.requests();
        // BackupPanel.importBackup: read the file, then write only what readBackupText accepted.
        const result = await readBackupText(text, '');
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(unclearMessages(result.problems)).toEqual([]);
          counts.refused();
          await fuzz.expectUnchanged(requestsBefore, counts.counts.refused);
        } else {
          const reply = await fuzz.send({ type: 'ledger/replace', data: result.data });
          const after = await fuzz.read();
          if (reply.ok) {
            expect(canonical(after)).toBe(canonical(result.data));
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
    counts.report('backup', started);
    counts.expectWholeRun(fuzz.requests());
  }, 300_000);
});
