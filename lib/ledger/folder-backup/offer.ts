import type { LedgerData } from '../schemas';
import { compareLedgers, noDifference } from './compare';
import type { FolderBackup, ReadableBackup } from './listing';

/**
 * What to say on opening the dashboard: nothing; a newer backup from another computer while this ledger has not
 * changed since the two last agreed (offer it); or both sides changed since (show each side's records, never merge silently).
 */
export type FolderOffer = { kind: 'none' } | { kind: 'newer' | 'diverged'; backup: ReadableBackup };

export function folderOffer(ledger: LedgerData, backups: FolderBackup[], thisComputer: string, lastAgreedAt = ''): FolderOffer {
  const newest = backups.find((backup): backup is ReadableBackup => backup.ok && backup.computer !== thisComputer);
  if (!newest || newest.changedAt <= lastAgreedAt) return { kind: 'none' };
  // The same records on both sides: the two agree, whatever the times say.
  if (noDifference(compareLedgers(ledger, newest.data))) return { kind: 'none' };
  const localChange = ledger.settings.lastChangeAt ?? '';
  return { kind: localChange > lastAgreedAt ? 'diverged' : 'newer', backup: newest };
}
