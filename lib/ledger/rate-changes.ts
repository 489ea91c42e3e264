import type { RatePeriod } from '../pension';
import { type MonthForms, SENT } from './forms';
import type { LedgerData, Submission } from './schemas';

/** One box of a form already sent whose figure the ledger now works out differently. */
type ChangedBox = { box: string; sentPence: number; nowPence: number };

/**
 * A Locum A or B sent to PCSE that keeps the figures it was sent with, while the ledger now gives others: after a
 * published or entered table replaced projected or provisional rates, or after the ledger's records changed.
 */
export type SentFormChange = {
  kind: 'A' | 'B';
  /** The practice's name for a Locum A; the month for a Locum B. */
  what: string;
  submission: Submission;
  /** True when it was built on rates of another status than the month's now (projected, then entered). */
  ratesChanged: boolean;
  boxes: ChangedBox[];
  /** Locum B only: what is now due less what was paid (positive: owed to PCSE; negative: overpaid). */
  correctionPence?: number;
};

function changedBoxes(sent: Record<string, number>, now: Record<string, number>, boxes: readonly string[]): ChangedBox[] {
  return boxes.flatMap((box) => {
    const sentPence = sent[box];
    const nowPence = now[box]!;
    return sentPence === undefined || sentPence === nowPence ? [] : [{ box, sentPence, nowPence }];
  });
}

const ratesChanged = (submission: Submission, period: RatePeriod) =>
  submission.builtOn !== undefined && (submission.builtOn.status !== period.status || submission.builtOn.schemeYear !== period.schemeYear);

/** The month's forms already sent whose figures differ from the ledger's now, each with the boxes that differ. */
export function sentFormChanges(ledger: LedgerData, month: MonthForms): SentFormChange[] {
  const sent = ledger.submissions.filter((s) => SENT.has(s.status));
  const changes: SentFormChange[] = [];
  for (const { invoice, practice, formA } of month.formsA) {
    const submission = sent.find((s) => s.kind === 'A' && s.invoiceId === invoice.id);
    if (!submission) continue;
    const boxes = changedBoxes(submission.amounts, { box2: formA.box2, box3: formA.box3 }, ['box2', 'box3']);
    if (boxes.length > 0)
      changes.push({ kind: 'A', what: practice.name, submission, ratesChanged: ratesChanged(submission, month.ratePeriod), boxes });
  }
  const formB = sent.find((s) => s.kind === 'B' && s.month === month.month);
  if (formB) {
    const boxes = changedBoxes(formB.amounts, { a: month.formB.a, b: month.formB.b, h: month.formB.h, i: month.formB.i }, [
      'a',
      'b',
      'h',
      'i',
    ]);
    const paid = formB.amounts.i;
    if (boxes.length > 0 && paid !== undefined) {
      changes.push({
        kind: 'B',
        what: month.month,
        submission: formB,
        ratesChanged: ratesChanged(formB, month.ratePeriod),
        boxes,
        correctionPence: month.formB.i - paid,
      });
    }
  }
  return changes;
}
