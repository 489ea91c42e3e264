import { OWN_UI_ATTRIBUTE } from './controls';
import type { PageField } from './fields';

/**
 * Teaching, click one of two: the next click on the page chooses a field instead of acting on the page. Escape, or a
 * click on something that is not a field, cancels.
 */
export function pickField(doc: Document, fields: PageField[], signal: AbortSignal): Promise<PageField | undefined> {
  return new Promise((resolve) => {
    const done = (field: PageField | undefined) => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      resolve(field);
    };
    const onClick = (event: MouseEvent) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element) || target.closest(`[${OWN_UI_ATTRIBUTE}]`)) return;
      event.preventDefault();
      event.stopPropagation();
      done(
        fields.find(
          (field) =>
            field.element.contains(target) ||
            field.controls.some((control) => control === target || [...(control.labels ?? [])].some((label) => label.contains(target))),
        ),
      );
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && done(undefined);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    signal.addEventListener('abort', () => done(undefined));
  });
}
