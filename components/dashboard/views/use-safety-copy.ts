import { useEffect, useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { SafetyCopyNote } from '@/lib/ledger/safety-copy-schema';
import type { LedgerData } from '@/lib/ledger/schemas';
import { messageOf } from '@/lib/shared/message-of';
import { todayInEngland } from '@/lib/shared/today';

/**
 * The automatic copy kept before the last restore or import, offered for Undo on the day it was taken: by the next
 * day the user has likely built on the restored ledger, and an Undo then would lose that work.
 */
export function useSafetyCopy(ledger: LedgerData, today: string, onChange: () => void) {
  const [copy, setCopy] = useState<SafetyCopyNote | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Asked again whenever the ledger changes: a restore or an import may just have kept a new copy.
  useEffect(() => {
    let current = true;
    ask({ type: 'safety-copy/latest' })
      .then((latest) => current && setCopy(latest))
      .catch(() => current && setCopy(null));
    return () => {
      current = false;
    };
  }, [ledger]);

  async function undo(offered: SafetyCopyNote) {
    try {
      await ask({ type: 'safety-copy/undo', id: offered.id });
      setProblem(null);
      setStatus(`Your ledger is back as it was before the ${offered.reason}.`);
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  const offered = copy && todayInEngland(new Date(copy.takenAt)) === today ? copy : null;
  return { offered, status, problem, undo };
}
