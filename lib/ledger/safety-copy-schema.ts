import * as z from 'zod/mini';
import { Timestamp } from '../shared/records';
import { LedgerData } from './schemas';

/** Why a copy was kept: the write it was kept before, which its Undo takes back. */
export const SafetyCopyReason = z.enum(['restore', 'import']);
export type SafetyCopyReason = z.infer<typeof SafetyCopyReason>;

/**
 * The ledger as it was just before a restore or an import replaced or added to it. Its id starts with the time it was
 * taken, so the store's keys run oldest first.
 */
export const SafetyCopy = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  takenAt: Timestamp,
  reason: SafetyCopyReason,
  data: LedgerData,
});
export type SafetyCopy = z.infer<typeof SafetyCopy>;

/** What a page is told of a copy: when and why it was kept, never the ledger inside it. */
export type SafetyCopyNote = Omit<SafetyCopy, 'data'>;
