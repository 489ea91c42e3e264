// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../lib/shared/validation';
import { Invoice, LedgerData, Practice, PracticeInvoice, Profile, Receipt, Session, Submission } from '../../../lib/ledger/schemas';
import { riverside, session } from '../../fixtures/ledger-records';

const profile = { name: 'Dr A', sdNumber: '', niNumber: '', gmcNumber: '', email: '', otherRoles: [] };
const invoice = { id: 'i', practiceId: 'p', reference: 'AM-1', sessionIds: [] };
const receipt = { id: 'r', reference: 'LA-1', amountPence: 100, date: '2026-12-01', source: 'manual' };
const practiceInvoice = {
  id: 'pi',
  locumName: 'Dr A',
  gmcNumber: '',
  firstDay: '2026-12-01',
  lastDay: '2026-12-01',
  feePence: 1,
  reference: '',
};
const submission = {
  id: 's',
  kind: 'A',
  month: '2026-10',
  status: 'submitted',
  filled: {},
  amounts: {},
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

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

  it.each(['0026-11-22', '1899-12-31', '2101-01-01', '9999-12-31'])('refuse a session worked on %s, a year no ledger holds', (day) => {
    expect(() => parseInput(Session, { ...session(), dateWorked: day }, 'Session')).toThrow(
      'dateWorked: expected a real date between 1900 and 2100',
    );
  });

  it.each(['1900-01-01', '2100-12-31'])('keep %s, the edge of the years a ledger holds', (day) => {
    expect(Session.safeParse({ ...session(), dateWorked: day }).success).toBe(true);
  });

  it('bound every date of the ledger, and explain a date that is not one only once', () => {
    expect(() => parseInput(Session, { ...session(), dateWorked: 'soon' }, 'Session')).toThrow(
      /^(?!.*between 1900).*dateWorked: expected a real date written YYYY-MM-DD/s,
    );
    expect(Profile.safeParse({ ...profile, dateOfBirth: '0080-07-14' }).success).toBe(false);
    expect(Profile.safeParse({ ...profile, dateOfBirth: '1980-07-14' }).success).toBe(true);
    expect(Invoice.safeParse({ ...invoice, paidOn: '0026-12-01' }).success).toBe(false);
    expect(Invoice.safeParse({ ...invoice, sentOn: '2200-01-01' }).success).toBe(false);
    expect(Receipt.safeParse({ ...receipt, date: '0026-12-01' }).success).toBe(false);
    expect(PracticeInvoice.safeParse({ ...practiceInvoice, firstDay: '0026-12-01' }).success).toBe(false);
    expect(Submission.safeParse({ ...submission, month: '0026-11' }).success).toBe(false);
    expect(Submission.safeParse(submission).success).toBe(true);
  });

  it('take a booked session only as booked: true', () => {
    expect(Session.safeParse({ ...session(), booked: true }).success).toBe(true);
    expect(Session.safeParse({ ...session(), booked: false }).success).toBe(false);
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
