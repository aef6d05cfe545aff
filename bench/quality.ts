/** Search quality on the public evaluation set (tests/eval/questions.json) for every engine in QUALITY_ENGINES. */
import type { Fact } from '../src/knowledge/schema.js';
import { evaluate, pct, QUESTIONS, type EvalReport } from '../tests/eval/evaluate.js';
import { QUALITY_ENGINES } from './engines.js';
import { table } from './stats.js';

export interface QualityRow {
  engine: string;
  report: EvalReport;
  /** Right fact first on answerable questions plus "I don't know" on unanswerable ones, over all questions. */
  overall: number;
}

export function measureQuality(facts: readonly Fact[]): QualityRow[] {
  return QUALITY_ENGINES.map((make) => {
    const engine = make(facts);
    const report = evaluate((q) => engine.search(q, 3));
    const total = report.answerable + report.unanswerable;
    const overall = (report.top1 * report.answerable + report.saysIdk * report.unanswerable) / total;
    return { engine: engine.name, report, overall };
  });
}

export function qualityTable(rows: readonly QualityRow[]): string {
  const first = rows[0]?.report;
  const caption = first
    ? `${QUESTIONS.length} questions: ${first.answerable} answerable, ${first.unanswerable} out of scope (the right answer is "I don't know").`
    : '';
  return `${caption}\n\n${table(
    ['engine', 'top-1', 'top-3', 'correct "I don\'t know"', 'false "I don\'t know"', 'overall correct'],
    rows.map((r) => [r.engine, pct(r.report.top1), pct(r.report.top3), pct(r.report.saysIdk), pct(r.report.falseIdk), pct(r.overall)]),
  )}`;
}

/** Plain sentences for every metric on which a baseline is not behind Corridor, and Corridor's own misses. */
export function qualityNotes(rows: readonly QualityRow[]): string[] {
  const corridor = rows.find((r) => r.engine.startsWith('Corridor'));
  if (!corridor) return [];
  const notes: string[] = [];
  const metrics: [string, (r: QualityRow) => number, 'higher' | 'lower'][] = [
    ['top-1', (r) => r.report.top1, 'higher'],
    ['top-3', (r) => r.report.top3, 'higher'],
    ['correct "I don\'t know"', (r) => r.report.saysIdk, 'higher'],
    ['false "I don\'t know"', (r) => r.report.falseIdk, 'lower'],
    ['overall correct', (r) => r.overall, 'higher'],
  ];
  for (const [name, get, better] of metrics) {
    for (const r of rows) {
      if (r === corridor) continue;
      const ahead = better === 'higher' ? get(r) > get(corridor) : get(r) < get(corridor);
      const tied = get(r) === get(corridor);
      if (ahead || tied) notes.push(`${r.engine} is ${ahead ? 'ahead of' : 'level with'} Corridor on ${name} (${pct(get(r))} vs ${pct(get(corridor))}).`);
    }
  }
  for (const f of corridor.report.failures) {
    notes.push(`Corridor miss: ${JSON.stringify(f.q)} expected ${f.expect.join(' or ') || '"I don\'t know"'}, got ${f.got.join(', ') || '"I don\'t know"'}.`);
  }
  return notes;
}
