import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/components/panel/ask-background';
import { readStatuses } from '@/lib/portal/read/statuses';
import { messageOf } from '@/lib/shared/message-of';

/** On a list page: brings the ledger's submission statuses up to date with what PCSE shows. */
export function StatusSync({ doc, note }: { doc: Document; note: string }) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const statuses = readStatuses(doc);
    askBackground({ type: 'portal/statuses', statuses })
      .then(({ updated }) =>
        setMessage(
          updated === 0
            ? `Read ${statuses.length} statuses: your ledger was already up to date.`
            : `Updated ${updated} submission${updated === 1 ? '' : 's'} in your ledger from this page.`,
        ),
      )
      .catch((e) => setMessage(messageOf(e)));
  }, []);
  return (
    <>
      <p>{note}</p>
      {message ? (
        <p class="note" role="status">
          {message}
        </p>
      ) : null}
    </>
  );
}
