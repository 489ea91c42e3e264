import { formatPence, formatUkDate, formatMonth } from '../pension';
import type { FillValues } from '../portal/fill/values';
import type { FormChoice } from '../portal/messages';
import { monthlyForms, type FormAFromLedger, type MonthForms } from '../ledger/forms';
import type { LedgerData, Profile } from '../ledger/schemas';
import { locumAAmounts, locumBAmounts, type FormAmounts, type OfferedForms } from './portal-receipts';

function profileValues(profile: Profile | null): Record<string, string> {
  if (!profile) return {};
  return { locumName: profile.name, gmcNumber: profile.gmcNumber, sdNumber: profile.sdNumber, niNumber: profile.niNumber };
}

/** When this entry was last filled on PCSE without being submitted: after a session timeout, it is the one to fill again. */
function draftedAt(ledger: LedgerData, kind: 'A' | 'B', key: string): { draftedAt?: string } {
  const draft = ledger.submissions.find(
    (s) => s.kind === kind && (kind === 'A' ? s.invoiceId === key : s.month === key) && s.status === 'drafted',
  );
  return draft ? { draftedAt: draft.updatedAt } : {};
}

function statusOf(ledger: LedgerData, kind: 'A' | 'B', key: string): string | undefined {
  const submission = ledger.submissions.find(
    (s) => s.kind === kind && (kind === 'A' ? s.invoiceId === key : s.month === key) && s.status !== 'drafted',
  );
  return submission ? `${submission.status}${submission.formReference ? ` as ${submission.formReference}` : ''}` : undefined;
}

function locumAChoice(ledger: LedgerData, month: MonthForms, { invoice, practice, formA }: FormAFromLedger): FormChoice {
  const values: FillValues['values'] = {
    ...profileValues(ledger.profile),
    practiceCode: practice.odsCode,
    practiceName: practice.name,
    workType: formA.workType,
    periodFirstDay: formA.periods.map((period) => period.from),
    periodLastDay: formA.periods.map((period) => period.to),
    fee: String(formA.box1),
    pensionablePay: String(formA.box2),
    employerContribution: String(formA.box3),
    datePaid: formA.paidOn,
    invoiceReference: invoice.reference,
    tier: String(month.ratePercent),
  };
  const submitted = statusOf(ledger, 'A', invoice.id);
  return {
    key: invoice.id,
    label: `${practice.name}: ${invoice.reference || 'invoice'}, ${formatPence(formA.box1)} paid ${formatUkDate(formA.paidOn)}`,
    ...(submitted ? { submitted } : {}),
    ...draftedAt(ledger, 'A', invoice.id),
    fill: { values },
    findings: month.findings,
  };
}

function referenceOf(ledger: LedgerData, invoiceId: string): string | undefined {
  return ledger.submissions.find((s) => s.kind === 'A' && s.invoiceId === invoiceId && s.formReference)?.formReference;
}

function locumBChoice(ledger: LedgerData, month: MonthForms): FormChoice {
  const { formB } = month;
  const boxes = Object.fromEntries((['a', 'b', 'g', 'h', 'i', 'j'] as const).map((box) => [`box${box.toUpperCase()}`, String(formB[box])]));
  const rows = month.formsA.map(({ invoice, practice, formA }) => {
    const reference = referenceOf(ledger, invoice.id);
    return {
      ...(reference ? { reference } : {}),
      odsCode: practice.odsCode,
      firstDay: formA.firstDayWorked,
      label: `${reference ?? 'Locum A'}: ${practice.name}, ${formatUkDate(formA.firstDayWorked)}`,
    };
  });
  const submitted = statusOf(ledger, 'B', month.month);
  return {
    key: month.month,
    label: `${formatMonth(month.month)}: ${formatPence(formB.i)} to pay`,
    ...(submitted ? { submitted } : {}),
    ...draftedAt(ledger, 'B', month.month),
    fill: {
      values: {
        ...profileValues(ledger.profile),
        ...boxes,
        formMonth: month.month,
        formYear: month.month.slice(0, 4),
        tier: String(month.ratePercent),
      },
      rows,
    },
    findings: month.findings,
  };
}

/** What a page is offered, and what the background remembers of it for recording the fill (portal-receipts). */
export type FormOffer = { choices: FormChoice[]; offered: OfferedForms };

/** Forms not yet sent first, each group newest first as monthlyForms gives them. */
function offer(kind: 'A' | 'B', forms: { choice: FormChoice; amounts: FormAmounts }[]): FormOffer {
  const ordered = [...forms.filter((form) => !form.choice.submitted), ...forms.filter((form) => form.choice.submitted)];
  return {
    choices: ordered.map((form) => form.choice),
    offered: { kind, forms: new Map(ordered.map((form) => [form.choice.key, form.amounts])) },
  };
}

/** What a Locum A page can be filled with: every paid invoice's Locum A, ones not yet sent first, newest first. */
export function locumAChoices(ledger: LedgerData, today: string): FormOffer {
  return offer(
    'A',
    monthlyForms(ledger, today).flatMap((month) =>
      month.formsA.map((entry) => ({ choice: locumAChoice(ledger, month, entry), amounts: locumAAmounts(entry.formA, month.ratePeriod) })),
    ),
  );
}

/** What a Locum B page can be filled with: each month's Form B, months not yet sent first, newest first. */
export function locumBChoices(ledger: LedgerData, today: string): FormOffer {
  return offer(
    'B',
    monthlyForms(ledger, today).map((month) => ({
      choice: locumBChoice(ledger, month),
      amounts: locumBAmounts(month.month, month.formB, month.ratePeriod),
    })),
  );
}
