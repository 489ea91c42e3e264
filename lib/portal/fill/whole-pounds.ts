import { affixText } from '../recognise/labels';

/**
 * A money box that takes whole pounds: a ".00" written after it (a GOV.UK, NHS.UK or Bootstrap suffix, or plain text
 * beside it). An amount with pence cannot go in one without losing them, so it is reported, never rounded.
 */
export function takesWholePounds(control: Element): boolean {
  if (/(^|\s)\.00(\s|$)/.test(affixText(control))) return true;
  const after = control.nextSibling;
  return (after?.textContent ?? '').trim().startsWith('.00');
}

export const WHOLE_POUNDS_NOTE = 'This box takes whole pounds only and the amount has pence: type it as the page asks, or ask PCSE.';
