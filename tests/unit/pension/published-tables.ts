/**
 * The member tier tables exactly as published (pension-rules.md §1.2), typed in by hand from the
 * reference, independently of lib/pension/data, so band-edge tests compare the engine with the source.
 * Each row: [upper bound as published, or null for the top band; rate %].
 */
type Row = [upper: string | null, rate: number];
export type PublishedTable = { name: string; dates: string[]; unit: 'penny' | 'pound'; rows: Row[] };

const PERIOD_A: Row[] = [
  ['15431.99', 5.0],
  ['21477.99', 5.6],
  ['26823.99', 7.1],
  ['47845.99', 9.3],
  ['70630.99', 12.5],
  ['111376.99', 13.5],
  [null, 14.5],
];
const PERIOD_E_FINAL: Row[] = [
  ['13259', 5.2],
  ['27797', 6.5],
  ['33868', 8.3],
  ['50845', 9.8],
  ['65190', 10.7],
  [null, 12.5],
];

export const PUBLISHED_TABLES: PublishedTable[] = [
  {
    name: 'Period A, 1 Apr 2015 to 30 Sep 2022',
    dates: [
      '2015-04-01',
      '2016-03-31',
      '2016-04-01',
      '2017-03-31',
      '2017-04-01',
      '2019-03-31',
      '2019-04-01',
      '2020-04-01',
      '2021-04-01',
      '2022-03-31',
      '2022-04-01',
      '2022-09-30',
    ],
    unit: 'penny',
    rows: PERIOD_A,
  },
  {
    name: 'Period B, 1 Oct 2022 to 31 Mar 2023 (uplifted)',
    dates: ['2022-10-01', '2023-03-31'],
    unit: 'pound',
    rows: [
      ['13246', 5.1],
      ['16831', 5.7],
      ['22878', 6.1],
      ['23948', 6.8],
      ['28223', 7.7],
      ['29179', 8.8],
      ['43805', 9.8],
      ['49245', 10.0],
      ['56163', 11.6],
      ['72030', 12.5],
      [null, 13.5],
    ],
  },
  {
    name: 'Period C, 2023/24 (SI 2023/576)',
    dates: ['2023-04-01', '2024-02-29', '2024-03-31'],
    unit: 'pound',
    rows: [
      ['13246', 5.1],
      ['17673', 5.7],
      ['24022', 6.1],
      ['25146', 6.8],
      ['29635', 7.7],
      ['30638', 8.8],
      ['45996', 9.8],
      ['51708', 10.0],
      ['58972', 11.6],
      ['75632', 12.5],
      [null, 13.5],
    ],
  },
  {
    name: 'Period D, 2024/25 (SI 2024/281)',
    dates: ['2024-04-01', '2025-03-31'],
    unit: 'pound',
    rows: [
      ['13259', 5.2],
      ['26831', 6.5],
      ['32691', 8.3],
      ['49078', 9.8],
      ['62924', 10.7],
      [null, 12.5],
    ],
  },
  { name: 'Period E-final, 2025/26 (SI 2025/821)', dates: ['2025-04-01', '2025-07-31', '2026-03-31'], unit: 'pound', rows: PERIOD_E_FINAL },
  {
    // Provisional: SI 2025/821's bands × September 2025 CPI (3.8%), rounded up, bottom band frozen (pension-rules.md §1.2 Period F).
    name: 'Period F, 2026/27 (provisional)',
    dates: ['2026-04-01', '2027-03-31'],
    unit: 'pound',
    rows: [
      ['13259', 5.2],
      ['28854', 6.5],
      ['35155', 8.3],
      ['52778', 9.8],
      ['67668', 10.7],
      [null, 12.5],
    ],
  },
];

/** "15431.99" → 1543199 without floating point. */
export function poundsToPence(pounds: string): number {
  const [whole, fraction = ''] = pounds.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
