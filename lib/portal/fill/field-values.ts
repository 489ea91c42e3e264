import type { Concept } from '../recognise/concepts';
import type { PageField } from '../recognise/fields';
import { namesOnly } from '../recognise/choice-options';
import { hasWords } from '../recognise/match';
import { normaliseLabel } from '../recognise/text';
import { findOption, selectmenuText } from './choose-option';
import { monthOnlyTexts, monthTexts, poundsText, readDate, readPence, ukDate } from './formats';
import { takesWholePounds } from './whole-pounds';
import { readSplitDate, readSplitMoney, splitDateHolds, splitMoneyHolds } from './split-values';

/**
 * Values travel as canonical strings: dates YYYY-MM-DD, months YYYY-MM, money in pence ("219445"), a choice by its
 * key ("practice", "9.8"). These functions turn them into what a field shows, and read a field back.
 */
function optionTexts(concept: Concept, value: string): string[] {
  if (concept.kind === 'month') return monthTexts(value);
  if (concept.id === 'tier') return [value, `${value}%`, `${value} %`];
  return [value, ...(concept.options?.[value] ?? [])];
}

export function textFor(concept: Concept, value: string, input: HTMLInputElement | HTMLTextAreaElement): string {
  if (concept.kind === 'money') return takesWholePounds(input) ? String(Number(value) / 100) : poundsText(Number(value));
  if (concept.kind === 'date') return input instanceof HTMLInputElement && input.type === 'date' ? value : ukDate(value);
  if (concept.kind === 'month')
    return input instanceof HTMLInputElement && input.type === 'month' ? value : `${value.slice(5)}/${value.slice(0, 4)}`;
  return value;
}

/** "Tier 4 (9.8%)", "Tier 4 – 9.8%" or "9.8 per cent" names the 9.8% tier; "19.8%" does not. */
function namesPercent(text: string, value: string): boolean {
  return new RegExp(`(^|[^\\d.])${value.replace('.', '\\.')}\\s?(%|per\\s?cent\\b)`, 'i').test(text);
}

/** An option that shows the value among other words: "Riverside Medical Centre (Y99901)" for Y99901 or the name. */
function optionShowing(select: HTMLSelectElement, wanted: string[]): HTMLOptionElement | undefined {
  const texts = wanted.map(normaliseLabel).filter(Boolean);
  const showing = [...select.options].filter(
    (option) => !option.disabled && texts.some((text) => hasWords(normaliseLabel(`${option.text} ${option.value}`), text)),
  );
  // Two options showing it ("Riverside" and "Riverside Annex") is a guess between them: none is chosen.
  return showing.length === 1 ? showing[0] : undefined;
}

/**
 * The option a select should show: by value or text, then, for a month-only list, the month on its own. `also`: the
 * ledger's other values the options may show instead (a practice list by code when the field is the practice name).
 */
export function optionFor(concept: Concept, value: string, select: HTMLSelectElement, also: string[] = []): HTMLOptionElement | undefined {
  if (concept.kind === 'text') return findOption(select, [value, ...also]) ?? optionShowing(select, [value, ...also]);
  if (concept.id === 'tier')
    return (
      findOption(select, optionTexts(concept, value)) ??
      [...select.options].find((option) => !option.disabled && namesPercent(option.text, value))
    );
  if (concept.kind !== 'month')
    return (
      findOption(select, optionTexts(concept, value)) ??
      onlyOne([...select.options].filter((option) => !option.disabled && namesOnly(concept, value, option.text)))
    );
  // A list of months alone: by name before number, since a value of "3" may be March or, counted from 0, April.
  const [number, padded, name, short] = monthOnlyTexts(value);
  return findOption(select, optionTexts(concept, value)) ?? findOption(select, [name!, short!]) ?? findOption(select, [number!, padded!]);
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

export function radioFor(concept: Concept, value: string, field: PageField): HTMLInputElement | undefined {
  const wanted = optionTexts(concept, value).map(normaliseLabel);
  const radios = field.controls as HTMLInputElement[];
  const labelText = (radio: HTMLInputElement) => [...(radio.labels ?? [])].map((label) => label.textContent ?? '').join(' ');
  const labelled = (test: (text: string) => boolean) => radios.find((radio) => test(labelText(radio)));
  return (
    radios.find((radio) => wanted.includes(normaliseLabel(radio.value))) ??
    labelled((text) => wanted.includes(normaliseLabel(text))) ??
    (concept.id === 'tier' ? labelled((text) => namesPercent(text, value)) : undefined) ??
    onlyOne(radios.filter((radio) => namesOnly(concept, value, labelText(radio) || radio.value)))
  );
}

/** What the field shows now, as a person would read it. */
export function readField(field: PageField): string {
  const [control] = field.controls;
  if (field.kind === 'splitDate') return readSplitDate(field);
  if (field.kind === 'splitMoney') return readSplitMoney(field);
  if (field.kind === 'radioGroup') {
    const checked = (field.controls as HTMLInputElement[]).find((radio) => radio.checked);
    return checked ? (checked.labels?.[0]?.textContent?.trim() ?? checked.value) : '';
  }
  if (control instanceof HTMLSelectElement) return selectmenuText(control) ?? control.selectedOptions[0]?.text.trim() ?? '';
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked ? 'ticked' : 'not ticked';
  if (control instanceof HTMLOutputElement) return control.textContent?.trim() ?? '';
  return control?.value ?? '';
}

function selectHolds(select: HTMLSelectElement, concept: Concept, value: string, also: string[]): boolean {
  const option = optionFor(concept, value, select, also);
  const widget = selectmenuText(select);
  return option !== undefined && select.value === option.value && (widget === undefined || widget === option.text.trim());
}

/** Does the field now hold the value? Dates and money are compared as values, so 1/3/2026 holds 2026-03-01. */
export function holds(field: PageField, concept: Concept, value: string, also: string[] = []): boolean {
  const [control] = field.controls;
  if (field.kind === 'splitDate') return splitDateHolds(field, value, concept.kind === 'date');
  if (field.kind === 'splitMoney') return splitMoneyHolds(field, Number(value));
  if (field.kind === 'radioGroup') return radioFor(concept, value, field)?.checked === true;
  if (control instanceof HTMLSelectElement) return selectHolds(control, concept, value, also);
  const shown = readField(field);
  if (concept.kind === 'money') return readPence(shown) === Number(value);
  if (concept.kind === 'date') return readDate(shown) === value;
  if (concept.kind === 'month') return shown === textFor(concept, value, control as HTMLInputElement);
  return normaliseLabel(shown) === normaliseLabel(value);
}
