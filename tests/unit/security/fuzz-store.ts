// Shared by the hostile-file fuzz tests: a seeded store on fake-indexeddb reached through the background's real write
// path, and the checks every outcome must pass (clear messages, working views, no prototype pollution).
import Papa from 'papaparse';
import { expect } from 'vitest';
import { replyTo } from '../../../lib/background/router';
import { receiptsCsv, sessionsCsv, submissionsCsv } from '../../../lib/ledger/csv-export';
import { openLedger } from '../../../lib/ledger/db';
import { adviceFor, monthlyForms } from '../../../lib/ledger/forms';
import type { PageToBackground } from '../../../lib/ledger/messages';
import { locumAChoices, locumBChoices } from '../../../lib/background/portal-choices';
import { dueReminders } from '../../../lib/ledger/reminders';
import type { LedgerData } from '../../../lib/ledger/schemas';
import { LedgerStore } from '../../../lib/ledger/store';
import { openTenWeekLimits } from '../../../lib/ledger/ten-week';
import { waitingLocumAs } from '../../../lib/ledger/waiting';

/** Fixed, so a failure prints a counterexample that the same seed reproduces. */
export const FUZZ_SEED = 20_261_121;
export const FUZZ_RUNS = 10_000;
export const TODAY = '2026-03-20';
const NOW = '2026-03-20T10:00:00.000Z';

const practice = (id: string, name: string, odsCode: string) => ({ id, name, odsCode, address: '', email: '', approverContact: '' });
const session = (id: string, practiceId: string, dateWorked: string, feePence: number, invoiceId?: string) => ({
  id,
  dateWorked,
  practiceId,
  feePence,
  workType: 'practice' as const,
  pensioned: true,
  notes: '',
  ...(invoiceId ? { invoiceId } : {}),
});

/** What the store holds before every case: one of each kind of record. */
export const SEEDED_LEDGER: LedgerData = {
  profile: {
    name: 'Dr Alex Morgan',
    sdNumber: '84123456',
    niNumber: 'QQ123456C',
    gmcNumber: '7012345',
    dateOfBirth: '1984-06-12',
    email: 'alex@example.test',
    otherRoles: [],
  },
  practices: [practice('p-riverside', 'Riverside Medical Centre', 'Y99901'), practice('p-elm', 'Elm Tree Surgery', 'Y99902')],
  sessions: [
    session('s-1', 'p-riverside', '2026-03-02', 110000, 'i-1'),
    session('s-2', 'p-riverside', '2026-03-03', 109445, 'i-1'),
    session('s-3', 'p-elm', '2026-03-09', 80000),
  ],
  invoices: [
    { id: 'i-1', practiceId: 'p-riverside', reference: 'INV-0302', sessionIds: ['s-1', 's-2'], sentOn: '2026-03-04', paidOn: '2026-03-10' },
  ],
  submissions: [
    {
      id: 'sub-1',
      kind: 'A',
      month: '2026-03',
      invoiceId: 'i-1',
      status: 'submitted',
      filled: { fee: '2194.45' },
      formReference: 'LA-000123',
      amounts: { box1: 219445 },
      createdAt: NOW,
      updatedAt: NOW,
      submittedAt: NOW,
    },
  ],
  receipts: [
    {
      id: 'r-1',
      reference: 'LA-000123',
      amountPence: 219445,
      date: '2026-03-20',
      source: 'page',
      submissionId: 'sub-1',
      evidence: 'Locum A form submitted',
    },
  ],
  settings: { notifications: true, chosenRates: { '2025-26': 12.5 } },
  portalMappings: [
    {
      id: 'm-1',
      pageKind: 'locumAForm',
      fingerprint: { id: 'txtFee', name: 'fee', label: 'Total fee (£)' },
      concept: 'fee',
      createdAt: NOW,
    },
  ],
  practiceInvoices: [
    {
      id: 'pi-1',
      locumName: 'Dr Sam Jones',
      gmcNumber: '7000001',
      firstDay: '2026-03-02',
      lastDay: '2026-03-03',
      feePence: 50000,
      reference: 'SJ-1',
    },
  ],
  rateTables: [
    {
      schemeYear: '2026/27',
      bandTopsPounds: [13_450, 27_700, 33_750, 50_650, 65_000],
      ratesPercent: [5.2, 6.5, 8.3, 9.8, 10.7, 12.5],
      employerRatePercent: 23.7,
      source: 'https://www.nhsbsa.nhs.uk/member-hub/how-much-you-pay',
      enteredAt: NOW,
    },
  ],
};

