/**
 * Search quality of every engine on every evaluation set. The fair baselines' "I don't know" thresholds are chosen
 * on the development sets only (questions + dev-en); the held-out sets are only ever scored.
 */
import type { Fact } from '../src/knowledge/schema.js';
import {
  evaluate,
  loadSet,
  pct,
  withoutExamples,
  type EvalQuestion,
  type EvalReport,
  type EvalSet,
} from '../tests/eval/evaluate.js';
import {
  baseline,
  corridor,
  fuseDefaultScorer,
  fuseFairScorer,
  miniSearchDefaultScorer,
  miniSearchFairScorer,
  type EngineFactory,
  type ScorerFactory,
} from './engines.js';
import { table } from './stats.js';
import { overallCorrect, tuneThreshold, type Tuned } from './tune.js';

export const SETS: readonly { set: EvalSet; role: 'development' | 'held-out'; label: string }[] = [
  { set: 'questions', role: 'development', label: 'questions.json (development, written with the base)' },
  { set: 'dev-en', role: 'development', label: 'dev-en (development, written blind)' },
  { set: 'dev-en2', role: 'development', label: 'dev-en2 (development, written blind, second writer)' },
  { set: 'dev-zh', role: 'development', label: 'dev-zh (development, written blind, Chinese)' },
  { set: 'dev-zh2', role: 'development', label: 'dev-zh2 (development, written blind, Chinese, second writer)' },
  { set: 'dev-en3', role: 'development', label: 'dev-en3 (development, written blind, third writer)' },
  { set: 'dev-zh3', role: 'development', label: 'dev-zh3 (development, written blind, Chinese, third writer)' },
  { set: 'dev-en4', role: 'development', label: 'dev-en4 (development, written blind, fourth writer)' },
  { set: 'dev-zh4', role: 'development', label: 'dev-zh4 (development, written blind, Chinese, fourth writer)' },
  {
    set: 'dev-en5',
    role: 'development',
    label: 'dev-en5 (development, written blind, fifth writer, many near misses)',
  },
  { set: 'dev-zh5', role: 'development', label: 'dev-zh5 (development, written blind, Chinese, fifth writer)' },
  { set: 'dev-en6', role: 'development', label: 'dev-en6 (development, written blind, sixth writer)' },
  { set: 'dev-zh6', role: 'development', label: 'dev-zh6 (development, written blind, Chinese, sixth writer)' },
  {
    set: 'dev-en7',
    role: 'development',
    label: 'dev-en7 (development, written blind, seventh writer, many near misses)',
  },
  { set: 'dev-zh7', role: 'development', label: 'dev-zh7 (development, written blind, Chinese, seventh writer)' },
  {
    set: 'dev-en8',
    role: 'development',
    label: 'dev-en8 (development, written blind, eighth writer)',
  },
  { set: 'dev-zh8', role: 'development', label: 'dev-zh8 (development, written blind, Chinese, eighth writer)' },
  {
    set: 'dev-en9',
    role: 'development',
    label: 'dev-en9 (development, written blind, ninth writer)',
  },
  { set: 'dev-zh9', role: 'development', label: 'dev-zh9 (development, written blind, Chinese, ninth writer)' },
  {
    set: 'dev-en10',
    role: 'development',
    label: 'dev-en10 (development, written blind, tenth writer, kept to check tuning)',
  },
  { set: 'dev-zh10', role: 'development', label: 'dev-zh10 (development, written blind, Chinese, tenth writer)' },
  {
    set: 'dev-en11',
    role: 'development',
    label: 'dev-en11 (development, written blind, eleventh writer, kept to check tuning)',
  },
  { set: 'dev-zh11', role: 'development', label: 'dev-zh11 (development, written blind, Chinese, eleventh writer)' },
  { set: 'dev-en12', role: 'development', label: 'dev-en12 (development, written blind, twelfth writer, near misses)' },
  {
    set: 'dev-zh12',
    role: 'development',
    label: 'dev-zh12 (development, written blind, Chinese, twelfth writer, near misses)',
  },
  {
    set: 'dev-en13',
    role: 'development',
    label: 'dev-en13 (development, written blind, thirteenth writer, kept to check tuning)',
  },
  { set: 'dev-zh13', role: 'development', label: 'dev-zh13 (development, written blind, Chinese, thirteenth writer)' },
  { set: 'dev-en14', role: 'development', label: 'dev-en14 (development, written blind, fourteenth writer)' },
  { set: 'dev-zh14', role: 'development', label: 'dev-zh14 (development, written blind, Chinese, fourteenth writer)' },
  { set: 'dev-en15', role: 'development', label: 'dev-en15 (development, written blind, fifteenth writer)' },
  { set: 'dev-zh15', role: 'development', label: 'dev-zh15 (development, written blind, Chinese, fifteenth writer)' },
  { set: 'dev-en16', role: 'development', label: 'dev-en16 (development, written blind, sixteenth writer)' },
  { set: 'dev-zh16', role: 'development', label: 'dev-zh16 (development, written blind, Chinese, sixteenth writer)' },
  { set: 'dev-en17', role: 'development', label: 'dev-en17 (development, written blind, seventeenth writer)' },
  {
    set: 'dev-zh17',
    role: 'development',
    label: 'dev-zh17 (development, written blind, Chinese, seventeenth writer)',
  },
  {
    set: 'dev-en18',
    role: 'development',
    label: 'dev-en18 (development, written blind, eighteenth writer)',
  },
  {
    set: 'dev-zh18',
    role: 'development',
    label: 'dev-zh18 (development, written blind, Chinese, eighteenth writer)',
  },
  {
    set: 'dev-en19',
    role: 'development',
    label: 'dev-en19 (development, written blind, nineteenth writer)',
  },
  {
    set: 'dev-zh19',
    role: 'development',
    label: 'dev-zh19 (development, written blind, Chinese, nineteenth writer)',
  },
  {
    set: 'dev-en20',
    role: 'development',
    label: 'dev-en20 (development, written blind, twentieth writer)',
  },
  {
    set: 'dev-zh20',
    role: 'development',
    label: 'dev-zh20 (development, written blind, Chinese, twentieth writer)',
  },
  {
    set: 'dev-en21',
    role: 'development',
    label: 'dev-en21 (development, written blind, twenty-first writer)',
  },
  {
    set: 'dev-zh21',
    role: 'development',
    label: 'dev-zh21 (development, written blind, Chinese, twenty-first writer)',
  },
  {
    set: 'dev-en22',
    role: 'development',
    label: 'dev-en22 (development, written blind, twenty-second writer, kept to check tuning)',
  },
  {
    set: 'dev-zh22',
    role: 'development',
    label: 'dev-zh22 (development, written blind, Chinese, twenty-second writer, kept to check tuning)',
  },
  {
    set: 'dev-en23',
    role: 'development',
    label:
      'dev-en23 (development, written blind, twenty-third writer; labels by a second helper who saw only the facts)',
  },
  {
    set: 'dev-en24',
    role: 'development',
    label:
      'dev-en24 (development, written blind, twenty-fourth writer; labels by a second helper who saw only the facts)',
  },
  {
    set: 'dev-en25',
    role: 'development',
    label:
      'dev-en25 (development, written blind, twenty-fifth writer; labels by a second helper who saw only the facts)',
  },
  {
    set: 'dev-en26',
    role: 'development',
    label:
      'dev-en26 (development, written blind, twenty-sixth writer; labels by a second helper who saw only the facts)',
  },
  {
    set: 'dev-en27',
    role: 'development',
    label:
      'dev-en27 (development, written blind, twenty-seventh writer; labels by a second helper who saw only the facts)',
  },
  {
    set: 'dev-en28',
    role: 'development',
    label:
      'dev-en28 (development, written blind, twenty-eighth writer; labels by a second helper who saw only the facts)',
  },
  { set: 'heldout-en', role: 'held-out', label: 'heldout-en (held-out, written blind, only scored)' },
  { set: 'heldout-zh', role: 'held-out', label: 'heldout-zh (held-out, written blind, Chinese, only scored)' },
  { set: 'heldout2-en', role: 'held-out', label: 'heldout2-en (second held-out set, another writer, only scored)' },
  { set: 'heldout2-zh', role: 'held-out', label: 'heldout2-zh (second held-out set, Chinese, only scored)' },
];
/** The sets the baselines' thresholds are tuned on. */
export const TUNING_SETS: readonly EvalSet[] = ['questions', 'dev-en'];

