/**
 * Every way the assistant hands control to the page: a click or a dispatched event, whose listeners (the page's
 * own scripts) run before it returns. Time spent in there is the portal's, not ours: the replica's "Add another
 * period" handler focuses its new row and so forces a layout per press, which is most of a 20-period fill. So the
 * fill's script-time budget (issue 6) counts our code only: the total, less the one-tick waits, less the time inside
 * these calls. A layout that our own later read forces is still counted as ours.
 */
let insidePage = 0;

/** Dispatches events in turn, timing the page's listeners. */
export function dispatch(element: EventTarget, ...events: Event[]): void {
  const started = performance.now();
  try {
    for (const event of events) element.dispatchEvent(event);
  } finally {
    insidePage += performance.now() - started;
  }
}

/** Clicks a button, box or menu item as a person would, timing the page's listeners. */
export function press(element: HTMLElement): void {
  const started = performance.now();
  try {
    element.click();
  } finally {
    insidePage += performance.now() - started;
  }
}

/** Milliseconds spent so far inside the page's handlers; a fill reads it before and after. */
export function pageHandlerMs(): number {
  return insidePage;
}
