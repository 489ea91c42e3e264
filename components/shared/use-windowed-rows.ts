import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { measureScroll } from './bench-marks';

export type RowWindow = {
  /** Index of the first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height in pixels the rows before `start` would take: the top spacer. */
  before: number;
  /** Height in pixels the rows from `end` on would take: the bottom spacer. */
  after: number;
};

const ESTIMATED_ROW_PX = 41;
const OVERSCAN = 12;

function windowFor(count: number, rowPx: number, top: number, viewport: number): { start: number; end: number } {
  const first = Math.floor(Math.max(0, -top) / rowPx);
  const last = Math.ceil(Math.max(0, viewport - top) / rowPx);
  return { start: Math.max(0, Math.min(count, first - OVERSCAN)), end: Math.min(count, Math.max(first, last) + OVERSCAN) };
}

/**
 * Windowed rendering for a long table that scrolls with the page: only the rows near the viewport are in the DOM, with
 * spacer rows standing in for the rest, so the table keeps its height and the page's scrollbar, arrow keys and Page Down
 * behave as with every row present. Row height is measured from the rows on screen. Each scroll-driven update is timed
 * as a `sessions-table-scroll` measure on the Performance timeline, for `npm run bench` to read.
 */
export function useWindowedRows(count: number, body: RefObject<HTMLElement | null>): RowWindow {
  const [rowPx, setRowPx] = useState(ESTIMATED_ROW_PX);
  const [range, setRange] = useState(() => windowFor(count, ESTIMATED_ROW_PX, 0, typeof innerHeight === 'number' ? innerHeight : 800));
  const scrolledAt = useRef<number | null>(null);
  const latest = useRef({ count, rowPx });
  latest.current = { count, rowPx };

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const element = body.current;
      if (!element) return;
      const { count: rows, rowPx: px } = latest.current;
      const next = windowFor(rows, px, element.getBoundingClientRect().top, innerHeight);
      setRange((current) => {
        if (current.start !== next.start || current.end !== next.end) return next;
        scrolledAt.current = null; // Nothing new to render: this scroll cost no update.
        return current;
      });
    };
    const onScroll = () => {
      scrolledAt.current ??= performance.now();
      frame ||= requestAnimationFrame(update);
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    update();
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [body, count, rowPx]);

  // Measure the real row height once rows are on screen; text wrapping or a larger font changes it.
  useLayoutEffect(() => {
    const rows = body.current?.querySelectorAll<HTMLElement>(':scope > tr[aria-rowindex]');
    if (!rows || rows.length === 0) return;
    const height = (rows[rows.length - 1]!.getBoundingClientRect().bottom - rows[0]!.getBoundingClientRect().top) / rows.length;
    if (height > 0 && Math.abs(height - rowPx) > 0.5) setRowPx(height);
  });

  useLayoutEffect(() => {
    if (scrolledAt.current === null) return;
    measureScroll(scrolledAt.current);
    scrolledAt.current = null;
  }, [range]);

  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return { start, end, before: start * rowPx, after: (count - end) * rowPx };
}
