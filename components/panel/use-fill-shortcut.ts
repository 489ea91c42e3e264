import { useEffect } from 'preact/hooks';
import { fillRequests } from '@/lib/portal/fill/fill-requests';

/** Runs `fill` when the browser's fill shortcut is pressed; re-subscribed each render so it always fills the current choice. */
export function useFillShortcut(fill: () => Promise<void>): void {
  useEffect(() => {
    const onShortcut = () => void fill();
    fillRequests.addEventListener('fill', onShortcut);
    return () => fillRequests.removeEventListener('fill', onShortcut);
  });
}
