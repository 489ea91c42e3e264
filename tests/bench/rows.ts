import { mkdirSync, writeFileSync } from 'node:fs';

/** One line of the `npm run bench` table. `baseline` is measured in the same run; the report divides it by `median`. */
export type BenchRow = {
  id: string;
  metric: string;
  unit: 'ms' | 'KB' | 'x' | 'actions' | '%' | 'pages' | 'fills';
  median: number;
  min: number;
  max: number;
  runs: number;
  baseline?: { name: string; median: number };
};

/** How many times each figure is measured: BENCH_RUNS, or `fallback` (the regression check in `npm test` uses fewer). */
export function runs(fallback: number): number {
  const wanted = Number(process.env.BENCH_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : fallback;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function rowOf(id: string, metric: string, unit: BenchRow['unit'], values: number[], baseline?: BenchRow['baseline']): BenchRow {
  if (values.length === 0) throw new Error(`${metric}: nothing was measured`);
  return {
    id,
    metric,
    unit,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
    ...(baseline ? { baseline } : {}),
  };
}

/** Each part of the benchmark writes its rows to bench/parts/<part>.json; scripts/bench.mjs gathers them into one table. */
export function writePart(part: string, rows: BenchRow[]): void {
  mkdirSync('bench/parts', { recursive: true });
  writeFileSync(`bench/parts/${part}.json`, `${JSON.stringify({ rows }, null, 2)}\n`);
}
