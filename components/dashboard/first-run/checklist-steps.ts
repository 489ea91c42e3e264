import type { LedgerData } from '@/lib/ledger/schemas';
import { sdDigits } from '@/lib/pension';

type ChecklistStep = { id: string; label: string; done: boolean; href: string; how: string };

/** A locum's first three steps, each done when the ledger holds it: the details a Locum B needs, a practice, a session. */
export function checklistSteps(ledger: LedgerData): ChecklistStep[] {
  const { profile } = ledger;
  return [
    {
      id: 'details',
      label: 'Your details',
      done: Boolean(profile?.name && sdDigits(profile.sdNumber)),
      href: '#settings',
      how: 'Your name and SD number (the payment reference is built from it), NI and GMC numbers and date of birth.',
    },
    {
      id: 'practices',
      label: 'Your practices',
      done: ledger.practices.length > 0,
      href: '#practices',
      how: 'Each practice you locum for, with its ODS code.',
    },
    {
      id: 'sessions',
      label: 'Your first session, or an import',
      done: ledger.sessions.length > 0,
      href: '#sessions',
      how: 'Add a session you worked, or import your spreadsheet (CSV) in Settings.',
    },
  ];
}

/** Nothing in the ledger yet and no choice made: the first open. */
export function isFirstOpen(ledger: LedgerData): boolean {
  return (
    ledger.settings.role === undefined &&
    ledger.settings.practiceMode === undefined &&
    ledger.profile === null &&
    ledger.practices.length === 0 &&
    ledger.sessions.length === 0
  );
}
