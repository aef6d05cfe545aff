import type { Fact } from '../schema.js';

/** The article a fact is drawn from first (its first source's URL): what drawnFrom and fromSource are keyed by. */
export const articleOf = (fact: Fact): string | undefined => fact.sources[0]?.url;

/**
 * The base's facts grouped by tag (each group in the base's order) and by the source they are drawn from, kept up to
 * date fact by fact with the index.
 */
export class FactGroups {
  /** Per tag, its facts in the base's order. */
  readonly byTag = new Map<string, Fact[]>();
  /** Per source URL, how many facts are drawn first from it. */
  readonly drawnFrom = new Map<string, number>();
  /** Per source URL, those facts, in no set order. */
  readonly fromSource = new Map<string, Fact[]>();

  /** `rankOfId` gives an indexed fact's position in the base's order. */
  constructor(private readonly rankOfId: (id: string) => number) {}

  /** Adds a fact at position `rank` of the base's order. */
  add(fact: Fact, rank: number): void {
    this.countSource(fact, 1);
    for (const tag of fact.tags) {
      const group = this.byTag.get(tag);
      if (!group) this.byTag.set(tag, [fact]);
      else if (this.rankOfId(group.at(-1)!.id) < rank) group.push(fact);
      else group.splice(this.rankedPosition(group, rank), 0, fact);
    }
  }

  /** Takes a fact out of its groups. */
  remove(fact: Fact): void {
    this.countSource(fact, -1);
    for (const tag of fact.tags) {
      const group = this.byTag.get(tag)!;
      group.splice(group.indexOf(fact), 1);
      if (group.length === 0) this.byTag.delete(tag);
    }
  }

  /** Groups by tag hold fact objects: the new one takes the old one's place in the groups it stays in. */
  replace(old: Fact, fact: Fact, rank: number): void {
    const kept = fact.tags.length === old.tags.length && fact.tags.every((t, i) => t === old.tags[i]);
    if (!kept) {
      this.remove(old);
      this.add(fact, rank);
      return;
    }
    this.countSource(old, -1);
    this.countSource(fact, 1);
    for (const tag of new Set(fact.tags)) {
      const group = this.byTag.get(tag)!;
      for (let i = 0; i < group.length; i++) if (group[i] === old) group[i] = fact;
    }
  }

  private countSource(fact: Fact, change: 1 | -1): void {
    const url = articleOf(fact);
    if (!url) return;
    const count = (this.drawnFrom.get(url) ?? 0) + change;
    if (count > 0) this.drawnFrom.set(url, count);
    else this.drawnFrom.delete(url);
    const facts = this.fromSource.get(url);
    if (change > 0) {
      if (facts) facts.push(fact);
      else this.fromSource.set(url, [fact]);
    } else if (facts && facts.length > 1) facts.splice(facts.indexOf(fact), 1);
    else this.fromSource.delete(url);
  }

  /** The first position in a group not before `rank` in the base's order. */
  private rankedPosition(group: readonly Fact[], rank: number): number {
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rankOfId(group[mid]!.id) < rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
