import { randomBytes } from 'node:crypto';

/** A small in-memory map whose entries expire; lost on restart by design (nothing in it is a change yet). */
export class TtlMap<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly max = 500,
    private readonly clock: () => number = Date.now,
  ) {}

  create(value: T): string {
    this.sweep();
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

  private sweep(): void {
    const now = this.clock();
    for (const [key, e] of this.entries) if (now - e.at > this.ttlMs) this.entries.delete(key);
  }
}
