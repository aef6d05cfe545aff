/**
 * Series chart drawing time: the first drawing in a fresh process (vega loaded on first use), warm drawings, and
 * a cache hit. `npm run bench:charts` prints it and writes the drawn PNG to docs/; `npm run bench` includes it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSeedFacts } from '../src/knowledge/load-facts.js';
import { drawSeriesPng } from '../src/render/chart/draw.js';
import { seriesOf } from '../src/render/chart/series.js';
import { SeriesCharts } from '../src/render/chart/series-charts.js';
import { ms, table } from './stats.js';
import { percentile } from './stats.js';

export interface ChartBench {
  series: string;
  points: number;
  firstMs: number;
  warm: { n: number; p50: number; p99: number; max: number };
  cacheHitMs: number;
  pngBytes: number;
  width: number;
  height: number;
}

export async function measureCharts(runs = 30): Promise<{ result: ChartBench; png: Buffer }> {
  const facts = loadSeedFacts();
  const series = facts.map((f) => seriesOf(f, facts)).find((s) => s !== undefined);
  if (!series) throw new Error('no series in the fact base');
  let t = performance.now();
  const png = await drawSeriesPng(series);
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await drawSeriesPng(series);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const charts = new SeriesCharts();
  await charts.get(series);
  t = performance.now();
  await charts.get(series);
  const cacheHitMs = performance.now() - t;
  return {
    result: {
      series: series.id,
      points: series.points.length,
      firstMs,
      warm: { n: runs, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! },
      cacheHitMs,
      pngBytes: png.length,
      width: png.readUInt32BE(16),
      height: png.readUInt32BE(20),
    },
    png,
  };
}

export function chartTable(r: ChartBench): string {
  return table(
    [
      'series',
      'points',
      'first draw (cold, loads vega)',
      `warm p50 (n=${r.warm.n})`,
      'warm p99',
      'warm max',
      'cache hit',
      'PNG',
    ],
    [
      [
        r.series,
        String(r.points),
        ms(r.firstMs),
        ms(r.warm.p50),
        ms(r.warm.p99),
        ms(r.warm.max),
        ms(r.cacheHitMs),
        `${r.width}×${r.height}, ${(r.pngBytes / 1024).toFixed(0)} KiB`,
      ],
    ],
  );
}

export const CHART_PNG = fileURLToPath(new URL('../docs/chart-china-asean-goods-trade.png', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { result, png } = await measureCharts();
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  writeFileSync(CHART_PNG, png);
  process.stdout.write(`${chartTable(result)}\nwrote ${CHART_PNG}\n`);
}
