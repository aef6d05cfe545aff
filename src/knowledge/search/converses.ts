import type { Fact } from '../schema.js';
import { toSimplified } from './chinese.js';
import { chineseOwners } from './chinese-owners.js';
import type { Analysis } from './engine.js';
import { possessors } from './possessors.js';
import { hitFirst } from './hit-order.js';
import { isChinese } from './chinese-clauses.js';

/**
 * Converse facts state one relation in both directions: "China: ASEAN's largest trading partner" and "ASEAN: China's
 * largest trading partner". They share their kind, unit and tags and differ in the owner their titles name, so the
 * words of a question fit both nearly alike; the owner it names, or a reciprocal ("each other"), decides.
 */

/** "Each other", "one another", "mutual", 互为, 彼此, 相互: both directions are asked. */
const RECIPROCAL = /\b(?:each\s+other|one\s+another|mutual(?:ly)?|both\s+ways)\b|互为|彼此|相互/i;

/**
 * 中国对东盟、东盟对中国 / 中国当东盟的…，东盟当中国的… / 中国做东盟…，东盟做中国…: the same two names, each before
 * the other, around a word that relates them, ask both directions too.
 */
const SWAPPED = /(\p{Script=Han}{2,4}?)[对当跟和与给做是为作](\p{Script=Han}{2,4}?).*?\2[对当跟和与给做是为作]\1/u;

export function asksBothWays(question: string): boolean {
  return RECIPROCAL.test(question) || (isChinese(question) && SWAPPED.test(toSimplified(question)));
}

const ownerCache = new WeakMap<Fact, { title: Set<string>; names: Set<string> }>();

/** The owners a fact's title names in the possessive, and those all its names do (in any language). */
function owners(fact: Fact): { title: Set<string>; names: Set<string> } {
  let cached = ownerCache.get(fact);
  if (cached === undefined) {
    const texts = Object.values(fact.i18n ?? {});
    const title = new Set([...possessors(fact.title), ...texts.flatMap((t) => chineseOwners(t.title))]);
    const names = new Set([
      ...title,
      ...fact.aliases.flatMap(possessors),
      ...texts.flatMap((t) => t.aliases.flatMap(chineseOwners)),
    ]);
    cached = { title, names };
    ownerCache.set(fact, cached);
  }
  return cached;
}

const sameTags = (a: Fact, b: Fact) => a.tags.length === b.tags.length && a.tags.every((t) => b.tags.includes(t));
const unitOf = (f: Fact) => (f.kind === 'figure' ? f.unit : undefined);

export function areConverses(a: Fact, b: Fact): boolean {
  if (a === b || a.kind !== b.kind || unitOf(a) !== unitOf(b) || !sameTags(a, b)) return false;
  const [x, y] = [owners(a).title, owners(b).title];
  return x.size > 0 && y.size > 0 && [...x].every((o) => !y.has(o));
}

/** The owners a question names: "ASEAN's", 东盟最大…, 对东盟来说. */
export function askedOwners(question: string): string[] {
  return [...possessors(question), ...chineseOwners(question)];
}

/**
 * The question names an owner that the best fact's names do not and its converse's do: the converse comes first, and
 * covers what the best covered (the two are worded alike but for the owner).
 */
export function ownerFirst(
  question: string,
  analysis: Analysis,
  coverage: number[],
): { analysis: Analysis; coverage: number[] } {
  const best = analysis.hits[0];
  // Converses are few: the owners asked (a Chinese question is segmented for them) are read only when one is here.
  if (!best || !analysis.hits.some((h) => areConverses(h.fact, best.fact))) return { analysis, coverage };
  const asked = askedOwners(question);
  const owns = (f: Fact) => asked.some((o) => owners(f).names.has(o));
  if (asked.length === 0 || owns(best.fact)) return { analysis, coverage };
  const chosen = analysis.hits.findIndex((h) => owns(h.fact) && areConverses(h.fact, best.fact));
  if (chosen <= 0) return { analysis, coverage };
  return hitFirst({ analysis, coverage }, chosen, { coverage: Math.max(coverage[0]!, coverage[chosen]!) });
}

/** A question asked both ways, whose best fact has its converse among the hits: both facts. */
export function bothWays(question: string, { hits }: Analysis): [Fact, Fact] | undefined {
  const best = hits[0];
  if (!best) return undefined;
  const converse = hits.find((h) => areConverses(h.fact, best.fact));
  if (!converse) return undefined;
  const both = asksBothWays(question) || namesBothOwners(question, best.fact, converse.fact);
  return both ? [best.fact, converse.fact] : undefined;
}

/**
 * "How long has China been ASEAN's … compared with how long ASEAN has been China's?": a question that names each
 * converse's owner in the possessive asks both.
 */
function namesBothOwners(question: string, a: Fact, b: Fact): boolean {
  const asked = new Set(possessors(question));
  const owns = (f: Fact) => [...owners(f).title].some((o) => asked.has(o));
  return owns(a) && owns(b);
}
