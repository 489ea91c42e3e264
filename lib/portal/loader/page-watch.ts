import { OWN_UI_ATTRIBUTE } from '../recognise/controls';

const QUIET_MS = 200;
/** A page that keeps rewriting itself gets this many reactions a minute at most (Proton Pass's loop guard, anchors.md §2.2). */
const MAX_RUNS_PER_MINUTE = 30;

/**
 * One MutationObserver for the page: ignores our own panel, waits for the page to settle, and stops reacting to a page
 * stuck in a loop. `stop()` disconnects it; the content script calls it when the page goes away (anchors.md §2.1, §3.1).
 */
export function watchPage(root: Node, onChange: () => void): { stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs: number[] = [];
  const run = () => {
    const now = Date.now();
    runs = runs.filter((at) => now - at < 60_000);
    // Over the cap, one more run once the oldest leaves the minute, so the last change is never lost for good.
    if (runs.length >= MAX_RUNS_PER_MINUTE) {
      timer = setTimeout(run, 60_000 - (now - runs[0]!));
      return;
    }
    runs.push(now);
    onChange();
  };
  const observer = new MutationObserver((mutations) => {
    const foreign = mutations.some((m) => !(m.target instanceof Element && m.target.closest(`[${OWN_UI_ATTRIBUTE}]`)));
    if (!foreign) return;
    clearTimeout(timer);
    timer = setTimeout(run, QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  return {
    stop: () => {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
