/** Elements that hold a value the assistant may read or fill. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLOutputElement;

/** The assistant's own panel carries this attribute; it never reads or fills itself. */
export const OWN_UI_ATTRIBUTE = 'data-locum-ledger';

const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'search']);
/** Shadow roots inside shadow roots: a cap against pathological pages (Bitwarden caps its walk too, anchors.md §2.1). */
const MAX_SHADOW_DEPTH = 4;

function holdsValue(element: Element): element is Control {
  if (element instanceof HTMLInputElement) return !SKIPPED_TYPES.has(element.type);
  return element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement || element instanceof HTMLOutputElement;
}

/** A select hidden behind a jQuery UI selectmenu counts, since its widget is what the user sees (pcse-portal.md A1.4). */
function hasSelectMenu(element: Control): boolean {
  return (
    element instanceof HTMLSelectElement && !!element.id && !!(element.getRootNode() as Document).getElementById?.(`${element.id}-button`)
  );
}

/**
 * Cheap checks first: most elements are not controls, and a hidden input (a token, the view state) needs no style check.
 * A control in the assistant's own panel, or on no screen (a hidden prototype row), is not one; one look up the tree
 * answers both.
 */
function isControl(element: Element): element is Control {
  if (!holdsValue(element)) return false;
  if (hasSelectMenu(element)) return !element.closest(`[${OWN_UI_ATTRIBUTE}]`);
  if (element.closest(`[hidden], [aria-hidden="true"], [${OWN_UI_ATTRIBUTE}]`)) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** Is any element an open shadow root's host to look into? Walked rather than listed: most pages have none. */
function anyShadowHost(root: ParentNode, hasShadow: (element: Element) => boolean): boolean {
  const walker = ((root as Node).ownerDocument ?? (root as Document)).createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (hasShadow(node as Element)) return true;
  return false;
}

/** Every control in document order, including those inside open shadow roots. Hidden fields (tokens, view state) are never touched. */
export function collectControls(root: ParentNode, depth = 0): Control[] {
  const hasShadow = (element: Element) =>
    element.shadowRoot !== null && depth < MAX_SHADOW_DEPTH && !element.hasAttribute(OWN_UI_ATTRIBUTE);
  // Most pages have no open shadow root to look into, and then the browser can pick out the controls itself.
  if (!anyShadowHost(root, hasShadow)) return [...root.querySelectorAll('input, select, textarea, output')].filter(isControl);
  const elements = root.querySelectorAll('*');
  const found: Control[] = [];
  for (const element of elements) {
    if (isControl(element)) found.push(element);
    if (hasShadow(element)) found.push(...collectControls(element.shadowRoot!, depth + 1));
  }
  return found;
}

export function isReadOnly(control: Control): boolean {
  return (
    control instanceof HTMLOutputElement ||
    ((control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) && control.readOnly)
  );
}

/** Text of an element without the text of any controls or scripts inside it. */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  // Nothing but text inside (most labels and legends): its text content is the same, read in one call.
  if (!element.firstElementChild) return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node instanceof Element && !node.matches('script, style, noscript, option, select, textarea, input, output, template'))
      text += ` ${textOf(node)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}
