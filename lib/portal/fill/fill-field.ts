import type { Concept } from '../recognise/concepts';
import type { PageField } from '../recognise/fields';
import { chooseOption } from './choose-option';
import { optionFor, radioFor, textFor } from './field-values';
import { setChecked, writeValue } from './set-value';
import { fillSplitDate, fillSplitMoney } from './split-values';
import { takesWholePounds } from './whole-pounds';

/**
 * Writes one value into one field. False when the field offers no way to hold it (no such option), so nothing was
 * guessed. `also`: the ledger's other values a select's options may show instead (field-values.ts optionFor).
 */
export function fillField(field: PageField, concept: Concept, value: string, also: string[] = []): boolean {
  const [control] = field.controls;
  if (field.kind === 'splitDate') return fillSplitDate(field, value, concept.kind === 'date');
  if (field.kind === 'splitMoney') {
    fillSplitMoney(field, Number(value));
    return true;
  }
  if (field.kind === 'radioGroup') {
    const radio = radioFor(concept, value, field);
    if (radio) setChecked(radio, true);
    return radio !== undefined;
  }
  if (control instanceof HTMLSelectElement) {
    const option = optionFor(concept, value, control, also);
    if (option) chooseOption(control, option);
    return option !== undefined;
  }
  // Boxes that tick are never written to: a click would tick them, and the only ones the assistant ticks are Locum A rows.
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) return false;
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    if (concept.kind === 'money' && Number(value) % 100 !== 0 && takesWholePounds(control)) return false;
    writeValue(control, textFor(concept, value, control));
    return true;
  }
  return false;
}
