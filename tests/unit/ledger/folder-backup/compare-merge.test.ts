import { describe, expect, it } from 'vitest';
import { compareLedgers } from '../../../../lib/ledger/folder-backup/compare';
import { mergeByRecord } from '../../../../lib/ledger/folder-backup/merge';
import { folderOffer } from '../../../../lib/ledger/folder-backup/offer';
import type { ReadableBackup } from '../../../../lib/ledger/folder-backup/listing';
import { parseBackup, serialiseBackup } from '../../../../lib/ledger/backup';
import type { LedgerData } from '../../../../lib/ledger/schemas';
import { riverside, session } from '../../../fixtures/ledger-records';

const ledger = (overrides: Partial<LedgerData> = {}): LedgerData => ({
  profile: null,
  practices: [riverside],
  sessions: [],
  invoices: [],
  submissions: [],
  receipts: [],
  settings: { notifications: true },
  ...overrides,
});

const mine = ledger({
  sessions: [session({ id: 's-both' }), session({ id: 's-mine' }), session({ id: 's-changed', feePence: 100 })],
  settings: { notifications: true, lastChangeAt: '2026-12-06T10:00:00.000Z' },
});
const theirs = ledger({
  sessions: [session({ id: 's-theirs' }), session({ id: 's-both' }), session({ id: 's-changed', feePence: 200 })],
  settings: { notifications: false, lastChangeAt: '2026-12-06T12:00:00.000Z' },
});

describe('comparing two ledgers', () => {
  it('lists what each has that the other lacks, and what differs, by id', () => {
    expect(compareLedgers(mine, theirs)).toEqual([
      { collection: 'sessions', onlyMine: ['s-mine'], onlyTheirs: ['s-theirs'], changed: ['s-changed'] },
      { collection: 'invoices', onlyMine: [], onlyTheirs: [], changed: [] },
      { collection: 'receipts', onlyMine: [], onlyTheirs: [], changed: [] },
    ]);
  });

  it('sees the same record with keys in another order as the same', () => {
    const reordered = { ...Object.fromEntries(Object.entries(session({ id: 's-both' })).reverse()) } as ReturnType<typeof session>;
    expect(compareLedgers(ledger({ sessions: [session({ id: 's-both' })] }), ledger({ sessions: [reordered] }))[0]!.changed).toEqual([]);
  });
});

describe('merge by record', () => {
  it('keeps every record of both, and for the same id the later change, listing the other', () => {
    const { data, overridden } = mergeByRecord(
      { data: mine, changedAt: mine.settings.lastChangeAt! },
      { data: theirs, changedAt: theirs.settings.lastChangeAt! },
    );
    expect(data.sessions.map((s) => s.id).sort()).toEqual(['s-both', 's-changed', 's-mine', 's-theirs']);
    expect(data.sessions.find((s) => s.id === 's-changed')!.feePence).toBe(200);
    expect(overridden).toEqual([{ collection: 'sessions', id: 's-changed', kept: 'theirs' }]);
    expect(data.settings.notifications).toBe(false);
    expect(parseBackup(serialiseBackup(data, '2026-12-06T13:00:00.000Z')).ok).toBe(true);
  });

  it('keeps mine for the same id when mine changed later', () => {
    const { data, overridden } = mergeByRecord(
      { data: mine, changedAt: '2026-12-07T00:00:00.000Z' },
      { data: theirs, changedAt: '2026-12-06T12:00:00.000Z' },
    );
    expect(data.sessions.find((s) => s.id === 's-changed')!.feePence).toBe(100);
    expect(overridden).toEqual([{ collection: 'sessions', id: 's-changed', kept: 'mine' }]);
  });

  it('keeps the newer answer to "What is this page?" for a page, whichever side changed later', () => {
    const answer = {
      fingerprint: 'f-1',
      kind: 'locumAForm',
      heading: 'Submit your work details',
      answeredAt: '2026-12-06T11:00:00.000Z',
    } as const;
    const { data, overridden } = mergeByRecord(
      { data: { ...mine, pageKindAnswers: [answer] }, changedAt: mine.settings.lastChangeAt! },
      {
        data: { ...theirs, pageKindAnswers: [{ ...answer, kind: 'none', answeredAt: '2026-12-06T09:00:00.000Z' }] },
        changedAt: theirs.settings.lastChangeAt!,
      },
    );
    expect(data.pageKindAnswers).toEqual([answer]);
    expect(overridden).toContainEqual({ collection: 'pageKindAnswers', id: 'f-1', kept: 'mine' });
  });
});

const backup = (data: LedgerData, computer = 'desktop'): ReadableBackup => ({
  ok: true,
  name: `locum-ledger-2026-12-06-1200-${computer}.json`,
  writtenAt: '2026-12-06T12:00',
  computer,
  data,
  exportedAt: '2026-12-06T12:00:30.000Z',
  changedAt: data.settings.lastChangeAt!,
  counts: { sessions: data.sessions.length, invoices: 0, receipts: 0, practices: 1 },
});

describe('what the dashboard offers on opening', () => {
  it('offers a newer backup from another computer when this ledger has not changed since they agreed', () => {
    expect(folderOffer(mine, [backup(theirs)], 'laptop', mine.settings.lastChangeAt).kind).toBe('newer');
    expect(folderOffer(ledger(), [backup(theirs)], 'laptop').kind).toBe('newer');
  });

  it('shows both sides when both changed since they last agreed', () => {
    expect(folderOffer(mine, [backup(theirs)], 'laptop', '2026-12-01T00:00:00.000Z').kind).toBe('diverged');
  });

  it('offers nothing for its own backups, for one already agreed, or for the same records', () => {
    expect(folderOffer(mine, [backup(theirs, 'laptop')], 'laptop').kind).toBe('none');
    expect(folderOffer(mine, [backup(theirs)], 'laptop', theirs.settings.lastChangeAt).kind).toBe('none');
    expect(folderOffer(mine, [backup({ ...mine, settings: theirs.settings })], 'laptop').kind).toBe('none');
  });
});
