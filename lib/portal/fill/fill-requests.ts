/**
 * Within the assistant: the fill shortcut, kept until something acts on it. The shortcut may be what loads the
 * assistant, and the panel then mounts only once the stored answers have arrived and its ledger choices later still:
 * a press made before that is acted on as soon as a listener can, not lost.
 */
const target = new EventTarget();
/** A press is kept this long: a late panel acts on it, a page met much later (a single-page app moving on) does not. */
const KEPT_MS = 10_000;
let pressedAt: number | undefined;

export function requestFill(): void {
  pressedAt = performance.now();
  target.dispatchEvent(new Event('fill'));
}

/** Listens for the shortcut; `act` returns false when it cannot act yet (no ledger entry chosen), so the press waits. */
export function onFillRequest(act: () => boolean): () => void {
  const run = () => {
    if (pressedAt !== undefined && performance.now() - pressedAt < KEPT_MS && act()) pressedAt = undefined;
  };
  target.addEventListener('fill', run);
  run();
  return () => target.removeEventListener('fill', run);
}
