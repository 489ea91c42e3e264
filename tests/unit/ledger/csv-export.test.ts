// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerData } from '../../../lib/ledger/backup';
import { poundsForSpreadsheet, receiptsCsv, sessionsCsv, submissionsCsv } from '../../../lib/ledger/csv-export';
import { readCsv } from '../../../lib/ledger/csv-read';
import { guessMapping } from '../../../lib/ledger/csv-columns';
import { previewImport } from '../../../lib/ledger/csv-rows';
import type { Session } from '../../../lib/ledger/schemas';

/** Property runs are many; other suites running alongside can slow them past Vitest's 5-second default. */
const PROPERTY_TIMEOUT = 60_000;

const BOM = '\uFEFF';

function ledger(): LedgerData {
  return {
    profile: null,
    practices: [
      { id: 'p1', name: 'Riverside Medical Centre', odsCode: 'Y99901', address: '', email: '', approverContact: '' },
      { id: 'p2', name: 'St. Mary\'s, "The Old Surgery"', odsCode: 'Y99902', address: '', email: '', approverContact: '' },
    ],
    sessions: [
      { id: 's2', dateWorked: '2025-05-07', practiceId: 'p2', feePence: 123450, workType: 'ooh', pensioned: false, notes: 'Café réunion' },
      {
        id: 's1',
        dateWorked: '2025-05-05',
        practiceId: 'p1',
        feePence: 30000,
        workType: 'practice',
        invoiceId: 'i1',
        pensioned: true,
        notes: 'AM, PM',
      },
      {
        id: 's3',
        dateWorked: '2025-05-06',
        practiceId: 'p1',
        feePence: 5,
        workType: 'appraisal',
        invoiceId: 'i1',
        pensioned: true,
        notes: '',
      },
    ],
    invoices: [{ id: 'i1', practiceId: 'p1', reference: 'INV-014', sessionIds: ['s1', 's3'], paidOn: '2025-05-30' }],
    submissions: [
      {
        id: 'b1',
        kind: 'B',
        month: '2025-05',
        status: 'drafted',
        filled: {},
        amounts: { a: 54000, b: 6750 },
        ratePercent: 12.5,
        createdAt: '2025-06-01T08:00:00Z',
        updatedAt: '2025-06-01T08:00:00Z',
      },
      {
        id: 'a1',
        kind: 'A',
        month: '2025-05',
        invoiceId: 'i1',
        status: 'rejected',
        filled: {},
        formReference: 'LA-0001',
        paymentReference: '12345678LOCMAY2025',
        amounts: { box1: 30005, box2: 27005, box3: 3883 },
        rejectionReason: 'Wrong month, see email',
        createdAt: '2025-06-01T08:00:00Z',
        updatedAt: '2025-06-02T08:00:00Z',
        // 23:30 UTC on 31 May is 00:30 on 1 June in England (BST).
        submittedAt: '2025-05-31T23:30:00Z',
      },
    ],
    receipts: [
      {
        id: 'r2',
        reference: 'PCSE-9',
        amountPence: 6750,
        date: '2025-06-20',
        source: 'page',
        pageUrl: 'https://pcse.example/payments/9',
        submissionId: 'b1',
      },
      { id: 'r1', reference: 'LA-0001', paymentReference: '12345678LOCMAY2025', amountPence: 3883, date: '2025-06-10', source: 'manual' },
    ],
    settings: { notifications: true },
  };
}

const lines = (...rows: string[]) => `${BOM}${rows.join('\r\n')}\r\n`;

describe('poundsForSpreadsheet', () => {
  it('writes pounds with two decimals, no £ and no thousands commas', () => {
    expect(poundsForSpreadsheet(123450)).toBe('1234.50');
    expect(poundsForSpreadsheet(5)).toBe('0.05');
    expect(poundsForSpreadsheet(0)).toBe('0.00');
    expect(poundsForSpreadsheet(100_000_000_000)).toBe('1000000000.00');
  });
});

