// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../lib/shared/validation';
import { LedgerData, Practice, Session, Submission } from '../../../lib/ledger/schemas';
import { riverside, session } from '../../fixtures/ledger-records';

describe('ledger schemas', () => {
  it('accept well-formed records', () => {
    expect(Session.parse(session())).toEqual(session());
    expect(Practice.parse(riverside)).toEqual(riverside);
  });

  it.each([
    [{ dateWorked: '2026-02-30' }, 'dateWorked: expected a real date written YYYY-MM-DD'],
    [{ feePence: 850.5 }, 'feePence: expected a whole number of pence'],
    [{ workType: 'agency' }, 'workType: expected one of "practice", "appraisal", "ooh", "icb", "private"'],
    [{ notes: 'x'.repeat(2001) }, 'notes: at most 2000 characters'],
    [{ id: '' }, 'id: '],
  ])('reject a session with %j, saying %s', (change, message) => {
    expect(() => parseInput(Session, { ...session(), ...change }, 'Session')).toThrow(message);
  });

  it('require a practice name', () => {
    expect(() => parseInput(Practice, { ...riverside, name: '' }, 'Practice')).toThrow('name: the practice needs a name');
  });

  it('keep submission statuses to the portal workflow', () => {
    const base = {
      id: 's',
      kind: 'A',
      month: '2026-10',
      status: 'submitted',
      filled: {},
      amounts: {},
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
    };
    expect(Submission.safeParse(base).success).toBe(true);
    expect(Submission.safeParse({ ...base, status: 'lost' }).success).toBe(false);
  });

  it('hold a whole ledger with no profile yet', () => {
    expect(
      LedgerData.safeParse({
        profile: null,
        practices: [],
        sessions: [],
        invoices: [],
        submissions: [],
        receipts: [],
        settings: { notifications: true },
      }).success,
    ).toBe(true);
  });
});
