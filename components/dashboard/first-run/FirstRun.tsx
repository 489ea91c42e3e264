import type { LedgerData } from '@/lib/ledger/schemas';
import { isFirstOpen } from './checklist-steps';
import { FirstRunChoice } from './FirstRunChoice';
import { LocumChecklist } from './LocumChecklist';

/** What a new user sees above every tab: the first-open choice, then (for a locum) the checklist until it is done. */
export function FirstRun({ ledger, onChange }: { ledger: LedgerData; onChange: () => void }) {
  if (isFirstOpen(ledger)) return <FirstRunChoice settings={ledger.settings} onChange={onChange} />;
  if (ledger.settings.role === 'locum' && ledger.settings.practiceMode !== true) return <LocumChecklist ledger={ledger} />;
  return null;
}
