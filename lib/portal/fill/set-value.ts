/**
 * Writing a value so the page's scripts notice, as Chromium's autofill, Proton Pass and Bitwarden do (anchors.md §2.2,
 * §2.5): click, focus, the prototype's setter (React's value tracker ignores a plain assignment), input, change, blur.
 * Focus and blur are dispatched as events rather than by moving the real focus: the page's listeners see the same
 * sequence, while moving real focus forced a layout per field (1.3 s for a 20-period Locum A; 5 ms without).
 */
import { dispatch, press } from './page-handlers';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

type Setter = ((value: string) => void) | undefined;
const setters = new Map<object, Setter>();

function prototypeSetter(element: Editable): Setter {
  const proto =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : element instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  if (!setters.has(proto)) setters.set(proto, Object.getOwnPropertyDescriptor(proto, 'value')?.set);
  return setters.get(proto);
}

export function writeValue(element: Editable, value: string): void {
  // The click a person makes (the browser's own, as Bitwarden sends it), then the focus events around the new value.
  press(element);
  dispatch(element, new FocusEvent('focus'), new FocusEvent('focusin', { bubbles: true }));
  const setter = prototypeSetter(element);
  if (setter) setter.call(element, value);
  else element.value = value;
  dispatch(
    element,
    new Event('input', { bubbles: true }),
    new Event('change', { bubbles: true }),
    new FocusEvent('blur'),
    new FocusEvent('focusout', { bubbles: true }),
  );
}

/** Ticks or unticks through a click, so the page sees the same events a person's click makes. */
export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked !== checked) press(input);
}
