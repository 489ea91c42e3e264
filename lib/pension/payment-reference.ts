import * as z from 'zod/mini';
import { monthAbbreviation } from '../shared/dates';
import { PensionInputError, parseInput } from './errors';
import { SD_NUMBER_HELP, sdDigits } from './identifiers';
import { Month } from './schemas';

const Options = z.object({ legacy: z.optional(z.boolean()) });

/**
 * The unique payment reference (UPR) for a Form B month: SD digits + LOC + month + year, e.g. 12345678LOCAUG2025.
 * `legacy` gives the 2017 form with a two-digit year (12345678LOCAUG25) for historical forms (pension-rules.md §7.1).
 */
export function paymentReference(sdNumber: string, month: string, options: { legacy?: boolean } = {}): string {
  const digits = sdDigits(String(sdNumber));
  if (!digits) throw new PensionInputError(`paymentReference: "${String(sdNumber)}" is not an SD number: ${SD_NUMBER_HELP}.`);
  const checkedMonth = parseInput(Month, month, 'paymentReference(month)');
  const { legacy } = parseInput(Options, options, 'paymentReference(options)');
  const year = legacy ? checkedMonth.slice(2, 4) : checkedMonth.slice(0, 4);
  return `${digits}LOC${monthAbbreviation(checkedMonth)}${year}`;
}
