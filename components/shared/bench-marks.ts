import { useEffect } from 'preact/hooks';
import { TEST_BUILD } from '@/lib/shared/build-mode';
import type { FillReport } from '@/lib/portal/fill/values';

/**
 * Every Performance timeline entry `npm run bench` reads from the extension's pages, named here so the bench and the
 * components agree on one list.
 */
const RENDERED_MARK = 'ledger-rendered';
const SCROLL_MEASURE = 'sessions-table-scroll';

/** Marks the moment the ledger is first on screen. */
export function useRenderedMark(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(RENDERED_MARK).length === 0) performance.mark(RENDERED_MARK);
  }, [ready]);
}

/** Times one scroll-driven update of the sessions table, from the scroll event to the new rows in the DOM. */
export function measureScroll(scrolledAt: number): void {
  performance.measure(SCROLL_MEASURE, { start: scrolledAt, end: performance.now() });
}

/** Times a fill on the portal. Timing entries are shared with the page, so only test builds write them. */
export function measureFill(timing: FillReport['timing']): void {
  if (TEST_BUILD) {
    performance.measure('locum-ledger:fill-script', { start: performance.now() - timing.scriptMs, duration: timing.scriptMs });
    performance.measure('locum-ledger:fill-total', { start: performance.now() - timing.totalMs, duration: timing.totalMs });
    performance.measure('locum-ledger:fill-page-handlers', { start: performance.now() - timing.pageMs, duration: timing.pageMs });
  }
}
