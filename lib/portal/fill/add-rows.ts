import { CONCEPTS_FILE } from '../recognise/concepts';
import { textOf } from '../recognise/controls';
import { hasWords } from '../recognise/match';
import { normaliseLabel } from '../recognise/text';

function isForbidden(text: string): boolean {
  return CONCEPTS_FILE.neverPress.some((word) => hasWords(text, word));
}

/**
 * The page's own "Add another period" control: the only button the assistant ever presses. Anything that reads like
 * Submit, Approve, Reject or Pay is refused even if it also says "add".
 */
export function findAddAnother(root: ParentNode): HTMLElement | undefined {
  const buttons = [...root.querySelectorAll<HTMLElement>('button, input[type=button], a[role=button]')];
  return buttons.find((button) => {
    if (button instanceof HTMLButtonElement && button.type === 'submit') return false;
    const text = normaliseLabel(button instanceof HTMLInputElement ? button.value : textOf(button));
    return !isForbidden(text) && CONCEPTS_FILE.addAnother.some((phrase) => text === phrase || text.startsWith(`${phrase} `));
  });
}
