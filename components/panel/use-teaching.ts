import { useState } from 'preact/hooks';
import type { PortalMapping } from '@/lib/shared/records';
import type { PageField } from '@/lib/portal/recognise/fields';
import { readPage } from '@/lib/portal/recognise/page-fields';
import { messageOf } from '@/lib/shared/message-of';
import { askBackground } from './ask-background';

type Options = {
  doc: Document;
  kind: 'locumAForm' | 'locumBForm';
  mappings: PortalMapping[];
  reload: () => Promise<void>;
  setNote: (note: string) => void;
  setError: (error: string) => void;
};

/** "Teach a field": the page's fields to pick from while teaching, and saving what the user says a field is. */
export function useTeaching({ doc, kind, mappings, reload, setNote, setError }: Options) {
  const [teaching, setTeaching] = useState<PageField[] | undefined>();

  const start = () => setTeaching(readPage(doc, kind, mappings).recognitions.map((r) => r.field));
  const stop = () => setTeaching(undefined);

  async function teach(field: PageField, concept: string) {
    setTeaching(undefined);
    try {
      await askBackground({ type: 'portal/teach', pageKind: kind, fingerprint: field.fingerprint, concept });
      setNote(`Taught: “${field.fingerprint.label || field.fingerprint.name}” will be filled from now on.`);
      await reload();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return { teaching, start, stop, teach };
}
