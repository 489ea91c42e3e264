import type * as z from 'zod/mini';
import type { CheckFormsInput, LocumAForCheck } from '../schemas';
import type { RateBook } from '../rate-book';
import { workedDaysOf } from '../worked-days';

export type CheckedForm = {
  form: z.output<typeof LocumAForCheck>;
  index: number;
  days: string[];
  field: string;
};

/** What every check reads: the validated input and each Form A's worked days, computed once. */
export type CheckContext = {
  input: z.output<typeof CheckFormsInput>;
  forms: CheckedForm[];
  rates: RateBook;
};

export function checkContext(input: z.output<typeof CheckFormsInput>, rates: RateBook): CheckContext {
  return {
    input,
    rates,
    forms: input.formsA.map((form, index) => ({ form, index, days: workedDaysOf(form.periods), field: `formsA[${index}]` })),
  };
}
