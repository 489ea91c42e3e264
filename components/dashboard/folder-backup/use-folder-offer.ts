import { useEffect, useState } from 'preact/hooks';
import { computerSlug } from '@/lib/ledger/folder-backup/naming';
import { listFolderBackups } from '@/lib/ledger/folder-backup/listing';
import { folderOffer, type FolderOffer } from '@/lib/ledger/folder-backup/offer';
import type { FolderBackupRecord } from '@/lib/ledger/folder-backup/record';
import type { LedgerData } from '@/lib/ledger/schemas';
import { folderIO } from './folder-access';

/** On opening the dashboard (and after each restore or merge): whether the folder holds another computer's newer backup. */
export function useFolderOffer(record: FolderBackupRecord | null | undefined, ledger: LedgerData | null) {
  const [offer, setOffer] = useState<FolderOffer>({ kind: 'none' });
  const ready = record && record.status.state !== 'paused' && ledger !== null;
  const agreedAt = record?.lastAgreedAt;
  useEffect(() => {
    if (!ready) return;
    let current = true;
    listFolderBackups(folderIO(record.handle), record.key)
      .then((backups) => current && setOffer(folderOffer(ledger, backups, computerSlug(record.computerName), agreedAt)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [ready, agreedAt]);
  return { offer, dismiss: () => setOffer({ kind: 'none' }) };
}
