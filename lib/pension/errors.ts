import type * as z from 'zod/mini';
import { InputError, parseInput as parseWith } from '../shared/validation';

/** Thrown when a caller passes input the engine cannot compute from; the message names each bad field. */
export class PensionInputError extends InputError {
  override name = 'PensionInputError';
}

/** Validates the engine's input, or throws a `PensionInputError` listing every problem with its path. */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown, context: string): z.output<T> {
  return parseWith(schema, value, context, PensionInputError);
}
