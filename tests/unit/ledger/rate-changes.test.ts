// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EnteredRateTable } from '../../../lib/pension';
import { monthlyForms } from '../../../lib/ledger/forms';
import { sentFormChanges } from '../../../lib/ledger/rate-changes';
import { DEFAULT_SETTINGS, type LedgerData, type Submission } from '../../../lib/ledger/schemas';
import { riverside, session } from '../../fixtures/ledger-records';

/** NHSBSA's 2027/28 table as a user would type it; the figures are invented, the employer rate 15%. */
const entered: EnteredRateTable = {
  schemeYear: '2027/28',
  bandTopsPounds: [13_259, 29_900, 36_400, 54_700, 70_100],
  ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
  employerRatePercent: 15,
  source: 'NHSBSA employer notice, April 2027',
  enteredAt: '2027-04-25T09:00:00.000Z',
};

const sent = (kind: 'A' | 'B', amounts: Record<string, number>): Submission => ({
  id: `sent-${kind}`,
  kind,
  month: '2027-04',
  ...(kind === 'A' ? { invoiceId: 'inv-april' } : {}),
  status: 'paid',
  filled: {},
  amounts,
  builtOn: { schemeYear: '2027/28', status: 'projected' },
  createdAt: '2027-04-23T10:00:00.000Z',
  updatedAt: '2027-04-23T10:00:00.000Z',
  submittedAt: '2027-04-23T10:00:00.000Z',
});

// April 2027, three days at £750.00 paid on 23/04/2027, tier 9.8% ticked. On the projected 14.38%:
// box 2 £2,025.00; box 3 £291.20 (291.195 half-up); Locum B b £198.45, h £291.20, i £489.65.
const april: LedgerData = {
  profile: null,
  practices: [riverside],
  sessions: ['2027-04-05', '2027-04-06', '2027-04-07'].map((dateWorked, i) =>
    session({ id: `s-${i}`, dateWorked, feePence: 75_000, invoiceId: 'inv-april' }),
  ),
  invoices: [
    { id: 'inv-april', practiceId: riverside.id, reference: 'AM-2027-04', sessionIds: ['s-0', 's-1', 's-2'], paidOn: '2027-04-23' },
  ],
  submissions: [sent('A', { box1: 225_000, box2: 202_500, box3: 29_120 }), sent('B', { a: 202_500, b: 19_845, h: 29_120, i: 48_965 })],
  receipts: [],
  settings: { ...DEFAULT_SETTINGS, chosenRates: { '2027-28': 9.8 } },
};

describe('forms already sent keep their figures when a table arrives', () => {
  it('shows nothing while the rates are the ones the forms were built on', () => {
    const [month] = monthlyForms(april, '2027-04-28');
    expect(month!.ratePeriod.status).toBe('projected');
    expect(month!.formB.i).toBe(48_965);
    expect(sentFormChanges(april, month!)).toEqual([]);
  });

  it('after the user enters the 2027/28 table, lists each changed box and the Locum B correction', () => {
    const ledger = { ...april, rateTables: [entered] };
    const [month] = monthlyForms(ledger, '2027-04-28');
    expect(month!.ratePeriod.status).toBe('entered');
    // 15% × £2,025.00 = £303.75; i = £198.45 + £303.75 = £502.20, so £12.55 more is due on the Locum B already paid.
    expect(sentFormChanges(ledger, month!)).toEqual([
      expect.objectContaining({
        kind: 'A',
        what: riverside.name,
        ratesChanged: true,
        boxes: [{ box: 'box3', sentPence: 29_120, nowPence: 30_375 }],
      }),
      expect.objectContaining({
        kind: 'B',
        ratesChanged: true,
        boxes: [
          { box: 'h', sentPence: 29_120, nowPence: 30_375 },
          { box: 'i', sentPence: 48_965, nowPence: 50_220 },
        ],
        correctionPence: 1_255,
      }),
    ]);
    // The submissions themselves are untouched: they keep the figures they were sent with.
    expect(ledger.submissions[1]!.amounts.i).toBe(48_965);
  });
});
