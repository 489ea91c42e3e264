// @vitest-environment node
// Oversized files are refused before they are read or parsed, by the dashboard's file reading and by each importer.
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeText, readFileText } from '../../../lib/shared/file-text';
import { MAX_BACKUP_BYTES, parseBackup, serialiseBackup, TOO_LARGE, type LedgerData } from '../../../lib/ledger/backup';
import { CSV_TOO_LARGE, MAX_CSV_BYTES, readCsv } from '../../../lib/ledger/csv-read';
import { decryptBackup, ENCRYPTED_TOO_LARGE, encryptBackup, MAX_ENCRYPTED_BACKUP_BYTES } from '../../../lib/ledger/encrypted-backup';
import { BACKUP_FILE_TOO_LARGE, MAX_BACKUP_FILE_BYTES, readBackupText } from '../../../lib/ledger/restore';
import { MAX_PORTAL_PROFILE_BYTES, parsePortalProfile, PROFILE_TOO_LARGE } from '../../../lib/portal/recognise/portal-profile';
import { MAX_RATES_FILE_BYTES, parseRatesFile, RATES_FILE_TOO_LARGE } from '../../../lib/ledger/rates-file';

afterEach(() => vi.restoreAllMocks());

/** A chosen file of the given size whose contents must never be asked for. */
function untouchableFile(size: number) {
  const read = vi.fn(() => Promise.reject(new Error('the file was read')));
  return { file: { size, arrayBuffer: read, text: read, stream: read, bytes: read } as unknown as Blob, read };
}

describe("the dashboard's file reading", () => {
  it.each([
    ['a backup', MAX_BACKUP_FILE_BYTES, BACKUP_FILE_TOO_LARGE],
    ['a CSV', MAX_CSV_BYTES, CSV_TOO_LARGE],
    ['a portal profile', MAX_PORTAL_PROFILE_BYTES, PROFILE_TOO_LARGE],
    ['a rates file', MAX_RATES_FILE_BYTES, RATES_FILE_TOO_LARGE],
  ])('refuses %s file over its cap by its size, without reading a byte of it', async (_kind, cap, message) => {
    const { file, read } = untouchableFile(cap + 1);
    expect(await readFileText(file, cap, message)).toEqual({ ok: false, problem: message });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a file at its cap', async () => {
    const file = new Blob(['a'.repeat(1024)]);
    expect(await readFileText(file, 1024, 'too large')).toEqual({ ok: true, text: 'a'.repeat(1024) });
  });

  it('decodes UTF-8 with or without its mark, UTF-16 by its mark, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa3, 0x35]))).toBe('£5');
    expect(decodeText(new TextEncoder().encode('Café £5'))).toBe('Café £5');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xa3, 0x00, 0x35, 0x00]))).toBe('£5');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0xa3, 0x00, 0x35]))).toBe('£5');
    // Excel's plain "CSV" on English Windows: £ is the single byte A3, and é is E9.
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0xa3, 0x35]))).toBe('Café,£5');
  });
});

describe('each importer refuses oversized text before parsing it', () => {
  it('a plain backup', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, problems: [TOO_LARGE] });
    expect(parse).not.toHaveBeenCalled();
  });

  it('an encrypted backup', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(await decryptBackup(' '.repeat(MAX_ENCRYPTED_BACKUP_BYTES + 1), 'a passphrase')).toEqual({
      ok: false,
      problems: [ENCRYPTED_TOO_LARGE],
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('a CSV, counting bytes rather than characters', () => {
    const parse = vi.spyOn(Papa, 'parse');
    const poundSigns = `Date,Fee\n05/05/2025,${'£'.repeat(MAX_CSV_BYTES / 2 + 10)}\n`;
    expect(poundSigns.length).toBeLessThan(MAX_CSV_BYTES);
    expect(readCsv(poundSigns)).toEqual({ headers: [], rows: [], rowNumbers: [], problems: [CSV_TOO_LARGE] });
    expect(parse).not.toHaveBeenCalled();
    expect(CSV_TOO_LARGE).toBe('This file is larger than 5 MB, far more than a spreadsheet of sessions can be, so it was not read.');
  });

  it('a portal profile', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(parsePortalProfile(' '.repeat(MAX_PORTAL_PROFILE_BYTES + 1))).toEqual({ ok: false, error: PROFILE_TOO_LARGE });
    expect(parse).not.toHaveBeenCalled();
  });

  it('a rates file, counting bytes rather than characters', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const poundSigns = `"${'£'.repeat(MAX_RATES_FILE_BYTES / 2 + 10)}"`;
    expect(poundSigns.length).toBeLessThan(MAX_RATES_FILE_BYTES);
    expect(parseRatesFile(poundSigns)).toEqual({ ok: false, problem: RATES_FILE_TOO_LARGE });
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('an encrypted backup of a large ledger', () => {
  it('is restored although its file is over the plain limit, and refused without its passphrase', async () => {
    // 850 receipts with 20,000 characters of evidence each: about 17 MB plain, about 23 MB once encrypted.
    const receipt = (i: number) => ({
      id: `r${i}`,
      reference: `LA-${i}`,
      amountPence: 100,
      date: '2026-03-20',
      source: 'manual' as const,
      evidence: 'e'.repeat(20_000),
    });
    const data: LedgerData = {
      profile: null,
      practices: [],
      sessions: [],
      invoices: [],
      submissions: [],
      receipts: Array.from({ length: 850 }, (_, i) => receipt(i)),
      settings: { notifications: true },
    };
    const plain = serialiseBackup(data, '2026-03-20T10:00:00.000Z');
    const encrypted = await encryptBackup(plain, 'a long passphrase', 1000);
    if (!encrypted.ok) throw new Error(encrypted.problems.join(' '));
    expect(plain.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(encrypted.text.length).toBeGreaterThan(MAX_BACKUP_BYTES);
    expect(parseBackup(encrypted.text)).toEqual({ ok: false, problems: [TOO_LARGE] });
    const restored = await readBackupText(encrypted.text, 'a long passphrase');
    expect(restored.ok && restored.data.receipts.length).toBe(850);
    expect(await readBackupText(encrypted.text, '')).toEqual({
      ok: false,
      problems: ['This backup is encrypted: open it with its passphrase.'],
    });
  });
});
