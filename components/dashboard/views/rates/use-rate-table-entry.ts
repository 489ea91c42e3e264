import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { EnteredRateTable } from '@/lib/pension';
import { messageOf } from '@/lib/shared/message-of';
import { blankDraft, draftOf, readDraft, type DraftProblems, type RateTableDraft } from './rate-table-draft';
import { hasConfirmedFigures } from './rate-years';

/** Editing the fields; checking the figures in NHSBSA's layout; asked a second time before replacing confirmed figures. */
type Step = { step: 'editing' } | { step: 'checking'; table: EnteredRateTable } | { step: 'replacing-confirmed'; table: EnteredRateTable };

/** The add form's state from typing to saving: the figures are shown back before anything is written. */
export function useRateTableEntry(defaultYear: string, onChange: () => void) {
  const [draft, setDraft] = useState<RateTableDraft>(() => blankDraft(defaultYear));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [step, setStep] = useState<Step>({ step: 'editing' });
  const [outcome, setOutcome] = useState<{ saved?: string; failure?: string }>({});

  function check() {
    const read = readDraft(draft, new Date().toISOString());
    setProblems(read.ok ? {} : read.problems);
    setOutcome({});
    if (read.ok) setStep({ step: 'checking', table: read.table });
  }

  async function persist(table: EnteredRateTable) {
    try {
      await ask({ type: 'rate-table/save', table });
      setDraft(blankDraft(defaultYear));
      setStep({ step: 'editing' });
      setOutcome({ saved: `Saved your ${table.schemeYear} table: forms for that year now use it.` });
      onChange();
    } catch (error) {
      setOutcome({ failure: messageOf(error) });
    }
  }

  function save(table: EnteredRateTable) {
    if (hasConfirmedFigures(table.schemeYear)) setStep({ step: 'replacing-confirmed', table });
    else void persist(table);
  }

  return {
    draft,
    setDraft,
    problems,
    step,
    outcome,
    check,
    save,
    replaceAnyway: (table: EnteredRateTable) => persist({ ...table, replacesConfirmed: true }),
    change: (table: EnteredRateTable) => {
      setDraft(draftOf(table));
      setStep({ step: 'editing' });
    },
  };
}
