import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { PopupSummary } from '@/lib/ledger/popup-summary';
import { messageOf } from '@/lib/shared/message-of';

/** The popup's view of the ledger, worked out by the background, with a reload after each change. */
export function usePopupSummary(today: string) {
  const [summary, setSummary] = useState<PopupSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setSummary(await ask({ type: 'popup/summary', today }));
      setError(null);
    } catch (problem) {
      setError(messageOf(problem));
    }
  }, [today]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { summary, error, reload };
}
