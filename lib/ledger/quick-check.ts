import type * as z from 'zod/mini';

/** Whether a value fits a schema: no issues collected, no output copied. */
export type QuickCheck = (value: unknown) => boolean;

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck<never>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/** One of the schema's own checks, run as Zod runs it, on a bare payload. */
function zodCheck(check: Check): QuickCheck {
  return (value) => {
    const payload: z.core.ParsePayload = { value, issues: [] };
    if (check._zod.def.when && !check._zod.def.when(payload)) return true;
    check._zod.check(payload as z.core.ParsePayload<never>);
    return payload.issues.length === 0;
  };
}

/**
 * The checks the ledger's schemas use most, decided without Zod where the answer is certain: a length within the
 * maximum in UTF-16 units is within it in code points too, and a refinement passes when its function returns true.
 * Anything less certain (a string near its limits, surrogate pairs) goes to Zod's own check.
 */
function compileCheck(check: Check): QuickCheck {
  const def = check._zod.def as z.core.$ZodCheckDef & { maximum?: number; minimum?: number; fn?: (value: unknown) => unknown };
  const exact = zodCheck(check);
  if (def.check === 'max_length' && def.maximum !== undefined) {
    const maximum = def.maximum;
    return (value) => (value as { length: number }).length <= maximum || exact(value);
  }
  if (def.check === 'min_length' && def.minimum !== undefined) {
    const enough = 2 * def.minimum;
    return (value) => (value as { length: number }).length >= enough || exact(value);
  }
  if (def.check === 'custom' && def.fn && !def.when) {
    const fn = def.fn;
    return (value) => fn(value) === true || exact(value);
  }
  return exact;
}

function withChecks(schema: Schema, fitsType: QuickCheck): QuickCheck {
  const checks = ((schema._zod.def.checks ?? []) as Check[]).map(compileCheck);
  if (checks.length === 0) return fitsType;
  return (value) => {
    if (!fitsType(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compile(schema: Schema): QuickCheck {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  // A schema that is itself a check (z.int(), string formats) keeps rules this compiler does not model: Zod decides.
  if (schema._zod.traits.has('$ZodCheck')) return (value) => (schema as z.ZodMiniType).safeParse(value).success;
  switch (def.type) {
    case 'string':
      return withChecks(schema, (value) => typeof value === 'string');
    case 'number':
      return withChecks(schema, (value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return withChecks(schema, (value) => typeof value === 'boolean');
    case 'unknown':
      return () => true;
    case 'enum':
    case 'literal': {
      const values = schema._zod.values!;
      return withChecks(schema, (value) => values.has(value as never));
    }
    case 'optional': {
      const inner = compile(def.innerType as Schema);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compile(def.innerType as Schema);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const element = compile(def.element as Schema);
      return withChecks(schema, (value) => {
        if (!Array.isArray(value)) return false;
        // Indexed, not every(): every() skips the holes of a sparse array, which Zod reads as undefined.
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      });
    }
    case 'record': {
      const key = compile(def.keyType as Schema);
      const item = compile(def.valueType as Schema);
      return withChecks(schema, (value) => isPlainObject(value) && Object.entries(value).every(([k, v]) => key(k) && item(v)));
    }
    case 'object': {
      if (def.catchall !== undefined) break;
      const fields = Object.entries(def.shape as Record<string, Schema>).map(([name, field]) => [name, compile(field)] as const);
      return withChecks(schema, (value) => {
        if (!isObject(value)) return false;
        for (const [name, fits] of fields) if (!fits(value[name])) return false;
        return true;
      });
    }
  }
  return (value) => (schema as z.ZodMiniType).safeParse(value).success;
}

/**
 * A predicate that accepts exactly what `schema.safeParse` accepts, for the ledger's record schemas, at a fraction of
 * the cost: reading the ledger checks every record, and Zod's full parse of 3,000 sessions took longer than the read.
 * Types it does not model fall back to Zod itself, so it can be slower, never laxer.
 */
export function quickCheck(schema: z.ZodMiniType): QuickCheck {
  return compile(schema);
}