export interface Threshold {
  engine: string;
  better: 'lower' | 'higher';
  tuned: Tuned;
}

export interface QualityResult {
  engines: string[];
  /** Report per set, then per engine (same order as `engines`). */
  reports: Map<EvalSet, EvalReport[]>;
  thresholds: Threshold[];
}

/** Tunes the fair baselines on the development sets, then scores every engine on every set. */
export function measureQuality(facts: readonly Fact[]): { result: QualityResult; factories: EngineFactory[] } {
  const tuning: EvalQuestion[] = TUNING_SETS.flatMap((s) => loadSet(s));
  const thresholds: Threshold[] = [];
  const fair = (make: ScorerFactory): EngineFactory => {
    const scorer = make(facts);
    const tuned = tuneThreshold(scorer, tuning);
    thresholds.push({ engine: scorer.name, better: scorer.better, tuned });
    return baseline(make, tuned.threshold);
  };
  const factories: EngineFactory[] = [
    baseline(fuseDefaultScorer),
    baseline(miniSearchDefaultScorer),
    fair(fuseFairScorer),
    fair(miniSearchFairScorer),
    corridor,
  ];
  const engines = factories.map((make) => make(facts));
  const reports = new Map<EvalSet, EvalReport[]>();
  for (const { set } of SETS) {
    const questions = loadSet(set);
    // Scored against a base without the set's own questions as example questions (see withoutExamples).
    const base = withoutExamples(facts, questions);
    const scored = base === facts ? engines : factories.map((make) => make(base));
    reports.set(
      set,
      scored.map((e) => evaluate((q) => e.answer(q), questions)),
    );
  }
  return { result: { engines: engines.map((e) => e.name), reports, thresholds }, factories };
}