/** A different valid ledger: the file that the mutations start from, so a restore that is accepted shows as a change. */
export const FILE_LEDGER: LedgerData = {
  profile: {
    name: 'Dr Jo Bloggs',
    sdNumber: 'SD 12345678',
    niNumber: 'QQ654321A',
    gmcNumber: '7654321',
    email: '',
    otherRoles: [{ description: 'Salaried GP', pensionablePayPence: 4_000_000, fullYear: true }],
  },
  practices: [practice('f-castle', 'Castle Street Health Centre', 'Y99903'), practice('f-nhse', 'NHS England (appraisal work)', 'X24')],
  sessions: [
    session('f-s1', 'f-castle', '2025-05-06', 85000, 'f-i1'),
    session('f-s2', 'f-castle', '2025-05-07', 85000, 'f-i1'),
    { ...session('f-s3', 'f-nhse', '2025-06-02', 50000, 'f-i2'), workType: 'appraisal' },
    { ...session('f-s4', 'f-castle', '2025-06-10', 30000), workType: 'ooh', pensioned: false, notes: 'Café, "quotes"; £ and =SUM(A1)' },
  ],
  invoices: [
    { id: 'f-i1', practiceId: 'f-castle', reference: 'JB-2025-05', sessionIds: ['f-s1', 'f-s2'], paidOn: '2025-05-30' },
    { id: 'f-i2', practiceId: 'f-nhse', reference: '', sessionIds: ['f-s3'], paidOn: '2025-06-20' },
  ],
  submissions: [
    {
      id: 'f-sub1',
      kind: 'A',
      month: '2025-05',
      invoiceId: 'f-i1',
      status: 'approved',
      filled: {},
      formReference: 'LA-000042',
      amounts: { box1: 170000, box2: 153000 },
      createdAt: NOW,
      updatedAt: NOW,
    },
    {
      id: 'f-sub2',
      kind: 'B',
      month: '2025-05',
      status: 'paid',
      filled: {},
      paymentReference: '12345678LOCMAY2025-01',
      amounts: {},
      ratePercent: 12.5,
      createdAt: NOW,
      updatedAt: NOW,
    },
  ],
  receipts: [{ id: 'f-r1', reference: 'LA-000042', amountPence: 0, date: '2025-06-01', source: 'manual', submissionId: 'f-sub1' }],
  settings: { notifications: false, lastBackupAt: NOW, practiceMode: true },
  portalMappings: [
    { id: 'f-m1', pageKind: 'locumBForm', fingerprint: { id: '', name: 'tier', label: 'Tier' }, concept: 'tier', createdAt: NOW },
  ],
  practiceInvoices: [],
};

