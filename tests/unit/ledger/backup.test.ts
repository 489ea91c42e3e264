// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  ENCRYPTED_NOT_PLAIN,
  MAX_BACKUP_BYTES,
  NOT_A_BACKUP,
  NOT_JSON,
  parseBackup,
  serialiseBackup,
  TOO_LARGE,
  type LedgerData,
} from '../../../lib/ledger/backup';
import { BACKUP_FORMAT } from '../../../lib/shared/json-file';

/** Property runs and 20 MB files take a while; other suites running alongside can slow them past Vitest's 5-second default. */
const PROPERTY_TIMEOUT = 60_000;

const EXPORTED_AT = '2025-06-01T09:30:00.000Z';

function ledger(): LedgerData {
  return {
    profile: {
      name: 'Dr Asha Patel',
      sdNumber: 'SD12345678',
      niNumber: 'QQ123456C',
      gmcNumber: '7654321',
      dateOfBirth: '1984-06-12',
      email: 'asha@example.org',
      otherRoles: [{ description: 'Salaried GP', pensionablePayPence: 3_000_000, fullYear: false, days: 120 }],
    },
    practices: [
      {
        id: 'p1',
        name: 'Riverside Medical Centre',
        odsCode: 'Y99901',
        address: '1 River St, Leeds',
        email: 'pm@riverside.example',
        approverContact: 'Jo Bloggs',
      },
      { id: 'p2', name: 'Elm Tree Surgery', odsCode: 'Y99902', address: '', email: '', approverContact: '' },
    ],
    sessions: [
      {
        id: 's1',
        dateWorked: '2025-05-05',
        practiceId: 'p1',
        feePence: 30000,
        workType: 'practice',
        invoiceId: 'i1',
        pensioned: true,
        notes: 'AM, "duty doctor", 12 patients\nPM off',
      },
      {
        id: 's2',
        dateWorked: '2025-05-06',
        practiceId: 'p1',
        feePence: 30000,
        workType: 'practice',
        invoiceId: 'i1',
        pensioned: true,
        notes: '',
      },
      { id: 's3', dateWorked: '2025-05-07', practiceId: 'p2', feePence: 45050, workType: 'ooh', pensioned: false, notes: 'Café réunion £' },
    ],
    invoices: [
      { id: 'i1', practiceId: 'p1', reference: 'INV-2025-014', sessionIds: ['s1', 's2'], sentOn: '2025-05-08', paidOn: '2025-05-30' },
    ],
    submissions: [
      {
        id: 'sub1',
        kind: 'A',
        month: '2025-05',
        invoiceId: 'i1',
        status: 'submitted',
        filled: { box1: '600.00' },
        formReference: 'LA-0001',
        amounts: { box1: 60000, box2: 54000, box3: 7765 },
        createdAt: '2025-06-01T08:00:00.000Z',
        updatedAt: '2025-06-01T08:05:00.000Z',
        submittedAt: '2025-06-01T08:05:00.000Z',
      },
    ],
    receipts: [{ id: 'r1', reference: 'LA-0001', amountPence: 7765, date: '2025-06-02', source: 'manual', submissionId: 'sub1' }],
    settings: { notifications: true, lastBackupAt: '2025-05-01T10:00:00.000Z' },
  };
}

/** The backup's text after `change` has been made to its parsed form. */
function backupWith(change: (file: { format: unknown; schemaVersion: unknown; exportedAt: unknown; data: LedgerData }) => void): string {
  const file = JSON.parse(serialiseBackup(ledger(), EXPORTED_AT));
  change(file);
  return JSON.stringify(file);
}

function problemsOf(text: string): string[] {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('data');
  return result.ok ? [] : result.problems;
}

