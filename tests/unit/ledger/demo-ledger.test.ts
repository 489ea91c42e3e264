// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { monthlyForms } from '../../../lib/ledger/forms';
import { LedgerData } from '../../../lib/ledger/schemas';
import { demoLedger } from '../../../lib/dev/demo-ledger.mjs';

describe('the demo ledger', () => {
  const today = '2026-11-21';
  const demo = demoLedger(today);

  it('is a valid ledger of a year across four practices, with an appraisal and an OOH session', () => {
    expect(LedgerData.safeParse(demo).success).toBe(true);
    expect(new Set(demo.sessions.filter((s) => s.workType === 'practice').map((s) => s.practiceId)).size).toBe(4);
    expect(demo.sessions.filter((s) => s.workType === 'appraisal')).toHaveLength(1);
    expect(demo.sessions.filter((s) => s.workType === 'ooh')).toHaveLength(1);
    expect(demo.sessions.length).toBeGreaterThan(120);
  });

  it('has March work paid in April, declared on the March Locum B', () => {
    const march = monthlyForms(demo, today).find((m) => m.month === '2026-03');
    expect(march?.formsA.some((f) => f.formA.paidOn.startsWith('2026-04'))).toBe(true);
  });

  it('has late payers and unpaid recent work', () => {
    expect(demo.invoices.some((i) => i.paidOn === undefined)).toBe(true);
    const late = demo.invoices.filter((i) => i.practiceId === 'demo-castle' && i.paidOn);
    expect(late.length).toBeGreaterThan(0);
  });
});
