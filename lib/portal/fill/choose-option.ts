import { normaliseLabel } from '../recognise/text';
import { press } from './page-handlers';
import { writeValue } from './set-value';

/** The option whose value, then whose text, is one of the wanted texts (anchors.md §2.6.3); never a near miss. */
export function findOption(select: HTMLSelectElement, wanted: string[]): HTMLOptionElement | undefined {
  const options = [...select.options].filter((option) => !option.disabled);
  const byValue = options.find((option) => wanted.some((text) => option.value.trim().toLowerCase() === text.toLowerCase()));
  if (byValue) return byValue;
  const texts = wanted.map(normaliseLabel);
  return options.find((option) => texts.includes(normaliseLabel(option.text)));
}

/** The visible button of a jQuery UI selectmenu that stands in for a hidden select (pcse-portal.md A1.4). */
function selectmenuOf(select: HTMLSelectElement): { button: HTMLElement; menu: HTMLElement } | undefined {
  if (!select.id) return undefined;
  const root = select.getRootNode() as Document | ShadowRoot;
  const button = root.getElementById?.(`${select.id}-button`);
  const menu = root.getElementById?.(`${select.id}-menu`);
  return button && menu ? { button, menu } : undefined;
}

export function selectmenuText(select: HTMLSelectElement): string | undefined {
  return selectmenuOf(select)?.button.textContent?.trim();
}

/** Opens the widget and clicks its item, so the widget itself updates both its button and the hidden select. */
function chooseInSelectmenu(select: HTMLSelectElement, option: HTMLOptionElement): boolean {
  const widget = selectmenuOf(select);
  if (!widget) return false;
  press(widget.button);
  const item = [...widget.menu.querySelectorAll('li')].find((li) => li.textContent?.trim() === option.text.trim());
  if (item) press(item);
  if (widget.menu.getAttribute('aria-hidden') === 'false') press(widget.button);
  return select.value === option.value && selectmenuText(select) === option.text.trim();
}

export function chooseOption(select: HTMLSelectElement, option: HTMLOptionElement): void {
  if (chooseInSelectmenu(select, option)) return;
  writeValue(select, option.value);
}
