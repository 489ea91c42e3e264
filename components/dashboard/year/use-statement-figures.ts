import { useState } from 'preact/hooks';
import { useAction } from '@/components/shared/use-action';
import { ask } from '@/lib/ledger/client';
import type { LedgerData, StatementFigures } from '@/lib/ledger/schemas';
import { schemeYearMonths } from '@/lib/ledger/year-statement';
import { readTexts, textsOf } from './statement-figures-text';

/** The "what your statement shows" form of one scheme year: typed text kept as typed, problems at each field, saved to settings. */
export function useStatementFigures(ledger: LedgerData, schemeYear: string, onChange: () => void) {
  const saved = ledger.settings.statementFigures?.[schemeYear];
  const [source, setSource] = useState<StatementFigures['source']>(saved?.source ?? 'pcse');
  const [texts, setTexts] = useState(() => textsOf(saved));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { problem, run } = useAction(onChange);
  const setText = (key: string, text: string) => setTexts((before) => ({ ...before, [key]: text }));
  async function save() {
    const read = readTexts(texts, source, schemeYearMonths(schemeYear));
    setProblems(read.ok ? {} : read.problems);
    if (!read.ok) return;
    const statementFigures = { ...ledger.settings.statementFigures, [schemeYear]: read.figures };
    await run(() => ask({ type: 'settings/save', settings: { ...ledger.settings, statementFigures } }));
  }
  return { source, setSource, texts, setText, problems, problem, save };
}
