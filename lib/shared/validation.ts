import type * as z from 'zod/mini';

/** Thrown when input cannot be used; the message names each bad field, and `problems` lists them one by one. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

function pathText(path: PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  // Zod names a whole number "int"; a locum typing pounds would not.
  if (issue.code === 'invalid_type') return issue.expected === 'int' ? 'expected a whole number' : `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return 'is not valid';
}

function problemsIn(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const where = pathText(issue.path);
    return where ? `${where}: ${describeIssue(issue)}` : describeIssue(issue);
  });
}

/** Every problem with `value` against `schema`, each with its path; none when it fits. */
export function problemsOf(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : problemsIn(result.error);
}

type ErrorClass = new (message: string, problems: string[]) => InputError;

/** Validates `value` against `schema`, or throws one error (an `InputError` unless told otherwise) listing every problem with its path. */
export function parseInput<T extends z.ZodMiniType>(
  schema: T,
  value: unknown,
  context: string,
  Failure: ErrorClass = InputError,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = problemsIn(result.error);
  throw new Failure(`${context}: ${problems.join('; ')}`, problems);
}

/** The value, or every problem with its path, in the project's one wording so messages read alike. */
export function validateWith<T extends z.ZodMiniType>(
  schema: T,
  value: unknown,
): { ok: true; value: z.output<T> } | { ok: false; problems: string[] } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsIn(result.error) };
}
