import Fuse, { type FuseIndex } from 'fuse.js';
import type { Fact } from '../schema.js';
import { FuseFilter, fuseChunks, maxErrors } from './fuse-filter.js';
import type { FuseRecord } from './vocabulary.js';

/** One fact's names as fuse.js reads them; `i` is the fact's slot. */
export interface NameRecord {
  i: number;
  id: string;
  title: string;
  aliases: string[];
}

type IndexRecordFields = NonNullable<ReturnType<FuseIndex<NameRecord>['toJSON']>['records'][number]['$']>;

export const NAME_FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  keys: [
    { name: 'title', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'id', weight: 1 },
  ],
};
/**
 * How many facts one fuzzy name search may run fuse.js over (see NameIndex.searcher): NAME_WORK_BUDGET divided by the
 * bitap passes per name (one per allowed edit plus one, per 32-character chunk), between NAME_MIN_CANDIDATES and
 * NAME_MAX_CANDIDATES.
 */
const NAME_WORK_BUDGET = 2400;
const NAME_MIN_CANDIDATES = 100;
const NAME_MAX_CANDIDATES = 600;

/**
 * Every fact's title, aliases and id, kept fact by fact (by slot), for fuzzy matches on names: fuse.js records per
 * fact, and each name as a string of its own in a FuseFilter that tells which facts can match at all.
 */
export class NameIndex {
  private readonly records: (NameRecord | undefined)[] = [];
  /** Each fact's fuse.js record over its names (values and length norms), by slot. */
  private readonly fuseRecords: (FuseRecord | undefined)[] = [];
  private readonly maker = Fuse.createIndex<NameRecord>(NAME_FUSE_OPTIONS.keys, []);
  private readonly keys = this.maker.toJSON().keys;
  /** Every title, alias and id as a string of its own: the fact it names, its fuse.js key and its alias position. */
  private readonly names: { owner: number; key: 0 | 1 | 2; alias: number }[] = [];
  /** Per fact slot, the ids of its names in `names` and `filter`; freed ids are reused. */
  private readonly idsOf: number[][] = [];
  private readonly freeNames: number[] = [];
  private readonly filter = new FuseFilter([], NAME_FUSE_OPTIONS.threshold);

  add(slot: number, fact: Fact): void {
    const record: NameRecord = { i: slot, id: fact.id, title: fact.title, aliases: fact.aliases };
    this.records[slot] = record;
    this.fuseRecords[slot] = this.maker._createObjectRecord(record, slot);
    const ids: number[] = [];
    const addName = (text: string, key: 0 | 1 | 2, alias: number) => {
      const id = this.freeNames.pop() ?? this.names.length;
      this.names[id] = { owner: slot, key, alias };
      this.filter.add(id, text);
      ids.push(id);
    };
    addName(fact.title, 0, -1);
    fact.aliases.forEach((a, alias) => addName(a, 1, alias));
    addName(fact.id, 2, -1);
    this.idsOf[slot] = ids;
  }

  remove(slot: number): void {
    for (const id of this.idsOf[slot]!) {
      this.filter.remove(id);
      this.freeNames.push(id);
    }
    this.idsOf[slot] = [];
    this.records[slot] = undefined;
    this.fuseRecords[slot] = undefined;
  }

  /**
   * fuse.js over every fact's names costs time in proportion to the whole base (microseconds a name for a short
   * query, tens for a long one), so it runs only over the names that can match at all (see FuseFilter): the same
   * results as searching every fact. Only when more facts pass than NAME_WORK_BUDGET allows (short, common queries
   * in a big base) does it keep those whose names come closest (FuseFilter's share), so results may then differ.
   * `order` lists the live slots in the base's order and `rankOf` gives each one's position in it.
   */
  searcher(query: string, order: readonly number[], rankOf: Int32Array): Fuse<NameRecord> {
    const found = this.filter.candidates(query);
    if (!found) return this.fuseOverNames(order, (slot) => this.fuseRecords[slot]!.$ ?? {});
    // The facts with a passing name, in the base's order, each with its best share and its passing names.
    const passing = new Map<number, { share: number; ids: number[] }>();
    found.ids.forEach((id, k) => {
      const owner = this.names[id]!.owner;
      const seen = passing.get(owner);
      if (!seen) passing.set(owner, { share: found.shares[k]!, ids: [id] });
      else {
        seen.ids.push(id);
        seen.share = Math.max(seen.share, found.shares[k]!);
      }
    });
    const owners = [...passing.keys()].sort((a, b) => rankOf[a]! - rankOf[b]!);
    const shares = owners.map((owner) => passing.get(owner)!.share);
    const work = fuseChunks(query.toLowerCase()).reduce(
      (w, c) => w + maxErrors(c.length, NAME_FUSE_OPTIONS.threshold) + 1,
      0,
    );
    const cap = Math.min(
      NAME_MAX_CANDIDATES,
      Math.max(NAME_MIN_CANDIDATES, Math.floor(NAME_WORK_BUDGET / Math.max(1, work))),
    );
    let chosen = owners;
    if (owners.length > cap) {
      const order = owners.map((_, k) => k);
      if (shares.some((x) => x !== shares[0])) order.sort((a, b) => shares[b]! - shares[a]! || a - b);
      chosen = order.slice(0, cap).map((k) => owners[k]!);
    }
    chosen.sort((a, b) => rankOf[a]! - rankOf[b]!);
    // Reuse the full index's records (values and length norms), keeping only the names that can match: the others
    // add nothing to a fact's fuse.js score, which multiplies over matching names only.
    return this.fuseOverNames(chosen, (owner) => {
      const full = this.fuseRecords[owner]!.$ ?? {};
      const $: IndexRecordFields = {};
      const aliases = new Set<number>();
      for (const id of passing.get(owner)!.ids) {
        const name = this.names[id]!;
        if (name.key === 1) aliases.add(name.alias);
        else if (full[name.key]) $[name.key] = full[name.key]!;
      }
      const allAliases = full[1];
      if (aliases.size && Array.isArray(allAliases)) $[1] = allAliases.filter((sub) => aliases.has(sub.i ?? -1));
      return $;
    });
  }

  /** fuse.js over the names of some facts (in the base's order, which breaks its score ties), from their records. */
  private fuseOverNames(slots: readonly number[], fields: (slot: number) => IndexRecordFields): Fuse<NameRecord> {
    const records = slots.map((slot, at) => ({ i: at, $: fields(slot) }));
    const index = Fuse.parseIndex<NameRecord>({ keys: this.keys, records });
    return new Fuse(
      slots.map((slot) => this.records[slot]!),
      NAME_FUSE_OPTIONS,
      index,
    );
  }
}
