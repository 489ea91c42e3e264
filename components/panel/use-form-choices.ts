import { useEffect, useState } from 'preact/hooks';
import type { FormChoice } from '@/lib/portal/messages';
import type { PortalMapping } from '@/lib/shared/records';
import { messageOf } from '@/lib/shared/message-of';
import { askBackground } from './ask-background';

type FormKind = 'locumAForm' | 'locumBForm';

/** The newest draft (a fill that never reached Submit, say after a timeout), else the first entry not yet sent. */
function preferred(choices: FormChoice[]): string | undefined {
  const drafts = choices.filter((c) => c.draftedAt && !c.submitted).sort((x, y) => y.draftedAt!.localeCompare(x.draftedAt!));
  return (drafts[0] ?? choices[0])?.key;
}

/** The ledger entries this form can be filled from, the one chosen, and the fields taught for the portal. */
export function useFormChoices(kind: FormKind, onError: (message: string) => void) {
  const [choices, setChoices] = useState<FormChoice[] | undefined>();
  const [mappings, setMappings] = useState<PortalMapping[]>([]);
  const [key, setKey] = useState<string | undefined>();

  async function load() {
    const answer = await askBackground({ type: 'portal/form-choices', page: kind });
    setMappings(answer.mappings);
    setChoices(answer.choices);
    setKey((current) => current ?? preferred(answer.choices));
  }

  useEffect(() => {
    load().catch((e) => onError(messageOf(e)));
  }, [kind]);

  const dropMappings = (ids: string[]) => setMappings((current) => current.filter((m) => !ids.includes(m.id)));
  const choice = choices?.find((c) => c.key === key);
  return { choices, choice, key, setKey, mappings, dropMappings, load };
}
