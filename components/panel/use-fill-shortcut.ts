import { useEffect } from 'preact/hooks';
import { onFillRequest } from '@/lib/portal/fill/fill-requests';

/**
 * Runs `onShortcut` when the browser's fill shortcut is pressed: Fill on a form page, or the "What is this page?"
 * question on a page the assistant cannot place. Re-subscribed each render, so it always acts on the current state;
 * `onShortcut` returns false while it cannot act yet, and a press made meanwhile is acted on once it can.
 */
export function useFillShortcut(onShortcut: () => boolean): void {
  useEffect(() => onFillRequest(onShortcut));
}
