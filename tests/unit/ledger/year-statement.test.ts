// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { yearStatementCsv } from '../../../lib/ledger/csv-export';
import { monthlyForms } from '../../../lib/ledger/forms';
import { DEFAULT_SETTINGS, Settings, type LedgerData, type StatementFigures } from '../../../lib/ledger/schemas';
import { schemeYearMonths, yearStatement } from '../../../lib/ledger/year-statement';
import { unallocatedLetter } from '../../../lib/ledger/year-statement-letter';
import { riverside, session } from '../../fixtures/ledger-records';

/**
 * Two paid months of 2025/26 at the 9.8% tier the locum ticks. By hand (pension-rules.md: pensionable pay is 90% of
 * the fee; employer 14.38%; half-up pence):
 *   August: fee £1,000.00 → pay £900.00, employee 9.8% £88.20, employer 14.38% £129.42, total £217.62
 *   October: fee £500.00 → pay £450.00, employee £44.10, employer £64.71, total £108.81
 *   Year: pay £1,350.00, employee £132.30, employer £194.13, total £326.43
 */
function ledger(statementFigures?: Record<string, StatementFigures>): LedgerData {
  return {
    profile: {
      name: 'Dr Alex Morgan',
      sdNumber: '84123456',
      niNumber: 'QQ123456C',
      gmcNumber: '7012345',
      email: '',
      otherRoles: [],
    },
    practices: [riverside],
    sessions: [
      session({ id: 's-aug', dateWorked: '2025-08-05', feePence: 100_000, invoiceId: 'i-aug' }),
      session({ id: 's-oct', dateWorked: '2025-10-07', feePence: 50_000, invoiceId: 'i-oct' }),
    ],
    invoices: [
      { id: 'i-aug', practiceId: riverside.id, reference: 'INV-1', sessionIds: ['s-aug'], paidOn: '2025-08-20' },
      { id: 'i-oct', practiceId: riverside.id, reference: 'INV-2', sessionIds: ['s-oct'], paidOn: '2025-10-15' },
    ],
    submissions: [
      {
        id: 'b-aug',
        kind: 'B',
        month: '2025-08',
        status: 'paid',
        filled: {},
        paymentReference: '84123456LOCAUG2025-01',
        amounts: {},
        createdAt: '2025-09-03T18:00:00.000Z',
        updatedAt: '2025-09-03T18:00:00.000Z',
        submittedAt: '2025-09-03T18:00:00.000Z',
      },
    ],
    receipts: [
      {
        id: 'r-aug',
        reference: 'PAY-778',
        amountPence: 21_762,
        date: '2025-09-03',
        capturedAt: '2025-09-03T18:02:00.000Z',
        source: 'page',
        submissionId: 'b-aug',
      },
    ],
    settings: { ...DEFAULT_SETTINGS, chosenRates: { '2025-26': 9.8 }, ...(statementFigures ? { statementFigures } : {}) },
  };
}

const statementOf = (data: LedgerData) =>
  yearStatement(
    data,
    '2025/26',
    monthlyForms(data, '2026-05-01').filter((m) => m.ratePeriod.schemeYear === '2025/26'),
  );

