import type { Concept } from '../recognise/concepts';
import type { PageField } from '../recognise/fields';
import { chooseOption } from './choose-option';
import { optionFor, radioFor, textFor } from './field-values';
import { setChecked, writeValue } from './set-value';

function fillSplitDate(field: PageField, concept: Concept, value: string): boolean {
  const [year, month, day] = value.split('-');
  const { parts } = field;
  if (concept.kind === 'date' && !parts!.day) return false;
  if (concept.kind === 'date') writeValue(parts!.day!, String(Number(day)));
  writeValue(parts!.month, String(Number(month)));
  writeValue(parts!.year, year!);
  return true;
}

/** Writes one value into one field. False when the field offers no way to hold it (no such option), so nothing was guessed. */
export function fillField(field: PageField, concept: Concept, value: string): boolean {
  const [control] = field.controls;
  if (field.kind === 'splitDate') return fillSplitDate(field, concept, value);
  if (field.kind === 'radioGroup') {
    const radio = radioFor(concept, value, field);
    if (radio) setChecked(radio, true);
    return radio !== undefined;
  }
  if (control instanceof HTMLSelectElement) {
    const option = optionFor(concept, value, control);
    if (option) chooseOption(control, option);
    return option !== undefined;
  }
  // Boxes that tick are never written to: a click would tick them, and the only ones the assistant ticks are Locum A rows.
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) return false;
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    writeValue(control, textFor(concept, value, control));
    return true;
  }
  return false;
}
