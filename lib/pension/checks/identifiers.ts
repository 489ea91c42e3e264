import { isValidNiNumber, NI_NUMBER_HELP, SD_NUMBER_HELP, sdDigits } from '../identifiers';
import { isValidOdsCode } from '../identifiers';
import { finding } from '../rules';
import type { Finding } from '../schemas';
import type { CheckContext } from './context';

export function checkIdentifiers({ input, forms }: CheckContext): Finding[] {
  const sd =
    input.sdNumber !== undefined && !sdDigits(input.sdNumber)
      ? [finding('INVALID_SD', `"${input.sdNumber}" is not valid: ${SD_NUMBER_HELP}.`, 'sdNumber')]
      : [];
  const ni =
    input.niNumber !== undefined && !isValidNiNumber(input.niNumber)
      ? [finding('INVALID_NI', `"${input.niNumber}" is not valid: ${NI_NUMBER_HELP}.`, 'niNumber')]
      : [];
  const ods = forms.flatMap(({ form, field }) =>
    isValidOdsCode(form.practice.odsCode, form.workType)
      ? []
      : [
          finding(
            'INVALID_ODS',
            `"${form.practice.odsCode}" is not a valid code for ${form.practice.name || 'this practice'}: ${form.workType === 'practice' ? 'a GP practice ODS code is one letter and five digits, like A12345' : 'an ODS code is 1 to 9 letters and digits, like X24 for NHS England'}.`,
            `${field}.practice.odsCode`,
          ),
        ],
  );
  return [...sd, ...ni, ...ods];
}
