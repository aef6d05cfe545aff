import { randomBytes } from 'node:crypto';

/** At most `max` live entries per owner, so one person cannot push everyone else's entries out of the shared map. */
export interface OwnerCap<T> {
  max: number;
  ownerOf: (value: T) => string;
}

/** A small in-memory map whose entries expire; lost on restart by design (nothing in it is a change yet). */
export class TtlMap<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly max = 500,
    private readonly clock: () => number = Date.now,
    private readonly perOwner?: OwnerCap<T>,
  ) {}

  create(value: T): string {
    this.sweep();
    if (this.perOwner) this.makeRoomFor(this.perOwner.ownerOf(value), this.perOwner);
    let key = randomBytes(4).toString('hex');
    while (this.entries.has(key)) key = randomBytes(4).toString('hex');
    this.entries.set(key, { value, at: this.clock() });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Replaces the value and restarts its clock. */
  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.clock() });
  }

  /** Removes and returns the entry, so only one caller can act on it. */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.entries.delete(key);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops the owner's oldest entries (Map order is insertion order; set() re-inserts) until one more fits. */
  private makeRoomFor(owner: string, cap: OwnerCap<T>): void {
    const mine = [...this.entries].filter(([, e]) => cap.ownerOf(e.value) === owner).map(([key]) => key);
    for (const key of mine.slice(0, Math.max(0, mine.length - cap.max + 1))) this.entries.delete(key);
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, e] of this.entries) if (now - e.at > this.ttlMs) this.entries.delete(key);
  }
}