/** One table per set: every engine, every metric. */
export function qualityTables(q: QualityResult): string {
  return SETS.map(({ set, label }) => {
    const reports = q.reports.get(set)!;
    const first = reports[0]!;
    return `### ${label}\n\n${first.answerable} answerable, ${first.unanswerable} out of scope.\n\n${table(
      ['engine', 'top-1', 'top-3', 'false "I don\'t know"', 'wrong first', 'out-of-scope answered', 'overall correct'],
      reports.map((r, i) => [
        q.engines[i]!,
        pct(r.top1),
        pct(r.top3),
        pct(r.falseIdk),
        pct(r.wrong),
        pct(1 - r.saysIdk),
        pct(overallCorrect(r)),
      ]),
    )}`;
  }).join('\n\n');
}

/** Top-1 and out-of-scope answered side by side for all sets: the short version. */
export function qualityOverview(q: QualityResult): string {
  return table(
    ['engine', ...SETS.map(({ set }) => `${set} top-1 / OOS answered`)],
    q.engines.map((name, i) => [
      name,
      ...SETS.map(({ set }) => {
        const r = q.reports.get(set)![i]!;
        return `${pct(r.top1)} / ${r.unanswerable ? pct(1 - r.saysIdk) : '—'}`;
      }),
    ]),
  );
}

export function thresholdTable(q: QualityResult): string {
  return table(
    [
      'engine',
      'answers when its top score is',
      `overall correct on ${TUNING_SETS.join(' + ')} (tuned)`,
      'without a threshold',
    ],
    q.thresholds.map(({ engine, better, tuned }) => [
      engine,
      `${better === 'lower' ? '≤' : '≥'} ${tuned.threshold.toPrecision(4)} (${
        better === 'lower' ? 'fuse.js score, 0 = perfect' : 'BM25 score'
      })`,
      `${pct(tuned.overall)} of ${tuned.questions}`,
      pct(tuned.overallWithout),
    ]),
  );
}

/** Plain sentences for every set and metric on which a baseline is level with or ahead of Corridor. */
export function qualityNotes(q: QualityResult): string[] {
  const c = q.engines.findIndex((n) => n.startsWith('Corridor'));
  const metrics: [string, (r: EvalReport) => number, 'higher' | 'lower'][] = [
    ['top-1', (r) => r.top1, 'higher'],
    ['top-3', (r) => r.top3, 'higher'],
    ['false "I don\'t know"', (r) => r.falseIdk, 'lower'],
    ['wrong first', (r) => r.wrong, 'lower'],
    ['out-of-scope answered', (r) => 1 - r.saysIdk, 'lower'],
    ['overall correct', overallCorrect, 'higher'],
  ];
  const notes: string[] = [];
  for (const { set } of SETS) {
    const reports = q.reports.get(set)!;
    const corridorReport = reports[c]!;
    for (const [name, get, better] of metrics) {
      if (name === 'out-of-scope answered' && corridorReport.unanswerable === 0) continue;
      const level: string[] = [];
      for (const [i, r] of reports.entries()) {
        if (i === c) continue;
        const ahead = better === 'higher' ? get(r) > get(corridorReport) : get(r) < get(corridorReport);
        if (ahead || get(r) === get(corridorReport))
          level.push(`${q.engines[i]} ${ahead ? 'ahead' : 'level'} (${pct(get(r))})`);
      }
      if (level.length) notes.push(`${set}, ${name} (Corridor ${pct(get(corridorReport))}): ${level.join('; ')}.`);
    }
  }
  return notes;
}
