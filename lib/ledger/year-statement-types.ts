import type { Receipt } from './schemas';

/** The parts of a year statement that its differences, findings and CSV share. */

export type StatementReceipt = Pick<Receipt, 'reference' | 'amountPence' | 'date' | 'capturedAt'>;

/** A month's Locum B figures, in pence: box a pensionable pay, g employee, h employer, i total paid (Form B Part 2). */
export type MonthFigures = { pensionablePence: number; employeePence: number; employerPence: number; totalPence: number };

export type StatementMonth = {
  month: string;
  /** Null for a month with no pensioned work paid: the month still shows, empty. */
  figures: MonthFigures | null;
  ratePercent?: number;
  paymentReference: string;
  /** The references PCSE gave the month's Locum As: evidence a letter about missing money can quote. */
  formReferences: string[];
  /** The day the contributions were paid: the first receipt's, else the day a Locum B marked paid was submitted. */
  paidOn?: string;
  receipts: StatementReceipt[];
};
