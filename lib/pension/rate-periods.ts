import * as z from 'zod/mini';
import rawRatePeriods from './data/rate-periods.json';
import { addDays } from '../shared/dates';
import { PensionInputError, parseInput } from './errors';
import { RateStatus } from './rate-tables';
import { IsoDate, RatePercent } from './schemas';

const TierBand = z.object({ fromPence: z.int(), toPence: z.nullable(z.int()), ratePercent: RatePercent });
export type TierBand = z.infer<typeof TierBand>;

const BandUnit = z.enum(['penny', 'pound']);
const UNIT_PENCE = { penny: 1, pound: 100 } as const;

/** Bands must start at £0, follow each other with no gap or overlap, end open, and never lower the rate. */
function bandsAreContiguous(table: { bandUnit: 'penny' | 'pound'; tiers: TierBand[] }): boolean {
  const { tiers } = table;
  return tiers.every((band, i) => {
    const next = tiers[i + 1];
    if (i === 0 && band.fromPence !== 0) return false;
    if (!next) return band.toPence === null;
    return band.toPence !== null && next.fromPence === band.toPence + UNIT_PENCE[table.bandUnit] && next.ratePercent >= band.ratePercent;
  });
}

const TierTable = z
  .object({ bandUnit: BandUnit, source: z.string(), tiers: z.array(TierBand).check(z.minLength(1)) })
  .check(z.refine(bandsAreContiguous, 'tier bands must start at 0, be contiguous, end open and never lower the rate'));

const PeriodEntry = z.object({
  id: z.string(),
  schemeYear: z.string(),
  from: IsoDate,
  to: IsoDate,
  status: z.enum(['confirmed', 'provisional']),
  tierTable: z.string(),
  supersededTierTable: z.optional(z.string()),
  supersededUntil: z.optional(IsoDate),
  employerRatePercent: RatePercent,
  note: z.string(),
  sources: z.array(z.string()).check(z.minLength(1)),
});

const RatePeriodsFile = z.object({
  /** The day the built-in tables were last checked against their sources, shown on the Rates page. */
  checkedOn: IsoDate,
  tierTables: z.record(z.string(), TierTable),
  periods: z.array(PeriodEntry).check(z.minLength(1)),
});

/** One rate period: the tier table and employer rate in force, its status and its sources. */
export const RatePeriod = z.object({
  id: z.string(),
  schemeYear: z.string(),
  from: IsoDate,
  to: IsoDate,
  status: RateStatus,
  bandUnit: BandUnit,
  tiers: z.array(TierBand),
  tierSource: z.string(),
  superseded: z.optional(z.object({ until: IsoDate, tiers: z.array(TierBand), source: z.string() })),
  employerRatePercent: RatePercent,
  note: z.string(),
  sources: z.array(z.string()),
  /** A projected period's figures are those of this scheme year, carried forward. */
  projectedFrom: z.optional(z.string()),
});
export type RatePeriod = z.infer<typeof RatePeriod>;

function tableNamed(tables: Record<string, z.infer<typeof TierTable>>, name: string, periodId: string) {
  const table = tables[name];
  if (!table) throw new PensionInputError(`rate periods: period ${periodId} names tier table "${name}", which does not exist`);
  return table;
}

export function assertContiguous(periods: RatePeriod[]): void {
  periods.forEach((period, i) => {
    const next = periods[i + 1];
    if (period.from > period.to) throw new PensionInputError(`rate periods: ${period.id} ends before it starts`);
    if (next && next.from !== addDays(period.to, 1)) {
      throw new PensionInputError(`rate periods: ${next.id} must start the day after ${period.id} ends (${addDays(period.to, 1)})`);
    }
  });
}

/** Validates a rate-period file and resolves each period's tier tables. Throws, naming the problem, on any inconsistency. */
export function loadRatePeriods(raw: unknown): RatePeriod[] {
  const file = parseInput(RatePeriodsFile, raw, 'rate periods');
  const periods = file.periods.map((entry): RatePeriod => {
    const table = tableNamed(file.tierTables, entry.tierTable, entry.id);
    const superseded = entry.supersededTierTable ? tableNamed(file.tierTables, entry.supersededTierTable, entry.id) : undefined;
    return {
      id: entry.id,
      schemeYear: entry.schemeYear,
      from: entry.from,
      to: entry.to,
      status: entry.status,
      bandUnit: table.bandUnit,
      tiers: table.tiers,
      tierSource: table.source,
      superseded:
        superseded && entry.supersededUntil
          ? { until: entry.supersededUntil, tiers: superseded.tiers, source: superseded.source }
          : undefined,
      employerRatePercent: entry.employerRatePercent,
      note: entry.note,
      sources: entry.sources,
    };
  });
  assertContiguous(periods);
  return periods;
}

/** The periods this build knows, from lib/pension/data/rate-periods.json. */
export const RATE_PERIODS: readonly RatePeriod[] = loadRatePeriods(rawRatePeriods);
/** When the built-in periods were last checked against their sources (loadRatePeriods has validated the file). */
export const RATES_CHECKED_ON: string = rawRatePeriods.checkedOn;
