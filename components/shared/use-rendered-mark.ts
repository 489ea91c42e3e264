import { useEffect } from 'preact/hooks';

/** Marks the moment the ledger is first on screen, for `npm run bench` to read from the Performance timeline. */
export function useRenderedMark(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName('ledger-rendered').length === 0) performance.mark('ledger-rendered');
  }, [ready]);
}