describe('createBackup and serialiseBackup', () => {
  it('wraps the data with the format marker, version and time of export', () => {
    const data = ledger();
    expect(createBackup(data, EXPORTED_AT)).toEqual({ format: 'locum-ledger-backup', schemaVersion: 1, exportedAt: EXPORTED_AT, data });
  });

  it('writes pretty JSON, one key a line', () => {
    const text = serialiseBackup(ledger(), EXPORTED_AT);
    expect(
      text.startsWith('{\n  "format": "locum-ledger-backup",\n  "schemaVersion": 1,\n  "exportedAt": "2025-06-01T09:30:00.000Z",\n'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('parseBackup: round trips', () => {
  it('gives back deep-equal data', () => {
    const data = ledger();
    expect(parseBackup(serialiseBackup(data, EXPORTED_AT))).toEqual({ ok: true, data, exportedAt: EXPORTED_AT });
  });

  it('round-trips an empty ledger with no profile', () => {
    const empty: LedgerData = {
      profile: null,
      practices: [],
      sessions: [],
      invoices: [],
      submissions: [],
      receipts: [],
      settings: { notifications: false },
    };
    expect(parseBackup(serialiseBackup(empty, EXPORTED_AT))).toEqual({ ok: true, data: empty, exportedAt: EXPORTED_AT });
  });

  it('forgives the byte-order mark an editor adds', () => {
    const data = ledger();
    expect(parseBackup(`\uFEFF${serialiseBackup(data, EXPORTED_AT)}`)).toEqual({ ok: true, data, exportedAt: EXPORTED_AT });
  });

  it(
    'round-trips generated ledgers',
    () => {
      const session = fc.record({
        dateWorked: fc.constantFrom('2024-02-29', '2025-05-05', '2026-03-31'),
        feePence: fc.integer({ min: 0, max: 10_000_000 }),
        workType: fc.constantFrom('practice', 'appraisal', 'ooh', 'icb', 'private' as const),
        pensioned: fc.boolean(),
        notes: fc.string({ maxLength: 200, unit: 'grapheme' }),
      });
      fc.assert(
        fc.property(fc.array(session, { maxLength: 20 }), (drafts) => {
          const data = ledger();
          data.sessions = drafts.map((draft, i) => ({ ...draft, id: `g${i}`, practiceId: 'p2' }));
          data.invoices = [];
          data.submissions = [];
          data.receipts = [];
          expect(parseBackup(serialiseBackup(data, EXPORTED_AT))).toEqual({ ok: true, data, exportedAt: EXPORTED_AT });
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('parseBackup: refusals', () => {
  it('says plainly when the file is not JSON', () => {
    expect(problemsOf('Date,Practice,Fee\n05/05/2025,Elm,250')).toEqual([NOT_JSON]);
    expect(problemsOf('')).toEqual([NOT_JSON]);
    expect(NOT_JSON).toBe('This file is not JSON, the text format Locum Ledger saves backups in, so it cannot be a Locum Ledger backup.');
  });

  it('refuses JSON without the format marker', () => {
    expect(NOT_A_BACKUP).toBe('This file is not a Locum Ledger backup: it does not start with "format": "locum-ledger-backup".');
    expect(problemsOf('[1, 2]')).toEqual([NOT_A_BACKUP]);
    expect(problemsOf('null')).toEqual([NOT_A_BACKUP]);
    expect(problemsOf(backupWith((file) => (file.format = 'other-app-backup')))).toEqual([NOT_A_BACKUP]);
    expect(problemsOf(backupWith((file) => delete (file as Partial<typeof file>).format))).toEqual([NOT_A_BACKUP]);
  });

  it('sends an encrypted backup to the passphrase prompt', () => {
    expect(problemsOf(JSON.stringify({ format: 'locum-ledger-encrypted-backup', version: 1 }))).toEqual([ENCRYPTED_NOT_PLAIN]);
  });

  it('refuses a file made by a newer Locum Ledger', () => {
    expect(problemsOf(backupWith((file) => (file.schemaVersion = 2)))).toEqual([
      'This backup was made by a newer Locum Ledger (backup version 2; this version reads version 1). Update Locum Ledger, then restore it.',
    ]);
  });

  it('names a version it does not know that is not newer', () => {
    expect(problemsOf(backupWith((file) => (file.schemaVersion = '1')))).toEqual(['schemaVersion: expected one of 1']);
  });

  it('reports every bad field with its path', () => {
    const text = backupWith((file) => {
      file.exportedAt = 'yesterday';
      file.data.sessions[1]!.dateWorked = '2025-02-30';
      file.data.sessions[2]!.feePence = 123.5;
      (file.data.sessions[2] as { workType: string }).workType = 'locum';
      file.data.practices[0]!.name = '';
      (file.data.settings as { notifications: unknown }).notifications = 'yes';
    });
    expect(problemsOf(text)).toEqual([
      'exportedAt: expected a date and time',
      'data.practices[0].name: the practice needs a name',
      'data.sessions[1].dateWorked: expected a real date written YYYY-MM-DD',
      'data.sessions[2].feePence: expected a whole number of pence, 0 or more (25000 is £250.00)',
      'data.sessions[2].workType: expected one of "practice", "appraisal", "ooh", "icb", "private"',
      'data.settings.notifications: expected boolean',
    ]);
  });

  it('reports a missing collection and a missing field', () => {
    const text = backupWith((file) => {
      delete (file.data as Partial<LedgerData>).receipts;
      delete (file.data.sessions[0] as Partial<LedgerData['sessions'][number]>).notes;
    });
    expect(problemsOf(text)).toEqual(['data.sessions[0].notes: expected string', 'data.receipts: expected array']);
  });

  it('refuses duplicate ids', () => {
    const text = backupWith((file) => {
      file.data.sessions[2]!.id = 's1';
      file.data.practices.push({ ...file.data.practices[1]!, id: 'p1' });
    });
    expect(problemsOf(text)).toEqual([
      'data.practices[2].id: "p1" is also the id of data.practices[0]; each practice needs its own id',
      'data.sessions[2].id: "s1" is also the id of data.sessions[0]; each session needs its own id',
    ]);
  });

  it('refuses duplicate ids among taught fields and locum invoices, which the store would silently keep one of', () => {
    // Found by tests/unit/security/hostile-backup.test.ts: the file restored with one taught field fewer than it held.
    const mapping = {
      id: 'm1',
      pageKind: 'locumAForm',
      fingerprint: { id: 'fee', name: 'fee', label: 'Fee' },
      concept: 'fee',
      createdAt: EXPORTED_AT,
    };
    const invoice = {
      id: 'pi1',
      locumName: 'Dr Sam Jones',
      gmcNumber: '7000001',
      firstDay: '2025-05-05',
      lastDay: '2025-05-05',
      feePence: 100,
      reference: '',
    };
    const text = backupWith((file) => {
      file.data.portalMappings = [mapping, { ...mapping, concept: 'datePaid' }];
      file.data.practiceInvoices = [invoice, { ...invoice, feePence: 200 }];
    });
    expect(problemsOf(text)).toEqual([
      'data.portalMappings[1].id: "m1" is also the id of data.portalMappings[0]; each taught field needs its own id',
      'data.practiceInvoices[1].id: "pi1" is also the id of data.practiceInvoices[0]; each locum invoice needs its own id',
    ]);
  });

  it('keeps answers to "What is this page?", and refuses two for one page, which the store would silently keep one of', () => {
    const answer = { fingerprint: 'f-1', kind: 'locumAForm', heading: 'Submit your work details', answeredAt: EXPORTED_AT } as const;
    const kept = parseBackup(backupWith((file) => (file.data.pageKindAnswers = [answer])));
    expect(kept.ok && kept.data.pageKindAnswers).toEqual([answer]);
    const text = backupWith((file) => {
      file.data.pageKindAnswers = [answer, { ...answer, kind: 'none' }];
    });
    expect(problemsOf(text)).toEqual([
      'data.pageKindAnswers[1].fingerprint: "f-1" is also the fingerprint of data.pageKindAnswers[0]; each answer to "What is this page?" needs its own fingerprint',
    ]);
  });

  it('refuses records that name records the backup does not have', () => {
    const text = backupWith((file) => {
      file.data.sessions[2]!.practiceId = 'p9';
      file.data.sessions[2]!.invoiceId = 'i9';
      file.data.invoices[0]!.sessionIds.push('s9');
      file.data.invoices[0]!.practiceId = 'p8';
      file.data.submissions[0]!.invoiceId = 'i7';
      file.data.receipts[0]!.submissionId = 'sub9';
    });
    expect(problemsOf(text)).toEqual([
      'data.sessions[2].practiceId: no practice in this backup has the id "p9"',
      'data.sessions[2].invoiceId: no invoice in this backup has the id "i9"',
      'data.invoices[0].practiceId: no practice in this backup has the id "p8"',
      'data.invoices[0].sessionIds[2]: no session in this backup has the id "s9"',
      'data.submissions[0].invoiceId: no invoice in this backup has the id "i7"',
      'data.receipts[0].submissionId: no submission in this backup has the id "sub9"',
    ]);
  });

  it('lists the first hundred problems of a file broken on every row, and counts the rest', () => {
    const text = backupWith((file) => {
      file.data.sessions = Array.from({ length: 150 }, (_, i) => ({ ...file.data.sessions[2]!, id: `x${i}`, dateWorked: '31/02/2025' }));
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(101);
    expect(problems[99]).toBe('data.sessions[99].dateWorked: expected a real date written YYYY-MM-DD');
    expect(problems[100]).toBe('…and 50 more problems.');
  });

  it(
    'refuses a file over the size limit before reading it',
    () => {
      expect(MAX_BACKUP_BYTES).toBe(20 * 1024 * 1024);
      expect(TOO_LARGE).toBe('This file is larger than 20 MB, the most a Locum Ledger backup can be, so it was not read.');
      expect(problemsOf(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual([TOO_LARGE]);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'counts the limit in UTF-8 bytes, not characters',
    () => {
      const padding = (count: number) =>
        backupWith((file) => (file.data.sessions[0]!.notes = '')).replace('"notes":""', `"notes":"${'é'.repeat(count)}"`);
      const base = serialiseBackup(ledger(), EXPORTED_AT).length;
      expect(problemsOf(padding(MAX_BACKUP_BYTES / 2))).toEqual([TOO_LARGE]);
      expect(problemsOf(padding(Math.floor((MAX_BACKUP_BYTES - 2 * base) / 2)))).toEqual([
        'data.sessions[0].notes: at most 2000 characters',
      ]);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws, whatever the text',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
          const result = parseBackup(text);
          expect(result.ok).toBe(false);
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws, whatever the JSON value, and accepts only what passes every check',
    () => {
      const almostBackup = fc.record({
        format: fc.oneof(fc.constant(BACKUP_FORMAT), fc.jsonValue()),
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
        exportedAt: fc.oneof(fc.constant(EXPORTED_AT), fc.jsonValue()),
        data: fc.oneof(
          fc.constant(ledger()),
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom('profile', 'practices', 'sessions', 'settings'), fc.jsonValue()),
        ),
      });
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), almostBackup), (value) => {
          const result = parseBackup(JSON.stringify(value) ?? '');
          if (result.ok) expect(result.data).toEqual(ledger());
          else expect(result.problems.length).toBeGreaterThan(0);
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
