import { useState } from 'preact/hooks';
import { messageOf } from '@/lib/shared/message-of';

/**
 * The dashboard's one way to change the ledger: run the request, then reload; a failure is kept in plain English for
 * the view to show, and the next success clears it.
 */
export function useAction(onChange: () => void) {
  const [problem, setProblem] = useState<string | null>(null);
  async function run(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      setProblem(null);
      onChange();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }
  return { problem, setProblem, run };
}
