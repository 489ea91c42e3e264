// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadRatePeriods, RATE_PERIODS, ratePeriodOn } from '../../../lib/pension';
import rawRatePeriods from '../../../lib/pension/data/rate-periods.json';

const clone = () =>
  structuredClone(rawRatePeriods) as unknown as {
    tierTables: Record<string, { tiers: { fromPence: number }[] }>;
    periods: Record<string, unknown>[];
  };

describe('the rate periods', () => {
  it('cover 1 April 2015 to 31 March 2027 without gaps, one per scheme year and two for 2022/23', () => {
    expect(RATE_PERIODS[0]!.from).toBe('2015-04-01');
    expect(RATE_PERIODS.at(-1)!.to).toBe('2027-03-31');
    expect(RATE_PERIODS.map((p) => p.schemeYear)).toEqual([
      '2015/16',
      '2016/17',
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2022/23',
      '2023/24',
      '2024/25',
      '2025/26',
      '2026/27',
    ]);
  });

  it('hold the employer rate the locum collects: 14.3% to 31 March 2017, then 14.38%', () => {
    expect(ratePeriodOn('2017-03-31').employerRatePercent).toBe(14.3);
    expect(ratePeriodOn('2017-04-01').employerRatePercent).toBe(14.38);
    expect(ratePeriodOn('2026-11-21').employerRatePercent).toBe(14.38);
  });

  it('mark 2026/27 provisional and everything before it confirmed, each with https sources', () => {
    expect(ratePeriodOn('2026-04-01').status).toBe('provisional');
    expect(RATE_PERIODS.filter((p) => p.status !== 'confirmed').map((p) => p.id)).toEqual(['2026-27']);
    for (const period of RATE_PERIODS) expect(period.sources.every((url) => url.startsWith('http'))).toBe(true);
  });

  it('keep the superseded 2025/26 CPI table only as an explanation, until 31 July 2025', () => {
    const period = ratePeriodOn('2025-05-01');
    expect(period.superseded?.until).toBe('2025-07-31');
    expect(period.superseded?.tiers[1]).toEqual({ fromPence: 1326000, toPence: 2728800, ratePercent: 6.5 });
    expect(period.tiers[1]).toEqual({ fromPence: 1326000, toPence: 2779700, ratePercent: 6.5 });
  });

  it('say clearly when a date is outside them', () => {
    expect(() => ratePeriodOn('2014-12-01')).toThrow(
      "No NHS pension rate period covers 01/12/2014: the engine knows the scheme's tiers from 01/04/2015.",
    );
  });
});

describe('loadRatePeriods validates the data file', () => {
  it('accepts the shipped file', () => {
    expect(loadRatePeriods(rawRatePeriods)).toHaveLength(13);
  });

  it('rejects a gap between periods', () => {
    const data = clone();
    data.periods.splice(3, 1);
    expect(() => loadRatePeriods(data)).toThrow(/must start the day after/);
  });

  it('rejects bands that overlap or leave a gap', () => {
    const data = clone();
    data.tierTables['2024']!.tiers[2]!.fromPence += 100;
    expect(() => loadRatePeriods(data)).toThrow(/contiguous/);
  });

  it('rejects a period naming a table that does not exist', () => {
    const data = clone();
    data.periods[0]!.tierTable = 'nope';
    expect(() => loadRatePeriods(data)).toThrow(/tier table "nope"/);
  });

  it('rejects a malformed date, naming its path', () => {
    const data = clone();
    data.periods[2]!.from = '2017/04/01';
    expect(() => loadRatePeriods(data)).toThrow(/periods\[2\]\.from: expected a real date/);
  });
});
