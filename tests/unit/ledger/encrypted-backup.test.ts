// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, parseBackup, serialiseBackup, type LedgerData } from '../../../lib/ledger/backup';
import {
  BACKUP_TOO_LARGE_TO_ENCRYPT,
  decryptBackup,
  DEFAULT_PBKDF2_ITERATIONS,
  ENCRYPTED_TOO_LARGE,
  encryptBackup,
  MAX_ENCRYPTED_BACKUP_BYTES,
  NOT_AN_ENCRYPTED_BACKUP,
  NOT_ENCRYPTED,
  PASSPHRASE_MISSING,
  PASSPHRASE_TOO_SHORT,
  WRONG_PASSPHRASE,
} from '../../../lib/ledger/encrypted-backup';

/** Few iterations keep the suite fast; one test below runs the default. */
const FAST = 1000;
const PASSPHRASE = 'correct horse battery';
const DATA: LedgerData = {
  profile: null,
  practices: [{ id: 'p1', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' }],
  sessions: [
    {
      id: 's1',
      dateWorked: '2025-05-05',
      practiceId: 'p1',
      feePence: 30000,
      workType: 'practice',
      pensioned: true,
      notes: 'Café, £ and "quotes"',
    },
  ],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: { notifications: true },
};
const PLAIN = serialiseBackup(DATA, '2025-06-01T09:30:00.000Z');

async function encrypted(plain = PLAIN, passphrase = PASSPHRASE): Promise<string> {
  const result = await encryptBackup(plain, passphrase, FAST);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.text;
}

type EncryptedFile = {
  format: string;
  version: number;
  kdf: { iterations: number; salt: string };
  cipher: { iv: string };
  ciphertext: string;
};

/** Flips one bit of a base64 field, keeping it valid base64 of the same length. */
function flipBit(base64: string, byteIndex: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[byteIndex]! ^= 1;
  return btoa(String.fromCharCode(...bytes));
}

function edited(text: string, change: (file: EncryptedFile) => void): string {
  const file = JSON.parse(text) as EncryptedFile;
  change(file);
  return JSON.stringify(file);
}

describe('encryptBackup', () => {
  it('writes the documented format with base64 fields, a 16-byte salt and a 12-byte IV', async () => {
    const file = JSON.parse(await encrypted());
    expect(file).toEqual({
      format: 'locum-ledger-encrypted-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST, salt: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) },
      cipher: { name: 'AES-GCM', iv: expect.stringMatching(/^[A-Za-z0-9+/]{16}$/) },
      ciphertext: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
    });
    expect(file.ciphertext).not.toContain(btoa('Riverside'));
    // AES-GCM: the ciphertext is the plaintext's length plus a 16-byte tag.
    expect(atob(file.ciphertext).length).toBe(new TextEncoder().encode(PLAIN).length + 16);
  });

  it('uses a fresh salt and IV every time', async () => {
    const [a, b] = [JSON.parse(await encrypted()), JSON.parse(await encrypted())];
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses an empty, blank or short passphrase', async () => {
    expect(PASSPHRASE_TOO_SHORT).toBe('Choose a passphrase of at least 8 characters.');
    for (const passphrase of ['', '        ', 'seven77']) {
      expect(await encryptBackup(PLAIN, passphrase, FAST)).toEqual({ ok: false, problems: [PASSPHRASE_TOO_SHORT] });
    }
    expect((await encryptBackup(PLAIN, 'eight888', FAST)).ok).toBe(true);
  });

  it('counts characters, not UTF-16 units or combining accents', async () => {
    expect(await encryptBackup(PLAIN, '🔒🔒🔒🔒', FAST)).toEqual({ ok: false, problems: [PASSPHRASE_TOO_SHORT] });
    expect(await encryptBackup(PLAIN, 'e\u0301'.repeat(4), FAST)).toEqual({ ok: false, problems: [PASSPHRASE_TOO_SHORT] });
  });

  it('uses at least 310,000 PBKDF2 iterations by default, and round-trips with them', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const result = await encryptBackup(PLAIN, PASSPHRASE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(result.text).kdf.iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect(await decryptBackup(result.text, PASSPHRASE)).toEqual({ ok: true, text: PLAIN });
  }, 30_000);
});

describe('decryptBackup', () => {
  it('round-trips a backup at the size limit', async () => {
    const largest = `"${'é'.repeat((MAX_BACKUP_BYTES - 4) / 2)}"\n`;
    expect(new TextEncoder().encode(largest).length).toBe(MAX_BACKUP_BYTES - 1);
    const result = await decryptBackup(await encrypted(largest), PASSPHRASE);
    expect(result.ok && result.text === largest).toBe(true);
  }, 60_000);

  it('refuses to encrypt a backup too large to restore', async () => {
    expect(await encryptBackup(' '.repeat(MAX_BACKUP_BYTES + 1), PASSPHRASE, FAST)).toEqual({
      ok: false,
      problems: [BACKUP_TOO_LARGE_TO_ENCRYPT],
    });
    expect(BACKUP_TOO_LARGE_TO_ENCRYPT).toBe(
      'This backup is larger than 20 MB, the most Locum Ledger can restore, so it was not encrypted.',
    );
  }, 60_000);

  it('gives back the exact backup text, which restores to the same data', async () => {
    const result = await decryptBackup(await encrypted(), PASSPHRASE);
    expect(result).toEqual({ ok: true, text: PLAIN });
    expect(result.ok && parseBackup(result.text)).toEqual({ ok: true, data: DATA, exportedAt: '2025-06-01T09:30:00.000Z' });
  });

  it('reads a passphrase with accents however it was typed (NFC and NFD)', async () => {
    const file = await encrypted(PLAIN, 'crème brûlée'.normalize('NFC'));
    expect(await decryptBackup(file, 'crème brûlée'.normalize('NFD'))).toEqual({ ok: true, text: PLAIN });
  });

  it('says the passphrase is wrong or the file changed, for a wrong passphrase', async () => {
    expect(WRONG_PASSPHRASE).toBe('The passphrase is wrong, or the file was changed after it was made.');
    const file = await encrypted();
    expect(await decryptBackup(file, 'correct horse battery!')).toEqual({ ok: false, problems: [WRONG_PASSPHRASE] });
    expect(await decryptBackup(file, 'x')).toEqual({ ok: false, problems: [WRONG_PASSPHRASE] });
  });

  it('says the same for a tampered ciphertext, IV, salt or iteration count', async () => {
    const file = await encrypted();
    const tampered = [
      edited(file, (f) => (f.ciphertext = flipBit(f.ciphertext, 0))),
      edited(file, (f) => (f.ciphertext = flipBit(f.ciphertext, atob(f.ciphertext).length - 1))),
      edited(file, (f) => (f.ciphertext = btoa(atob(f.ciphertext).slice(0, -1)))),
      edited(file, (f) => (f.cipher.iv = flipBit(f.cipher.iv, 5))),
      edited(file, (f) => (f.kdf.salt = flipBit(f.kdf.salt, 15))),
      edited(file, (f) => (f.kdf.iterations += 1)),
    ];
    for (const text of tampered) expect(await decryptBackup(text, PASSPHRASE)).toEqual({ ok: false, problems: [WRONG_PASSPHRASE] });
  });

  it('asks for the passphrase when none is given', async () => {
    expect(await decryptBackup(await encrypted(), '')).toEqual({ ok: false, problems: [PASSPHRASE_MISSING] });
  });

  it('points a plain backup and other files to what they are', async () => {
    expect(await decryptBackup(PLAIN, PASSPHRASE)).toEqual({ ok: false, problems: [NOT_ENCRYPTED] });
    expect(await decryptBackup('{"format":"zip"}', PASSPHRASE)).toEqual({ ok: false, problems: [NOT_AN_ENCRYPTED_BACKUP] });
    expect(await decryptBackup('PK\u0003\u0004', PASSPHRASE)).toEqual({
      ok: false,
      problems: ['This file is not JSON, the text format Locum Ledger saves backups in, so it cannot be a Locum Ledger backup.'],
    });
  });

  it('refuses a file from a newer Locum Ledger', async () => {
    const newer = edited(await encrypted(), (f) => (f.version = 2));
    expect(await decryptBackup(newer, PASSPHRASE)).toEqual({
      ok: false,
      problems: [
        'This backup was encrypted by a newer Locum Ledger (encryption version 2; this version reads version 1). Update Locum Ledger, then open it.',
      ],
    });
  });

  it('names each broken field of a damaged file with its path', async () => {
    const damaged = edited(await encrypted(), (f) => {
      f.kdf.salt = 'AAAA';
      f.cipher.iv = 'not base64!';
      f.kdf.iterations = 50_000_000;
      f.ciphertext = f.ciphertext.slice(1);
    });
    expect(await decryptBackup(damaged, PASSPHRASE)).toEqual({
      ok: false,
      problems: [
        'kdf.iterations: expected a whole number of iterations from 1 to 10,000,000',
        'kdf.salt: expected 16 bytes written in base64',
        'cipher.iv: expected 12 bytes written in base64',
        'ciphertext: expected the encrypted backup written in base64',
      ],
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    expect(ENCRYPTED_TOO_LARGE).toBe(
      'This file is larger than 27 MB, the most an encrypted Locum Ledger backup can be, so it was not read.',
    );
    expect(await decryptBackup(' '.repeat(MAX_ENCRYPTED_BACKUP_BYTES + 1), PASSPHRASE)).toEqual({
      ok: false,
      problems: [ENCRYPTED_TOO_LARGE],
    });
  });
});
