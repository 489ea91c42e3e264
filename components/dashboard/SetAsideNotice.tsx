import { useState } from 'preact/hooks';
import { ProblemAlert } from '@/components/shared/ProblemAlert';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { SetAsideRecord } from '@/lib/ledger/schemas';
import { describeSetAside, serialiseSetAside } from '@/lib/ledger/set-aside';
import { download } from '../shared/download';

const LISTED = 5;

/** Records the store could not read: said plainly, kept, downloadable, and discarded only when the user says so. */
export function SetAsideNotice({ records, today, onChange }: { records: SetAsideRecord[]; today: string; onChange: () => void }) {
  const [downloaded, setDownloaded] = useState(false);
  const { problem, run } = useAction(onChange);
  if (records.length === 0) return null;
  const count = records.length === 1 ? '1 record' : `${records.length} records`;

  function save() {
    download(`locum-ledger-set-aside-${today}.json`, serialiseSetAside(records, new Date().toISOString()), 'application/json');
    setDownloaded(true);
  }

  const discard = () => run(() => ask({ type: 'set-aside/discard', ids: records.map((record) => record.id) }));

  return (
    <section class="card set-aside" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">
        {count} could not be read and {records.length === 1 ? 'was' : 'were'} set aside
      </h2>
      <p>
        The rest of your ledger loaded as usual, and your forms and totals leave {records.length === 1 ? 'it' : 'them'} out. Nothing was
        deleted: {records.length === 1 ? 'it is' : 'they are'} kept here, exactly as stored, and included in your backups.
      </p>
      <ul>
        {records.slice(0, LISTED).map((record) => (
          <li key={record.id}>{describeSetAside(record)}</li>
        ))}
        {records.length > LISTED && <li>…and {records.length - LISTED} more.</li>}
      </ul>
      <div class="toolbar">
        <button type="button" class="button" onClick={save}>
          Download {records.length === 1 ? 'it' : 'them'} (JSON)
        </button>
        {downloaded && (
          <button type="button" class="button button--secondary" onClick={discard}>
            Discard from the ledger
          </button>
        )}
      </div>
      {downloaded && (
        <p role="status">
          Saved to your downloads. Re-enter what you need from the file, then discard {records.length === 1 ? 'it' : 'them'} here.
        </p>
      )}
      <ProblemAlert problem={problem} />
    </section>
  );
}