describe('sessionsCsv', () => {
  it('writes every session, oldest first, with practice, ODS code, plain work type, pounds and UK dates', () => {
    expect(sessionsCsv(ledger())).toBe(
      lines(
        'Date worked,Practice,ODS code,Work type,Fee (£),Pensioned,Invoice no,Date paid,Notes',
        '05/05/2025,Riverside Medical Centre,Y99901,GP practice,300.00,Yes,INV-014,30/05/2025,"AM, PM"',
        '06/05/2025,Riverside Medical Centre,Y99901,Appraisal,0.05,Yes,INV-014,30/05/2025,',
        '07/05/2025,"St. Mary\'s, ""The Old Surgery""",Y99902,Out of hours,1234.50,No,,,Café réunion',
      ),
    );
  });

  it('writes only the header row for an empty ledger', () => {
    expect(sessionsCsv({ ...ledger(), sessions: [] })).toBe(
      lines('Date worked,Practice,ODS code,Work type,Fee (£),Pensioned,Invoice no,Date paid,Notes'),
    );
  });

  it('guards every cell that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    const formulas = ['=HYPERLINK("http://evil.example","Click")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '=1\n=2'];
    const data = ledger();
    data.sessions = formulas.map((notes, i) => ({ ...data.sessions[0]!, id: `f${i}`, notes }));
    const { rows } = readCsv(sessionsCsv(data));
    expect(rows.map((row) => row[8])).toEqual(formulas.map((formula) => `'${formula}`));
  });

  it('re-parses tricky text to the same values', () => {
    const tricky = [
      'comma, here',
      'quote " here',
      '""',
      'line\nbreak',
      'crlf\r\nbreak',
      ' spaces ',
      'semi;colon',
      'tab\tinside',
      '£ and é',
      "'quoted",
      '',
    ];
    const data = ledger();
    data.sessions = tricky.map((notes, i) => ({ ...data.sessions[0]!, id: `t${i}`, notes }));
    data.practices[1] = { ...data.practices[1]!, name: 'Practice, "with" everything\n' };
    const { headers, rows } = readCsv(sessionsCsv(data));
    expect(headers).toEqual([
      'Date worked',
      'Practice',
      'ODS code',
      'Work type',
      'Fee (£)',
      'Pensioned',
      'Invoice no',
      'Date paid',
      'Notes',
    ]);
    expect(rows.map((row) => row[8])).toEqual(tricky);
  });

  it(
    're-parses any text to the same value, guarded when it starts like a formula',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.string(), (notes, name) => {
          const data = ledger();
          data.sessions = [{ ...data.sessions[1]!, notes }];
          data.practices[0] = { ...data.practices[0]!, name };
          const [row] = readCsv(sessionsCsv(data)).rows;
          const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          expect(row?.[1]).toBe(guarded(name));
          expect(row?.[8]).toBe(guarded(notes));
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('imports back as the same sessions', () => {
    const data = ledger();
    const table = readCsv(sessionsCsv(data));
    const imported = previewImport(table.rows, guessMapping(table.headers), data.practices, table);
    const byDate = [...data.sessions].sort((a, b) => a.dateWorked.localeCompare(b.dateWorked));
    const asImported = (session: Session) => {
      const invoice = data.invoices.find((i) => i.id === session.invoiceId);
      const practice = data.practices.find((p) => p.id === session.practiceId)!;
      return {
        ok: true,
        practiceId: session.practiceId,
        session: {
          dateWorked: session.dateWorked,
          feePence: session.feePence,
          workType: session.workType,
          pensioned: session.pensioned,
          notes: session.notes,
          practiceName: practice.name,
          odsCode: practice.odsCode,
          ...(invoice?.paidOn ? { datePaid: invoice.paidOn } : {}),
          // The "Invoice no" column: the session's own number, or its invoice's reference, read back as the session's number.
          ...(invoice?.reference ? { invoiceNumber: invoice.reference } : {}),
        },
      };
    };
    expect(imported).toEqual(byDate.map((session, i) => ({ rowNumber: i + 2, ...asImported(session) })));
  });
});

describe('submissionsCsv', () => {
  it('writes every form by month with status, practice, references, tier, amounts in pounds and the day sent in England', () => {
    expect(submissionsCsv(ledger())).toBe(
      lines(
        'Form,Month,Status,Practice,ODS code,Invoice,Form reference,Payment reference,Tier (%),a (£),b (£),box1 (£),box2 (£),box3 (£),Submitted on,Rejection reason',
        'Locum A,May 2025,Rejected,Riverside Medical Centre,Y99901,INV-014,LA-0001,12345678LOCMAY2025,,,,300.05,270.05,38.83,01/06/2025,"Wrong month, see email"',
        'Locum B,May 2025,Drafted,,,,,,12.5,540.00,67.50,,,,,',
      ),
    );
  });
});

describe('receiptsCsv', () => {
  it('writes every receipt, oldest first, with the form it pays for', () => {
    expect(receiptsCsv(ledger())).toBe(
      lines(
        'Date,Reference,Payment reference,Amount (£),Source,Form,Page address',
        '10/06/2025,LA-0001,12345678LOCMAY2025,38.83,Entered by hand,,',
        '20/06/2025,PCSE-9,,67.50,PCSE page,Locum B May 2025,https://pcse.example/payments/9',
      ),
    );
  });
});
