import * as z from 'zod/mini';
import { RatePercent } from './schemas';

/**
 * How far a rate table can be trusted: `confirmed` from a primary source (an SI, NHSBSA or NHS Employers);
 * `provisional` from secondary sources or the published uprating rule; `projected` carried forward from the last
 * known year because nothing is published yet; `entered` typed or imported by the user (pension-rules.md §1.2 F, G).
 */
export const RateStatus = z.enum(['confirmed', 'provisional', 'projected', 'entered']);
export type RateStatus = z.infer<typeof RateStatus>;

const SCHEME_YEAR = /^(\d{4})\/(\d{2})$/;

/** "2027/28": a scheme year runs 1 April to 31 March, so the second year is the first plus one. */
export function isSchemeYear(text: string): boolean {
  const match = SCHEME_YEAR.exec(text);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]) && Number(match[1]) >= 2015;
}

const WholePounds = z
  .int({ error: 'expected whole pounds, such as 28854' })
  .check(z.minimum(1, 'expected a whole number of pounds, 1 or more'), z.maximum(10_000_000, 'expected at most £10,000,000'));
const TierRate = RatePercent.check(z.refine((rate) => rate <= 20, 'a tier rate is between 0 and 20%'));
const EmployerRate = RatePercent.check(z.refine((rate) => rate <= 30, 'an employer rate is between 0 and 30%'));

/**
 * A scheme year's tier table as NHSBSA publishes it, typed or imported by the user: six bands in whole pounds, given
 * by the top of bands 1 to 5 (band 1 starts at £0; each next band starts £1 above; band 6 has no top), six rates, and
 * the employer rate paid on Locum A.
 */
export const EnteredRateTable = z
  .object({
    schemeYear: z.string().check(z.refine(isSchemeYear, 'expected a scheme year written 2027/28')),
    bandTopsPounds: z.array(WholePounds).check(z.length(5, 'expected the top of bands 1 to 5')),
    ratesPercent: z.array(TierRate).check(z.length(6, 'expected six tier rates')),
    employerRatePercent: EmployerRate,
    source: z
      .string()
      .check(z.minLength(1, 'say where the figures come from: a web address or a note'), z.maxLength(500, 'at most 500 characters')),
    enteredAt: z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'expected a date and time')),
    /** Set only after the user confirmed, a second time, replacing a table from a primary source. */
    replacesConfirmed: z.optional(z.boolean()),
  })
  .check(
    z.refine((table) => table.bandTopsPounds.every((top, i) => i === 0 || top > table.bandTopsPounds[i - 1]!), {
      message: 'each band must start above the one before it',
      path: ['bandTopsPounds'],
    }),
    z.refine((table) => table.ratesPercent.every((rate, i) => i === 0 || rate >= table.ratesPercent[i - 1]!), {
      message: 'no tier may have a lower rate than the tier below it',
      path: ['ratesPercent'],
    }),
  );
export type EnteredRateTable = z.infer<typeof EnteredRateTable>;

/** Many tables, at most one per scheme year. */
export const EnteredRateTables = z.array(EnteredRateTable).check(
  z.maxLength(100),
  z.refine((tables) => new Set(tables.map((table) => table.schemeYear)).size === tables.length, 'only one table per scheme year'),
);
