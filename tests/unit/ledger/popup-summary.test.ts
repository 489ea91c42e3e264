import { describe, expect, it } from 'vitest';
import { popupSummary } from '../../../lib/ledger/popup-summary';
import type { LedgerData } from '../../../lib/ledger/schemas';
import { assistantLedger } from '../../e2e/assistant/ledger';

const ledger = assistantLedger() as unknown as LedgerData;

describe('the popup summary', () => {
  it("holds this month's and last month's forms only, with the Locum B to pay", () => {
    const summary = popupSummary(ledger, '2026-04-02');
    expect(summary.thisMonth).toEqual({
      month: '2026-04',
      submitted: false,
      ratesNote: '2026/27 rates provisional: not yet published by NHSBSA. Check the Rates page.',
    });
    expect(summary.lastMonth.month).toBe('2026-03');
    expect(summary.lastMonth.forms?.formsA.map(({ invoice }) => invoice.id)).toEqual(['inv-0302']);
    expect(summary.lastMonth.forms?.formB.a).toBe(197_501);
    expect(summary.practices.map((p) => p.id)).toEqual(['riverside']);
  });

  it('marks a month whose Locum B reached PCSE, and lists the open 10-week limit until the Locum A is sent', () => {
    const sentAt = '2026-04-03T09:00:00Z';
    const sent = {
      ...ledger,
      submissions: [
        {
          id: 'b',
          kind: 'B',
          month: '2026-03',
          status: 'submitted',
          filled: {},
          amounts: {},
          createdAt: sentAt,
          updatedAt: sentAt,
          submittedAt: sentAt,
        },
      ],
    } as LedgerData;
    expect(popupSummary(ledger, '2026-04-02').tenWeek).toEqual([
      { practiceName: 'Riverside Medical Centre', firstDayWorked: '2026-03-02', limit: '2026-05-11', daysLeft: 39 },
    ]);
    expect(popupSummary(sent, '2026-04-04').lastMonth.submitted).toBe(true);
  });

  it('is worked out once per ledger the background holds and per day, and again for a changed ledger', () => {
    const first = popupSummary(ledger, '2026-04-02');
    expect(popupSummary(ledger, '2026-04-02')).toBe(first);
    expect(popupSummary(ledger, '2026-04-03')).not.toBe(first);
    const changed = { ...ledger, sessions: [] } as LedgerData;
    expect(popupSummary(changed, '2026-04-02').lastMonth.forms).toBeUndefined();
  });
});
