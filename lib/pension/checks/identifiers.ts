import { niNumberProblem, odsCodeProblem, sdNumberProblem } from '../field-checks';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

/** The same field checks the profile and practice forms run on save, so both say the same words. */
export function checkIdentifiers({ input, forms }: CheckContext): Finding[] {
  const sd = sdNumberProblem(input.sdNumber ?? '');
  const ni = input.niNumber === undefined ? undefined : niNumberProblem(input.niNumber);
  const ods = forms.map(({ form, field }) =>
    odsCodeProblem(form.practice.odsCode, form.practice.name, form.workType, `${field}.practice.odsCode`),
  );
  return [sd, ni, ...ods].filter((problem) => problem !== undefined);
}
