import type * as z from 'zod/mini';
import { Invoice, Practice, PracticeInvoice, Profile, Receipt, Session, Settings, Submission, type LedgerStoreName } from './schemas';
import { PageKindAnswer, PortalMapping } from '../shared/records';
import { EnteredRateTable } from '../pension';

/** Each store's schema: what a record must fit to be written to that store, or to reach the ledger when read from it. */
export const STORE_SCHEMAS = {
  practices: Practice,
  sessions: Session,
  invoices: Invoice,
  submissions: Submission,
  receipts: Receipt,
  portalMappings: PortalMapping,
  practiceInvoices: PracticeInvoice,
  profile: Profile,
  settings: Settings,
  rateTables: EnteredRateTable,
  pageKindAnswers: PageKindAnswer,
} satisfies Record<LedgerStoreName, z.ZodMiniType>;
