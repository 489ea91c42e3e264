import * as z from 'zod/mini';
import { EnteredRateTable, EnteredRateTables, IsoDate, isSchemeYear } from '../pension';
import { Invoice, Practice, PracticeInvoice, Profile, Session, Settings } from './schemas';
import { Id, PageKindAnswer, PortalMapping } from '../shared/records';

/** Requests from the extension's own pages (popup, dashboard) to the background, which owns the ledger. */
export const PageToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ledger/read') }),
  z.object({ type: z.literal('popup/summary'), today: IsoDate }),
  z.object({ type: z.literal('session/save'), session: Session }),
  z.object({
    type: z.literal('sessions/save'),
    sessions: z.array(Session),
    practices: z.array(Practice),
    invoices: z.optional(z.array(Invoice)),
  }),
  // A spreadsheet import: saved like sessions/save, after a safety copy of the ledger is kept for Undo import.
  z.object({
    type: z.literal('sessions/import'),
    sessions: z.array(Session),
    practices: z.array(Practice),
    invoices: z.array(Invoice),
  }),
  z.object({ type: z.literal('sessions/delete'), ids: z.array(Id) }),
  z.object({ type: z.literal('sessions/mark-paid'), ids: z.array(Id).check(z.minLength(1)), paidOn: IsoDate }),
  z.object({ type: z.literal('practice/save'), practice: Practice }),
  z.object({ type: z.literal('practice/delete'), id: Id }),
  z.object({ type: z.literal('profile/save'), profile: Profile }),
  z.object({ type: z.literal('settings/save'), settings: Settings }),
  // The store validates a whole ledger against LedgerData before writing it; checking 10,000 sessions here as well doubled a restore.
  z.object({ type: z.literal('ledger/replace'), data: z.unknown() }),
  z.object({ type: z.literal('practice-invoice/save'), invoice: PracticeInvoice }),
  z.object({ type: z.literal('practice-invoice/delete'), id: Id }),
  // A portal profile: its taught fields replace this computer's; its answers to "What is this page?" are merged, newest winning.
  z.object({ type: z.literal('portal-profile/import'), mappings: z.array(PortalMapping), answers: z.array(PageKindAnswer) }),
  z.object({ type: z.literal('page-kind-answers/forget'), fingerprints: z.array(PageKindAnswer.shape.fingerprint).check(z.minLength(1)) }),
  z.object({ type: z.literal('set-aside/discard'), ids: z.array(Id).check(z.minLength(1)) }),
  z.object({ type: z.literal('rate-table/save'), table: EnteredRateTable }),
  z.object({ type: z.literal('rate-table/delete'), schemeYear: z.string().check(z.refine(isSchemeYear)) }),
  // Merged, not cleared: each table replaces the stored one of its scheme year, and the reply counts added and replaced.
  z.object({ type: z.literal('rate-tables/import'), tables: EnteredRateTables.check(z.minLength(1)) }),
  // A restore the user confirmed: like ledger/replace, but a copy of the ledger as it was is kept first, for Undo.
  z.object({ type: z.literal('ledger/restore'), data: z.unknown() }),
  z.object({ type: z.literal('safety-copy/latest') }),
  z.object({ type: z.literal('safety-copy/undo'), id: z.string().check(z.minLength(1), z.maxLength(100)) }),
  // The popup's "Backups paused" notice: whether the folder backup is set up and paused (the folder's handle stays in IndexedDB).
  z.object({ type: z.literal('folder-backup/status') }),
]);
export type PageToBackground = z.infer<typeof PageToBackground>;
