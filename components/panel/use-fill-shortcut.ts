import { useEffect } from 'preact/hooks';
import { fillRequests } from '@/lib/portal/fill/fill-requests';

/**
 * Runs `onShortcut` when the browser's fill shortcut is pressed: Fill on a form page, or the "What is this page?"
 * question on a page the assistant cannot place. Re-subscribed each render, so it always acts on the current state.
 */
export function useFillShortcut(onShortcut: () => unknown): void {
  useEffect(() => {
    const listener = () => void onShortcut();
    fillRequests.addEventListener('fill', listener);
    return () => fillRequests.removeEventListener('fill', listener);
  });
}