describe('yearStatement', () => {
  it('shows every month April to March, empty months empty, and the year totals', () => {
    const statement = statementOf(ledger());
    expect(schemeYearMonths('2025/26')).toEqual([
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`),
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(statement.months.map((m) => m.month)).toEqual(schemeYearMonths('2025/26'));
    expect(statement.months.filter((m) => m.figures === null)).toHaveLength(10);
    expect(statement.months[4]).toMatchObject({
      month: '2025-08',
      figures: { pensionablePence: 90_000, employeePence: 8820, employerPence: 12_942, totalPence: 21_762 },
      paidOn: '2025-09-03',
      paymentReference: '84123456LOCAUG2025-01',
      receipts: [{ reference: 'PAY-778', amountPence: 21_762 }],
    });
    expect(statement.totals).toEqual({ pensionablePence: 135_000, employeePence: 13_230, employerPence: 19_413, totalPence: 32_643 });
    expect(statement.identity).toEqual({ name: 'Dr Alex Morgan', sdNumber: '84123456', niNumber: 'QQ123456C', gmcNumber: '7012345' });
  });

  it('finds nothing to compare until the locum types their statement', () => {
    const statement = statementOf(ledger());
    expect(statement.differences).toEqual([]);
    expect(unallocatedLetter(statement, 'trs')).toBeNull();
  });

  it('marks a paid month the statement leaves out, and writes the letter with its evidence', () => {
    const statement = statementOf(
      ledger({ '2025/26': { source: 'trs', months: { '2025-08': { contributionsPence: 0 }, '2025-10': { contributionsPence: 10_881 } } } }),
    );
    expect(statement.differences).toEqual([
      {
        month: '2025-08',
        figure: 'contributions',
        ledgerPence: 21_762,
        recordedPence: 0,
        missing: true,
        message: '£217.62 paid for August 2025, with receipt, not on your statement: possibly unallocated.',
      },
    ]);
    const letter = unallocatedLetter(statement, 'trs')!;
    expect(letter).toContain('- August 2025: contributions paid £217.62 in my records, £0.00 on the statement.');
    expect(letter).toContain('My NHS Pensions Total Reward Statement for the 2025/26 scheme year');
    expect(letter).toContain(
      '- August 2025: £217.62 paid on 03/09/2025, payment reference 84123456LOCAUG2025-01 (pensionable pay £900.00, employee £88.20, employer £129.42, tier 9.8%); receipt PAY-778 for £217.62 dated 03/09/2025, kept 03/09/2025 at 19:02.',
    );
    // October matched the statement, so it is not evidence of anything missing.
    expect(letter).not.toContain('October 2025:');
    expect(letter).toContain('SD number: 84123456');
  });

  it('compares the year totals, and says when the statement shows more than the ledger', () => {
    const statement = statementOf(
      ledger({ '2025/26': { source: 'pcse', year: { pensionablePayPence: 150_000, contributionsPence: 30_000 }, months: {} } }),
    );
    expect(statement.differences.map((d) => d.message)).toEqual([
      'Your statement shows £1,500.00 pensionable pay for the 2025/26 scheme year, £150.00 more than this ledger: check that the ledger has all your work and payments for it.',
      '£326.43 paid for the 2025/26 scheme year; your statement shows £300.00: £26.43 possibly unallocated.',
    ]);
    // A year total cannot say which month is missing: every paid month is listed as evidence.
    const letter = unallocatedLetter(statement, 'pcse')!;
    expect(letter).toContain('- August 2025:');
    expect(letter).toContain('- October 2025: £108.81 paid, payment reference 84123456LOCOCT2025 ');
    expect(letter).toContain('; no receipt kept.');
  });

  it('exports a CSV row a month and the totals, in pounds and UK dates', () => {
    const csv = yearStatementCsv(statementOf(ledger()))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toBe('Month,Pensionable pay (£),Tier (%),Employee (£),Employer (£),Total paid (£),Date paid,Payment reference,Receipts');
    expect(csv[1]).toBe('April 2025,,,,,,,,');
    expect(csv[5]).toBe('August 2025,900.00,9.8,88.20,129.42,217.62,03/09/2025,84123456LOCAUG2025-01,PAY-778 03/09/2025 217.62');
    expect(csv[13]).toBe('Total 2025/26,1350.00,,132.30,194.13,326.43,,,');
    expect(csv).toHaveLength(15);
  });
});

describe('statementFigures in the settings', () => {
  const figures = { source: 'trs', months: { '2025-08': { contributionsPence: 0 } } };
  it('are kept by the settings schema, so backups carry them', () => {
    expect(Settings.safeParse({ notifications: true, statementFigures: { '2025/26': figures } }).success).toBe(true);
  });
  it('refuse a scheme year or month that is not one', () => {
    expect(Settings.safeParse({ notifications: true, statementFigures: { '2025': figures } }).success).toBe(false);
    const badMonth = { ...figures, months: { '2025-13': {} } };
    expect(Settings.safeParse({ notifications: true, statementFigures: { '2025/26': badMonth } }).success).toBe(false);
  });
});
