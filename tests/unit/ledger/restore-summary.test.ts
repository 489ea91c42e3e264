import { describe, expect, it } from 'vitest';
import { describeRestore, summariseRestore, ukDateTime } from '../../../lib/ledger/restore-summary';
import type { LedgerData, Receipt } from '../../../lib/ledger/schemas';
import { elmTree, oneOfEach, riverside, session } from '../../fixtures/ledger-records';

const receipt = (id: string): Receipt => ({ ...oneOfEach.receipts, id, submissionId: undefined });
function ledger(sessionIds: string[], receiptIds: string[] = ['r-1', 'r-2', 'r-3']): LedgerData {
  return {
    profile: null,
    practices: [riverside, elmTree],
    sessions: sessionIds.map((id) => session({ id })),
    invoices: [],
    submissions: [],
    receipts: receiptIds.map(receipt),
    settings: { notifications: true },
  };
}

describe('the restore summary', () => {
  it('counts both sides and names what the ledger has that the backup lacks, by id', () => {
    const backup = ledger(['a', 'b', 'c', 'd', 'e']);
    const now = ledger(['a', 'b', 'c', 'd', 'e', 'f']);
    // 14:02 in London on 6 December (GMT), whatever the machine's zone.
    const summary = summariseRestore(backup, '2026-12-06T14:02:00.000Z', now);
    expect(summary).toEqual({
      exportedAt: '2026-12-06T14:02:00.000Z',
      backup: { sessions: 5, practices: 2, receipts: 3 },
      now: { sessions: 6, practices: 2, receipts: 3 },
      notInBackup: { sessions: 1, practices: 0, receipts: 0 },
    });
    expect(describeRestore(summary)).toEqual({
      backup: 'Backup of 06/12/2026 14:02: 5 sessions, 2 practices, 3 receipts.',
      now: 'Your ledger now: 6 sessions, 2 practices, 3 receipts — 1 session in your ledger is not in the backup.',
    });
  });

  it('counts by id, not by number: a ledger as large as the backup can still hold records the backup lacks', () => {
    const summary = summariseRestore(ledger(['a', 'b'], ['r-1']), '2026-12-06T14:02:00.000Z', ledger(['a', 'x'], ['r-8', 'r-9']));
    expect(summary.notInBackup).toEqual({ sessions: 1, practices: 0, receipts: 2 });
    expect(describeRestore(summary).now).toBe(
      'Your ledger now: 2 sessions, 2 practices, 2 receipts — 1 session in your ledger is not in the backup, 2 receipts in your ledger are not in the backup.',
    );
  });

  it('says so when everything in the ledger is also in the backup, and counts one of a kind in the singular', () => {
    const summary = summariseRestore(ledger(['a', 'b'], ['r-1']), '2026-07-01T08:30:00.000Z', ledger(['a'], []));
    expect(describeRestore(summary)).toEqual({
      backup: 'Backup of 01/07/2026 09:30: 2 sessions, 2 practices, 1 receipt.',
      now: 'Your ledger now: 1 session, 2 practices, 0 receipts — everything in your ledger is also in the backup.',
    });
  });

  it('writes times in England’s time, British Summer Time included', () => {
    expect(ukDateTime('2026-07-01T23:30:00.000Z')).toBe('02/07/2026 00:30');
    expect(ukDateTime('2026-01-01T23:30:00.000Z')).toBe('01/01/2026 23:30');
  });
});
