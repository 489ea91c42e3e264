// @vitest-environment node
// Hostile files: 10,000 malformed encrypted backups, restored with a passphrase as the dashboard restores them.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackup, ENCRYPTED_NOT_PLAIN } from '../../../lib/ledger/backup';
import { encryptBackup, WRONG_PASSPHRASE } from '../../../lib/ledger/encrypted-backup';
import { readBackupText } from '../../../lib/ledger/restore';
import { asRead, changeText, encode, jsonCase, jsonCaseBytes, mutate, type JsonCase } from './fuzz-mutations';
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

const PASSPHRASE = 'Café crème, 2 sugars';
/** One iteration keeps 10,000 decryptions quick; the iteration count is the file's own, so this changes nothing else. */
const ITERATIONS = 1;
const PLAIN = createBackup(FILE_LEDGER, '2026-03-01T09:00:00.000Z');

let fuzz: Awaited<ReturnType<typeof seededStore>>;
let encryptedFile: unknown;
beforeAll(async () => {
  // The same salt and IV every run, so a mutation lands on the same bytes and a failure reproduces from its seed.
  let next = 0;
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
    if (array instanceof Uint8Array) for (let i = 0; i < array.length; i++) array[i] = next++ & 0xff;
    return array;
  });
  fuzz = await seededStore();
  const made = await encryptBackup(JSON.stringify(PLAIN), PASSPHRASE, ITERATIONS);
  if (!made.ok) throw new Error(made.problems.join(' '));
  encryptedFile = JSON.parse(made.text);
});
afterAll(() => {
  fuzz.close();
  vi.restoreAllMocks();
});

/** What the user types: mostly the right passphrase, sometimes not, and once in another Unicode form of the same text. */
const passphrase = fc.oneof(
  { weight: 8, arbitrary: fc.constant(PASSPHRASE) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      `${PASSPHRASE} `,
      PASSPHRASE.toUpperCase(),
      PASSPHRASE.normalize('NFD'),
      'correct horse battery staple',
    ),
  },
);

type EncryptedCase =
  | { kind: 'file'; change: JsonCase; passphrase: string }
  | { kind: 'inside'; change: JsonCase; passphrase: string }
  | { kind: 'flip'; field: 'ciphertext' | 'iv' | 'salt'; byte: number; bit: number; passphrase: string };

const encryptedCase: fc.Arbitrary<EncryptedCase> = fc.oneof(
  // The encrypted file's own JSON mutated: its header, KDF parameters, IV, ciphertext.
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('file' as const), change: jsonCase, passphrase }) },
  // A malformed backup encrypted properly: it decrypts, and must then be refused like a plain one.
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('inside' as const), change: jsonCase, passphrase }) },
  // One bit changed in a valid file: AES-GCM's tag must catch it.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      field: fc.constantFrom('ciphertext' as const, 'iv' as const, 'salt' as const),
      byte: fc.nat(),
      bit: fc.nat({ max: 7 }),
      passphrase,
    }),
  },
);

function flipBit(base64: string, byte: number, bit: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[byte % bytes.length]! ^= 1 << bit;
  return btoa(String.fromCharCode(...bytes));
}

async function caseText(testCase: EncryptedCase): Promise<string> {
  if (testCase.kind === 'file') return asRead(jsonCaseBytes(encryptedFile, testCase.change));
  if (testCase.kind === 'flip') {
    const file = structuredClone(encryptedFile) as { kdf: { salt: string }; cipher: { iv: string }; ciphertext: string };
    if (testCase.field === 'ciphertext') file.ciphertext = flipBit(file.ciphertext, testCase.byte, testCase.bit);
    else if (testCase.field === 'iv') file.cipher.iv = flipBit(file.cipher.iv, testCase.byte, testCase.bit);
    else file.kdf.salt = flipBit(file.kdf.salt, testCase.byte, testCase.bit);
    return JSON.stringify(file);
  }
  const { change } = testCase;
  const inside = asRead(
    encode(changeText(JSON.stringify(mutate(PLAIN, change.mutations)) ?? '', change.text), change.encoding, change.noise),
  );
  const made = await encryptBackup(inside, PASSPHRASE, ITERATIONS);
  if (!made.ok) throw new Error(made.problems.join(' '));
  return made.text;
}

describe('restoring a hostile encrypted backup file', () => {
  it('refuses every malformed or tampered file with a clear error, writes nothing, and an accepted one lands whole', async () => {
    const started = performance.now();
    const counts = tally();
    let tamperedRefused = 0;
    await fc.assert(
      fc.asyncProperty(encryptedCase, async (testCase) => {
        await fuzz.startCase();
        const text = await caseText(testCase);
        const requestsBefore = fuzz.requests();
        const result = await readBackupText(text, testCase.passphrase);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(unclearMessages(result.problems)).toEqual([]);
          counts.refused();
          await fuzz.expectUnchanged(requestsBefore, counts.counts.refused);
          if (testCase.kind === 'flip') {
            expect(result.problems).toEqual([testCase.passphrase === '' ? ENCRYPTED_NOT_PLAIN : WRONG_PASSPHRASE]);
            tamperedRefused += 1;
          }
        } else {
          expect(testCase.kind, 'a tampered file must never decrypt').not.toBe('flip');
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
    counts.report(`encrypted backup (${tamperedRefused} with one bit changed)`, started);
    counts.expectWholeRun(fuzz.requests());
    expect(tamperedRefused).toBeGreaterThan(500);
  }, 300_000);
});
