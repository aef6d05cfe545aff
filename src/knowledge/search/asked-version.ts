import type { Fact } from '../schema.js';
import { ownText } from './asked-attribute.js';
import type { Analysis } from './engine.js';

/**
 * "Version 3.0", "FTA 2.0", "3.0版": the versions of one agreement are facts of their own. A question that names a
 * version is not answered by a fact about another version only ("Version 1.0" is an alias of the 2010 free trade area,
 * which says nothing of 3.0).
 */
const VERSION = /(?<![\d.])([1-9])\.0(?![\d.]|\s*(?:%|percent|trillion|billion|million|thousand|km))/gi;

const versionsIn = (text: string) => new Set([...text.matchAll(VERSION)].map((m) => m[1]!));

const cache = new WeakMap<Fact, Set<string>>();

export function factVersions(fact: Fact): Set<string> {
  let versions = cache.get(fact);
  if (!versions) {
    versions = versionsIn(ownText(fact));
    cache.set(fact, versions);
  }
  return versions;
}

/** The hits that name another version only go after the rest, in their order. */
export function versionFirst(question: string, analysis: Analysis): Analysis {
  const asked = versionsIn(question);
  if (asked.size === 0) return analysis;
  const other = analysis.hits.map((h) => {
    const stated = factVersions(h.fact);
    return stated.size > 0 && ![...stated].some((v) => asked.has(v));
  });
  if (!other.some(Boolean)) return analysis;
  const order = [...other.keys()].sort((a, b) => Number(other[a]) - Number(other[b]));
  return {
    ...analysis,
    hits: order.map((i) => analysis.hits[i]!),
    covered: order.map((i) => analysis.covered[i]!),
    partial: order.map((i) => analysis.partial[i]!),
  };
}
