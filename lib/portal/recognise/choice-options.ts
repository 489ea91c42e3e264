import type { Concept } from './concepts';
import type { PageField } from './fields';
import { hasWords } from './match';
import { normaliseLabel } from './text';

/**
 * Does a text name this one of a concept's choices and no other? "Sessional work in a practice" names the practice
 * choice of the type of work; "GP appraiser work" the appraisal one.
 */
export function namesOnly(concept: Concept, key: string, text: string): boolean {
  const label = normaliseLabel(text);
  const said = (phrases: string[] | undefined) => (phrases ?? []).some((phrase) => hasWords(label, phrase));
  return said(concept.options?.[key]) && !Object.entries(concept.options ?? {}).some(([other, phrases]) => other !== key && said(phrases));
}

/** What a select's options or a radio group's labels say. */
function choiceTexts(field: PageField): string[] {
  const [control] = field.controls;
  if (control instanceof HTMLSelectElement) return [...control.options].map((option) => option.text);
  if (field.kind !== 'radioGroup') return [];
  return (field.controls as HTMLInputElement[]).map((radio) => [...(radio.labels ?? [])].map((label) => label.textContent).join(' '));
}

/** A list whose options name two or more of a concept's choices, each apart, is that concept ("Practice work" / "Appraisal"). */
export function offersChoices(field: PageField, concept: Concept): boolean {
  const keys = Object.keys(concept.options ?? {});
  if (keys.length < 2) return false;
  const texts = choiceTexts(field);
  return keys.filter((key) => texts.some((text) => namesOnly(concept, key, text))).length >= 2;
}
