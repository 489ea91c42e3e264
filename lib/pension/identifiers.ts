import type { WorkType } from './schemas';

/** SD plus eight digits, with or without the letters and a space (NHSBSA KA-04454; pension-rules.md §6.3). */
const SD_NUMBER = /^(?:SD ?)?(\d{8})$/i;
/** Two prefix letters, six digits, suffix A–D; HMRC never issues D, F, I, Q, U, V or a second-letter O, nor the prefixes below (NIM39110). */
const NI_NUMBER = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;
/** HMRC's own documentation number, used on forms and by test data everywhere (QQ 12 34 56 C). */
const NI_EXAMPLE = 'QQ123456C';
/** GP practice ODS codes are one letter and five digits (A12345), a branch adds three digits (K81003001). */
const PRACTICE_ODS = /^[A-Z]\d{5}(?:\d{3})?$/;
/** Other organisations (NHS England for appraisal work is X24): 1 to 9 letters and digits (NHS Digital). */
const ANY_ODS = /^[A-Z0-9]{1,9}$/;

export const SD_NUMBER_HELP = 'an SD number is eight digits, written 12345678, SD12345678 or SD 12345678';
export const NI_NUMBER_HELP = 'a National Insurance number is two letters, six digits and a letter A to D, like QQ 12 34 56 C';

/** The eight digits of an SD number, or undefined when it is not one. */
export function sdDigits(sdNumber: string): string | undefined {
  return SD_NUMBER.exec(sdNumber.trim())?.[1];
}

function normaliseNiNumber(niNumber: string): string {
  return niNumber.replace(/\s+/g, '').toUpperCase();
}

export function isValidNiNumber(niNumber: string): boolean {
  const ni = normaliseNiNumber(niNumber);
  return ni === NI_EXAMPLE || NI_NUMBER.test(ni);
}

export function isValidOdsCode(odsCode: string, workType: WorkType): boolean {
  const code = odsCode.trim().toUpperCase();
  return workType === 'practice' ? PRACTICE_ODS.test(code) : ANY_ODS.test(code);
}
