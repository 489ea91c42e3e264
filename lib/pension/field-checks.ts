import { isValidNiNumber, isValidOdsCode, NI_NUMBER_HELP, SD_NUMBER_HELP, sdDigits } from './identifiers';
import { finding } from './rules';
import type { Finding, WorkType } from './schemas';

/*
 * The engine's identifier rules one field at a time, so a form can show a problem at the field with the very words the
 * Months view's findings use. An error stops a save; a warning is shown and the save goes ahead (the rule allows it).
 */

/** GMC reference numbers are seven digits; the format is not confirmed by a pension source (pension-rules.md §8), hence a warning. */
const GMC_NUMBER = /^\d{7}$/;

export function sdNumberProblem(sdNumber: string): Finding | undefined {
  const sd = sdNumber.trim();
  if (sd === '')
    return finding(
      'MISSING_SD',
      'no SD number is given, so the Locum B has no payment reference to pay with; add your SD number to your details.',
      'sdNumber',
    );
  return sdDigits(sd) ? undefined : finding('INVALID_SD', `"${sd}" is not valid: ${SD_NUMBER_HELP}.`, 'sdNumber');
}

export function niNumberProblem(niNumber: string): Finding | undefined {
  const ni = niNumber.trim();
  return ni === '' || isValidNiNumber(ni) ? undefined : finding('INVALID_NI', `"${ni}" is not valid: ${NI_NUMBER_HELP}.`, 'niNumber');
}

export function gmcNumberProblem(gmcNumber: string): Finding | undefined {
  const gmc = gmcNumber.replace(/\s+/g, '');
  return gmc === '' || GMC_NUMBER.test(gmc)
    ? undefined
    : finding(
        'INVALID_GMC',
        `"${gmcNumber.trim()}" does not look right: a GMC reference number is seven digits, like 1234567.`,
        'gmcNumber',
      );
}

/** A GP practice's code is one letter and five digits; a commissioner or appraisal body (NHS England is X24) has a shorter one. */
export function odsCodeProblem(odsCode: string, practiceName: string, workType: WorkType, field = 'odsCode'): Finding | undefined {
  if (isValidOdsCode(odsCode, workType)) return undefined;
  const help =
    workType === 'practice'
      ? 'a GP practice ODS code is one letter and five digits, like A12345'
      : 'an ODS code is 1 to 9 letters and digits, like X24 for NHS England';
  return finding('INVALID_ODS', `"${odsCode}" is not a valid code for ${practiceName || 'this practice'}: ${help}.`, field);
}
