import { useMemo, useState } from 'preact/hooks';
import { compareLedgers } from '@/lib/ledger/folder-backup/compare';
import type { ReadableBackup } from '@/lib/ledger/folder-backup/listing';
import { mergeByRecord } from '@/lib/ledger/folder-backup/merge';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { backupLabel, markAgreed, replaceFromFolder } from './folder-restore';
import { NOUNS, recordLabel } from './record-labels';

/** A merge is a change of its own: stamped now, so it is written to the folder for the other computer to see. */
const stampedNow = (data: LedgerData): LedgerData => ({ ...data, settings: { ...data.settings, lastChangeAt: new Date().toISOString() } });

function IdList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Both sides side by side: what this computer has that the backup lacks and the other way round, by id, and what a
 * merge by record would keep. Nothing is written until one of the three buttons is pressed.
 */
export function MergeView({ ledger, backup, onDone }: { ledger: LedgerData; backup: ReadableBackup; onDone: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const sides = [ledger, backup.data];
  const differences = useMemo(() => compareLedgers(ledger, backup.data), [ledger, backup]);
  const merged = useMemo(
    () =>
      mergeByRecord({ data: ledger, changedAt: ledger.settings.lastChangeAt ?? '' }, { data: backup.data, changedAt: backup.changedAt }),
    [ledger, backup],
  );
  const act = (work: () => Promise<void>) => () =>
    work()
      .then(onDone)
      .catch((error: unknown) => setProblem(messageOf(error)));
  const compared = merged.overridden.filter((o) => o.collection in NOUNS) as { collection: keyof typeof NOUNS; id: string; kept: string }[];
  return (
    <section class="card" aria-labelledby="merge-heading">
      <h2 id="merge-heading">This computer and the backup of {backupLabel(backup)}</h2>
      {differences.map(({ collection, onlyMine, onlyTheirs, changed }) => (
        <div key={collection}>
          <h3>{NOUNS[collection]}</h3>
          {onlyMine.length + onlyTheirs.length + changed.length === 0 && <p class="muted">The same on both.</p>}
          <IdList title="Only on this computer" items={onlyMine.map((id) => recordLabel(collection, id, sides))} />
          <IdList title={`Only in the backup from ${backup.computer}`} items={onlyTheirs.map((id) => recordLabel(collection, id, sides))} />
          <IdList title="On both, but different" items={changed.map((id) => recordLabel(collection, id, sides))} />
        </div>
      ))}
      <p>
        Merge by record keeps every record of both. Where both have the same record but differently, the later change is kept
        {compared.length > 0 ? ':' : '.'}
      </p>
      <IdList
        title="Kept from the later change"
        items={compared.map(
          (o) => `${recordLabel(o.collection, o.id, sides)}: ${o.kept === 'mine' ? "this computer's" : "the backup's"} version`,
        )}
      />
      {problem && (
        <p role="alert" class="bad">
          {problem}
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="button" onClick={act(() => replaceFromFolder(stampedNow(merged.data), backup.changedAt))}>
          Merge by record
        </button>
        <button type="button" class="button button--secondary" onClick={act(() => markAgreed(backup.changedAt))}>
          Keep this computer's
        </button>
        <button type="button" class="button button--secondary" onClick={act(() => replaceFromFolder(backup.data, backup.changedAt))}>
          Keep the backup's
        </button>
      </div>
    </section>
  );
}
