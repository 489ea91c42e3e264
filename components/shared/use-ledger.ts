import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';

/** The ledger as the background holds it, with a reload after each change and any error in plain English. */
export function useLedger() {
  const [ledger, setLedger] = useState<LedgerData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setLedger(await ask({ type: 'ledger/read' }));
      setError(null);
    } catch (problem) {
      setError(messageOf(problem));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ledger, error, reload };
}
