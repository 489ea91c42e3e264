import { useEffect, useRef, useState } from 'preact/hooks';
import { useFillShortcut } from './use-fill-shortcut';

/**
 * Where the question takes the keyboard: on the fill shortcut (there is nothing to fill until the page is placed) the
 * panel opens and focus moves to the answers; so it does when the user opened the panel themselves.
 */
export function useQuestionFocus(openPanel: () => void, focusFirst: boolean) {
  const group = useRef<HTMLFieldSetElement>(null);
  const [requests, setRequests] = useState(focusFirst ? 1 : 0);
  useFillShortcut(() => {
    openPanel();
    setRequests((count) => count + 1);
    return true;
  });
  useEffect(() => {
    // Runs once the panel has re-rendered open: a hidden radio cannot take focus.
    if (requests > 0) group.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [requests]);
  return group;
}
