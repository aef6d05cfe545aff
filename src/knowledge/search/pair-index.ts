/**
 * Word pair -> the facts (slots) holding it, so a question's few pairs are looked up once per question instead of in
 * every candidate's own set (see FactSearch.rank). Order within a list does not matter: it is only counted.
 */
export class PairIndex {
  private readonly holders = new Map<string, number[]>();

  add(slot: number, pairs: Iterable<string>): void {
    for (const pair of pairs) {
      const list = this.holders.get(pair);
      if (list) list.push(slot);
      else this.holders.set(pair, [slot]);
    }
  }

  remove(slot: number, pairs: Iterable<string>): void {
    for (const pair of pairs) {
      const list = this.holders.get(pair)!;
      list.splice(list.indexOf(slot), 1);
      if (list.length === 0) this.holders.delete(pair);
    }
  }

  /** The slots holding `pair`. */
  of(pair: string): readonly number[] {
    return this.holders.get(pair) ?? [];
  }
}