/** Arrays in id order, keys sorted and optional stores filled in, so two ledgers compare by content, not by the order things were read. */
export function canonical(data: LedgerData): string {
  const byId = <T extends { id: string }>(records: T[] | undefined) =>
    [...(records ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keysInOrder = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value;
  return JSON.stringify(
    {
      profile: data.profile ?? null,
      practices: byId(data.practices),
      sessions: byId(data.sessions),
      invoices: byId(data.invoices),
      submissions: byId(data.submissions),
      receipts: byId(data.receipts),
      settings: data.settings,
      portalMappings: byId(data.portalMappings),
      practiceInvoices: byId(data.practiceInvoices),
      rateTables: [...(data.rateTables ?? [])].sort((a, b) => (a.schemeYear < b.schemeYear ? -1 : 1)),
    },
    keysInOrder,
  );
}

/**
 * One LedgerStore on fake-indexeddb, seeded with SEEDED_LEDGER and reused by every case. Requests go through the
 * background's own entry point (`replyTo`: Zod validation, then the store), exactly as the dashboard's `ask` reaches it.
 */
export async function seededStore() {
  const db = await openLedger(`fuzz-${crypto.randomUUID()}`);
  const store = new LedgerStore(db, () => NOW);
  await store.replaceAll(SEEDED_LEDGER);
  const seeded = canonical(await store.read());
  let requests = 0;
  let written = false;
  return {
    store,
    seeded,
    /** How many write requests reached the background. */
    requests: () => requests,
    async send(request: PageToBackground) {
      requests += 1;
      written = true;
      return replyTo(Promise.resolve(store), request);
    },
    read: () => store.read(),
    /** Every case starts from the seed, even after a case that wrote and then failed part-way (as fast-check shrinks it). */
    async startCase() {
      if (written) await store.replaceAll(SEEDED_LEDGER);
      written = false;
    },
    /**
     * Every refused case checks that no request reached the store; reading the whole store back after each one would
     * triple the run time, so every `every`th refused case also compares the store with the seed.
     */
    async expectUnchanged(requestsBefore: number, refusedSoFar: number, every = 250) {
      expect(requests).toBe(requestsBefore);
      if (refusedSoFar % every === 0) expect(canonical(await store.read())).toBe(seeded);
    },
    close: () => db.close(),
  };
}

const JARGON = [
  /\bundefined\b/,
  /\bnull\b/,
  /\[object /,
  /\bNaN\b/,
  /invalid_(type|value|union|format)/,
  /\bat .+:\d+:\d+/,
  /SyntaxError|TypeError|RangeError/,
  /Unexpected token/,
  /\bZod\b/i,
];
/** Long enough for a path and a reason; a message that quotes a whole hostile cell back is not a clear one. */
const MAX_MESSAGE = 400;

/** The messages that are not a clear, plain-English error: empty, too long, or in a program's words rather than a person's. */
export function unclearMessages(messages: string[]): string[] {
  return messages.filter((message) => {
    if (typeof message !== 'string' || message.trim().length < 8 || message.length > MAX_MESSAGE) return true;
    // Bidirectional overrides and other invisible characters would garble the message around them.
    if (/[\p{Cc}\p{Cf}]/u.test(message.replace(/\n/g, ''))) return true;
    // What the file itself says is quoted, and may be anything; the words around it are ours and must be plain.
    const ours = message.replace(/"[^"]*"/g, '""');
    if (!/[A-Za-z]{2,}(?: [A-Za-z]{2,})/.test(ours)) return true;
    return JARGON.some((pattern) => pattern.test(ours));
  });
}

/** Every cell of an export that a spreadsheet would run as a formula (OWASP "CSV injection"). */
function unguardedFormulae(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
}

/**
 * Everything the popup, dashboard and background compute from the ledger: none of it may fail on an accepted file,
 * and no exported cell may start a formula, whatever the file put in the ledger.
 */
export function everyView(ledger: LedgerData): void {
  monthlyForms(ledger, TODAY);
  adviceFor(ledger, TODAY);
  dueReminders(ledger, TODAY);
  openTenWeekLimits(ledger, TODAY);
  waitingLocumAs(ledger);
  locumAChoices(ledger, TODAY);
  locumBChoices(ledger, TODAY);
  for (const csv of [sessionsCsv(ledger), submissionsCsv(ledger), receiptsCsv(ledger)]) expect(unguardedFormulae(csv)).toEqual([]);
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();
/** Nothing in a file may reach Object.prototype (prototype pollution). */
export function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(OBJECT_PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Tallies for the report: how many cases were run and how many the importer refused. */
export function tally() {
  const counts = { run: 0, refused: 0, accepted: 0 };
  return {
    counts,
    refused: () => {
      counts.run += 1;
      counts.refused += 1;
    },
    accepted: () => {
      counts.run += 1;
      counts.accepted += 1;
    },
    report: (name: string, started: number) =>
      console.log(
        `${name}: ${counts.run} cases, ${counts.refused} refused, ${counts.accepted} accepted as valid, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      ),
    /** Every case ran, most were refused, and exactly one write request went out per accepted file: none for a refused one. */
    expectWholeRun: (writeRequests: number) => {
      expect(writeRequests).toBe(counts.accepted);
      expect(counts.run).toBe(FUZZ_RUNS);
      expect(counts.refused).toBeGreaterThan(FUZZ_RUNS * 0.6);
    },
  };
}
