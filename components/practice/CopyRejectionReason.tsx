import { useState } from 'preact/hooks';
import { messageOf } from '@/lib/shared/message-of';

/** Copies a rejection reason for PCSE's Reject box; the approver pastes it and presses Reject themselves. */
export function CopyRejectionReason({ reason }: { reason: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(reason);
      setStatus('Copied');
    } catch (error) {
      setStatus(`Not copied: ${messageOf(error)}`);
    }
  }
  return (
    <>
      <button type="button" class="copy-reason" onClick={copy} data-reason={reason}>
        Copy rejection reason
      </button>{' '}
      <span role="status">{status}</span>
    </>
  );
}
