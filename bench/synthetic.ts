/**
 * Deterministic synthetic facts for the scale benchmarks: the real fact base plus generated facts whose words come
 * from the real facts' vocabulary and from made-up place and organisation names. Every generated fact passes the zod
 * schema (they are parsed with it), so the engines index exactly what the store would hold.
 */
import { Fact, type FactInput } from '../src/knowledge/schema.js';

import { prng } from '../tests/support/prng.js';

export { prng };

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const SYLLABLES = [
  'ban',
  'tor',
  'ka',
  'lem',
  'sun',
  'ria',
  'vat',
  'ho',
  'pra',
  'min',
  'dal',
  'che',
  'nam',
  'quo',
  'sel',
  'tai',
  'ro',
  'vin',
  'lu',
  'mar',
  'pe',
  'zan',
  'gor',
  'ith',
  'a',
  'o',
  'ne',
  'si',
];
const PLACE_SUFFIX = ['', '', '', ' Province', ' City', ' Bay', ' Valley', ' Port'];
const ORG_KIND = [
  'Port Authority',
  'Development Bank',
  'Logistics Group',
  'Trade Council',
  'Rail Company',
  'Industrial Park',
  'Customs Office',
  'Energy Corporation',
  'Chamber of Commerce',
  'Shipping Line',
];
const EVENTS = [
  'opens',
  'signs cooperation agreement',
  'launches freight service',
  'completes expansion',
  'begins operations',
  'joins partnership',
  'reaches record volume',
  'hosts trade expo',
  'upgrades terminal',
  'starts direct route',
];
const FIGURE_TOPICS = [
  'container throughput',
  'cargo volume',
  'bilateral trade',
  'passenger trips',
  'investment stock',
  'exports',
  'imports',
  'freight trains',
  'tourist arrivals',
  'electricity supply',
];
const UNITS: readonly [string, string | undefined][] = [
  ['billion', 'USD'],
  ['million', 'USD'],
  ['TEU', undefined],
  ['tonnes', undefined],
  ['trips', undefined],
  ['percent', undefined],
];
const STATUSES = ['negotiating', 'concluded', 'signed', 'in-force'] as const;
const PUBLISHERS = ['Synthetic Wire', 'Bench Daily', 'Corridor Test Press'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function makeName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const parts = int(rng, 2, 3);
    let name = '';
    for (let i = 0; i < parts; i++) name += pick(rng, SYLLABLES);
    name = capital(name);
    if (name.length >= 4 && !used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/**
 * The running text of the real facts (titles, summaries, tags), lower-case words of 3+ letters, repeats kept:
 * drawing from it keeps the real word frequencies ("china" and "trade" common, "boten" rare).
 */
export function wordStreamOf(facts: readonly Fact[]): string[] {
  const words: string[] = [];
  for (const f of facts) {
    for (const w of `${f.title} ${f.summary} ${f.tags.join(' ')}`.toLowerCase().split(/[^a-z]+/))
      if (w.length >= 3) words.push(w);
  }
  return words;
}

function sentence(rng: Rng, vocab: readonly string[], min: number, max: number, names: readonly string[]): string {
  const n = int(rng, min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rng() < 0.12 ? pick(rng, names) : pick(rng, vocab));
  return `${capital(words.join(' '))}.`;
}

function date(rng: Rng): string {
  const y = int(rng, 1995, 2030);
  const r = rng();
  if (r < 0.2) return String(y);
  const m = String(int(rng, 1, 12)).padStart(2, '0');
  if (r < 0.4) return `${y}-${m}`;
  return `${y}-${m}-${String(int(rng, 1, 28)).padStart(2, '0')}`;
}

/** The real facts followed by synthetic ones, `size` in all (never fewer than the real ones), seeded. */
export function factsOfSize(real: readonly Fact[], size: number, seed = 20240601): Fact[] {
  const rng = prng(seed);
  const vocab = wordStreamOf(real);
  const usedNames = new Set<string>();
  const places = Array.from(
    { length: Math.max(50, Math.ceil(size / 8)) },
    () => makeName(rng, usedNames) + pick(rng, PLACE_SUFFIX),
  );
  const orgs = Array.from(
    { length: Math.max(50, Math.ceil(size / 5)) },
    () => `${makeName(rng, usedNames)} ${pick(rng, ORG_KIND)}`,
  );
  const names = [...places, ...orgs];
  const out: Fact[] = [...real];
  for (let n = 0; out.length < size; n++) {
    const place = pick(rng, places);
    const org = pick(rng, orgs);
    const kindRoll = rng();
    const common = {
      id: `syn-${n}`,
      summary: `${sentence(rng, vocab, 12, 30, names)} ${sentence(rng, vocab, 8, 24, names)}`.slice(0, 1000),
      tags: Array.from({ length: int(rng, 1, 4) }, () => pick(rng, vocab)),
      aliases: Array.from({ length: int(rng, 0, 2) }, () => `${org.split(' ')[0]} ${pick(rng, vocab)}`),
      related: n > 0 && rng() < 0.3 ? [`syn-${int(rng, 0, n - 1)}`] : [],
      sources: [
        { publisher: pick(rng, PUBLISHERS), title: sentence(rng, vocab, 3, 8, names).slice(0, 200), date: date(rng) },
      ],
    };
    let input: FactInput;
    if (kindRoll < 0.08) {
      input = { kind: 'topic', ...common, title: `${org} and ${pick(rng, FIGURE_TOPICS)} in ${place}`.slice(0, 100) };
    } else if (kindRoll < 0.55) {
      input = {
        kind: 'milestone',
        ...common,
        title: `${org} ${pick(rng, EVENTS)} in ${place}`.slice(0, 100),
        date: date(rng),
      };
    } else if (kindRoll < 0.85) {
      const [unit, currency] = pick(rng, UNITS);
      const year = int(rng, 2000, 2025);
      input = {
        kind: 'figure',
        ...common,
        title: `${place} ${pick(rng, FIGURE_TOPICS)} in ${year}`.slice(0, 100),
        value: Math.round(rng() * 100_000) / 10,
        unit,
        ...(currency ? { currency } : {}),
        period: String(year),
        asOf: `${year}-12`,
      };
    } else {
      const d = date(rng);
      input = {
        kind: 'agreement',
        ...common,
        title:
          `${place}–${pick(rng, places)} ${pick(rng, ['trade', 'investment', 'transport', 'customs', 'energy'])} agreement`.slice(
            0,
            100,
          ),
        date: d,
        status: pick(rng, STATUSES),
        parties: [place, pick(rng, places)],
      };
    }
    out.push(Fact.parse(input));
  }
  return out.slice(0, Math.max(size, real.length));
}

/** A question a person might ask about a synthetic fact: some of its title words, sometimes with a typo. */
export function questionAbout(rng: Rng, fact: Fact): string {
  const words = fact.title.split(/\s+/);
  const start = int(rng, 0, Math.max(0, words.length - 2));
  const chosen = words.slice(start, start + int(rng, 2, 4));
  if (rng() < 0.25) {
    const i = int(rng, 0, chosen.length - 1);
    const w = chosen[i]!;
    if (w.length > 4) {
      const at = int(rng, 1, w.length - 2);
      chosen[i] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    }
  }
  const frame = pick(rng, ['when did %s', 'what about %s', '%s', 'tell me about %s', 'how much %s']);
  return frame.replace('%s', chosen.join(' '));
}
