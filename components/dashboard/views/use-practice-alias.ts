import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import { aliasKey } from '@/lib/ledger/csv-practice-alias';
import type { AliasOffer } from '@/lib/ledger/csv-rows';
import type { Settings } from '@/lib/ledger/schemas';

/** Remembers "treat this name as that practice" in settings, so this import and every later one match the name. */
export function usePracticeAlias(settings: Settings, onChange: () => void) {
  const { problem, run } = useAction(onChange);
  const remember = (offer: AliasOffer) =>
    run(async () => {
      const practiceAliases = { ...settings.practiceAliases, [aliasKey(offer.name)]: offer.practiceId };
      await ask({ type: 'settings/save', settings: { ...settings, practiceAliases } });
    });
  return { problem, remember };
}
