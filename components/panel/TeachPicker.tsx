import { useEffect, useState } from 'preact/hooks';
import { conceptsFor, type PageKind } from '@/lib/portal/recognise/concepts';
import type { PageField } from '@/lib/portal/recognise/fields';
import { fits } from '@/lib/portal/recognise/match';
import { pickField } from '@/lib/portal/recognise/pick-field';

type Props = {
  doc: Document;
  kind: PageKind;
  fields: PageField[];
  onTeach: (field: PageField, conceptId: string) => void;
  onDone: () => void;
};

/** Teaching in two clicks: the field on the page, then what it is. */
export function TeachPicker({ doc, kind, fields, onTeach, onDone }: Props) {
  const [field, setField] = useState<PageField | undefined>();
  useEffect(() => {
    if (field) return undefined;
    const abort = new AbortController();
    void pickField(doc, fields, abort.signal).then((picked) => (picked ? setField(picked) : abort.signal.aborted || onDone()));
    return () => abort.abort();
  }, [field]);
  if (!field)
    return (
      <p class="teach" role="status">
        Click the field on the page you want to teach (Esc to cancel).
      </p>
    );
  const concepts = conceptsFor(kind).filter((concept) => concept.fill !== 'user' && fits(concept, field.kind));
  return (
    <div class="teach">
      <p>
        This field: <strong>{field.fingerprint.label || field.fingerprint.name || field.fingerprint.id || 'no label'}</strong>. What is it?
      </p>
      <div class="teach__concepts">
        {concepts.map((concept) => (
          <button type="button" key={concept.id} onClick={() => onTeach(field, concept.id)}>
            {concept.name}
          </button>
        ))}
      </div>
      <button type="button" class="link" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}
