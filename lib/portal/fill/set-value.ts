/**
 * Writing a value so the page's scripts notice, as Chromium's autofill, Proton Pass and Bitwarden do (anchors.md §2.2,
 * §2.5): click, focus, the prototype's setter (React's value tracker ignores a plain assignment), input, change, blur.
 * Focus and blur are dispatched as events rather than by moving the real focus: the page's listeners see the same
 * sequence, while moving real focus forced a layout per field (1.3 s for a 20-period Locum A; 5 ms without).
 */
import { dispatch, press } from './page-handlers';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function prototypeSetter(element: Editable): ((value: string) => void) | undefined {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function fire(element: Element, type: 'input' | 'change'): void {
  dispatch(element, new Event(type, { bubbles: true }));
}

function focus(element: HTMLElement): void {
  dispatch(element, new MouseEvent('click', { bubbles: true }));
  dispatch(element, new FocusEvent('focus'));
  dispatch(element, new FocusEvent('focusin', { bubbles: true }));
}

function blur(element: HTMLElement): void {
  dispatch(element, new FocusEvent('blur'));
  dispatch(element, new FocusEvent('focusout', { bubbles: true }));
}

export function writeValue(element: Editable, value: string): void {
  focus(element);
  const setter = prototypeSetter(element);
  if (setter) setter.call(element, value);
  else element.value = value;
  fire(element, 'input');
  fire(element, 'change');
  blur(element);
}

/** Ticks or unticks through a click, so the page sees the same events a person's click makes. */
export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked !== checked) press(input);
}
