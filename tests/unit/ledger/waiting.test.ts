import { describe, expect, it } from 'vitest';
import { waitingLocumAs } from '../../../lib/ledger/waiting';
import { assistantLedger } from '../../e2e/assistant/ledger';

const submission = (over: Record<string, unknown>) => ({
  id: 'x',
  kind: 'A',
  month: '2026-03',
  invoiceId: 'inv-0302',
  status: 'submitted',
  filled: {},
  amounts: {},
  createdAt: '2026-03-11T09:00:00Z',
  updatedAt: '2026-03-11T09:00:00Z',
  ...over,
});

describe('Locum As waiting', () => {
  it('lists those awaiting approval and those rejected with the reason, oldest first, and not drafts, approved or Locum Bs', () => {
    const ledger = {
      ...assistantLedger(),
      submissions: [
        submission({
          id: 'a',
          formReference: 'LA-000125',
          status: 'rejected',
          rejectionReason: 'Wrong dates',
          submittedAt: '2026-03-14T10:00:00Z',
        }),
        submission({ id: 'b', formReference: 'LA-000123', submittedAt: '2026-03-11T10:00:00Z' }),
        submission({ id: 'c', formReference: 'LA-000124', status: 'approved' }),
        submission({ id: 'd', status: 'drafted' }),
        submission({ id: 'e', kind: 'B', status: 'submitted' }),
      ],
    };
    expect(waitingLocumAs(ledger as never)).toEqual([
      { reference: 'LA-000123', practiceName: 'Riverside Medical Centre', status: 'submitted', since: '2026-03-11' },
      { reference: 'LA-000125', practiceName: 'Riverside Medical Centre', status: 'rejected', since: '2026-03-14', reason: 'Wrong dates' },
    ]);
  });
});
