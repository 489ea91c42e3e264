/**
 * The baseline the portal bench compares the assistant's fill with: a naive filler, injected into the page by the
 * bench (it is no part of the extension). For each field it looks through every label on the page again, and it fills
 * one field per 20 ms tick, the spacing Bitwarden puts between its fill actions. It presses "Add another period" for
 * the rows it needs first, and reads every field back once at the end. `page.evaluate` serialises this function, so it
 * must not use anything from outside its own body.
 */
export type NaiveStep = { label: string; legend?: string; nth: number; value: string; radio?: boolean };

export async function naiveFill({
  steps,
  rows,
  addLabel,
}: {
  steps: NaiveStep[];
  rows: number;
  addLabel: string;
}): Promise<{ totalMs: number; filled: number; wrong: string[] }> {
  const started = performance.now();
  const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const find = (step: NaiveStep) =>
    [...document.querySelectorAll('label')]
      .filter(
        (label) => text(label) === step.label && (!step.legend || text(label.closest('fieldset')?.querySelector('legend')) === step.legend),
      )
      .map((label) => label.control as HTMLInputElement | null)[step.nth];
  const add = [...document.querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === addLabel);
  const present = document.querySelectorAll('[data-period]').length;
  for (let row = present; row < rows && add; row++) add.click();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  for (const [i, step] of steps.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const input = find(step);
    if (!input) continue;
    if (step.radio) {
      input.click();
      continue;
    }
    input.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('focus'));
    setter.call(input, step.value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('blur'));
  }
  const wrong = steps.filter((step) => {
    const input = find(step);
    return !input || (step.radio ? !input.checked : input.value !== step.value);
  });
  return {
    totalMs: performance.now() - started,
    filled: steps.length - wrong.length,
    wrong: wrong.map((step) => `${step.legend ?? ''} ${step.label} ${step.nth}`),
  };
}
