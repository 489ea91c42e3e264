import { useState } from 'preact/hooks';
import type { FormChoice } from '@/lib/portal/messages';
import type { PortalMapping } from '@/lib/shared/records';
import { fillPage } from '@/lib/portal/fill/fill-page';
import type { FillReport } from '@/lib/portal/fill/values';
import { messageOf } from '@/lib/shared/message-of';
import { measureFill } from '@/components/shared/bench-marks';
import { askBackground } from './ask-background';
import { useFillShortcut } from './use-fill-shortcut';
import { useReadAhead } from './use-read-ahead';

type Options = {
  doc: Document;
  kind: 'locumAForm' | 'locumBForm';
  choice: FormChoice | undefined;
  mappings: PortalMapping[];
  dropMappings: (ids: string[]) => void;
  setNote: (note: string) => void;
  setError: (error: string) => void;
};

const forgottenNote = (count: number) =>
  `${count} taught field${count === 1 ? '' : 's'} no longer matched this page and ${count === 1 ? 'was' : 'were'} forgotten rather than used on the wrong field.`;

/** Fill, by button or shortcut: fills the page from the chosen entry, records it, and forgets taught fields gone stale. */
export function useFill({ doc, kind, choice, mappings, dropMappings, setNote, setError }: Options) {
  const [report, setReport] = useState<FillReport | undefined>();
  const [busy, setBusy] = useState(false);
  useReadAhead(doc, kind, mappings, choice !== undefined);

  async function forget(ids: string[]) {
    if (ids.length === 0) return;
    await askBackground({ type: 'portal/forget', ids });
    dropMappings(ids);
    setNote(forgottenNote(ids.length));
  }

  async function fill() {
    if (!choice) return;
    setBusy(true);
    setError('');
    try {
      const result = await fillPage(doc, kind, choice.fill, { mappings });
      measureFill(result.timing);
      setReport(result);
      await askBackground({ type: 'portal/filled', page: kind, key: choice.key, filled: result.filled });
      await forget(result.staleMappings);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  useFillShortcut(() => {
    if (!choice || busy) return false;
    void fill();
    return true;
  });
  return { report, clearReport: () => setReport(undefined), busy, fill };
}
