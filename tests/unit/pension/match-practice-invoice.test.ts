import { describe, expect, it } from 'vitest';
import type { PracticeInvoice } from '../../../lib/ledger/schemas';
import { matchPracticeInvoice, type ReviewedLocumA } from '../../../lib/pension';

const LA: ReviewedLocumA = {
  reference: 'LA-000123',
  locumName: 'Dr Alex Morgan',
  gmcNumber: '7012345',
  practiceText: 'Riverside Medical Centre (Y99901)',
  odsCode: 'Y99901',
  periods: [{ from: '2026-03-02', to: '2026-03-03' }],
  feePence: 219445,
  pensionablePence: 197500,
  employerPence: 28400,
  paidOn: '2026-03-10',
};

const invoice = (id: string, changes: Partial<PracticeInvoice> = {}): PracticeInvoice => ({
  id,
  locumName: 'Alex Morgan',
  gmcNumber: '7012345',
  firstDay: '2026-03-02',
  lastDay: '2026-03-03',
  feePence: 219445,
  reference: `INV-${id}`,
  ...changes,
});

describe('matchPracticeInvoice', () => {
  it('finds the invoice and lists the fee difference in plain English; "Dr" and case do not make names differ', () => {
    const other = invoice('other', { locumName: 'Sam Jones', gmcNumber: '7999999', firstDay: '2026-02-02', lastDay: '2026-02-02' });
    const ours = invoice('ours', { feePence: 220000, locumName: 'alex MORGAN' });
    expect(matchPracticeInvoice(LA, [other, ours])).toEqual({
      invoice: ours,
      differences: ['Fee: Locum A £2,194.45, your invoice £2,200.00'],
    });
  });

  it('an exact match has no differences', () => {
    expect(matchPracticeInvoice(LA, [invoice('1')])).toEqual({ invoice: invoice('1'), differences: [] });
  });

  it('matches on overlapping dates when the GMC number differs, and lists every difference', () => {
    const near = invoice('near', {
      gmcNumber: '7012346',
      locumName: 'Dr Alexa Morgan',
      firstDay: '2026-03-01',
      lastDay: '2026-03-02',
      feePence: 220000,
    });
    expect(matchPracticeInvoice(LA, [near])).toEqual({
      invoice: near,
      differences: [
        'Fee: Locum A £2,194.45, your invoice £2,200.00',
        'First day worked: Locum A 02/03/2026, your invoice 01/03/2026',
        'Last day worked: Locum A 03/03/2026, your invoice 02/03/2026',
        'GMC number: Locum A 7012345, your invoice 7012346',
        'Locum name: Locum A Dr Alex Morgan, your invoice Dr Alexa Morgan',
      ],
    });
  });

  it('ranks by GMC number, then overlapping dates, then the same dates, then the fee', () => {
    const sameGmcOtherMonth = invoice('a', { firstDay: '2026-01-05', lastDay: '2026-01-06' });
    const overlapOtherGmc = invoice('b', { gmcNumber: '7000000' });
    expect(matchPracticeInvoice(LA, [overlapOtherGmc, sameGmcOtherMonth])!.invoice.id).toBe('a');
    const overlapping = invoice('c', { firstDay: '2026-03-03', lastDay: '2026-03-04' });
    expect(matchPracticeInvoice(LA, [sameGmcOtherMonth, overlapping])!.invoice.id).toBe('c');
    const sameDaysOtherFee = invoice('d', { feePence: 1 });
    expect(matchPracticeInvoice(LA, [overlapping, sameDaysOtherFee])!.invoice.id).toBe('d');
    expect(matchPracticeInvoice(LA, [sameDaysOtherFee, invoice('e')])!.invoice.id).toBe('e');
  });

  it('gives null when no invoice has the GMC number or a day in common', () => {
    expect(matchPracticeInvoice(LA, [invoice('x', { gmcNumber: '7000000', firstDay: '2026-03-04', lastDay: '2026-03-05' })])).toBeNull();
    expect(matchPracticeInvoice(LA, [])).toBeNull();
    // A GMC number the Locum A does not show matches nothing.
    const { gmcNumber: _gmc, ...noGmc } = LA;
    expect(matchPracticeInvoice(noGmc, [invoice('y', { firstDay: '2026-04-01', lastDay: '2026-04-01' })])).toBeNull();
  });
});
