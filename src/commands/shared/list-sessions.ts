import { randomBytes } from 'node:crypto';

export interface ListSession {
  ownerId: string;
  title: string;
  lines: string[];
  footer: string;
  createdAt: number;
}

/** Paged lists live in memory for a while; an expired or restarted one answers "run the command again". */
export class ListSessions {
  private readonly sessions = new Map<string, ListSession>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  create(session: Omit<ListSession, 'createdAt'>): string {
    this.sweep();
    const id = randomBytes(6).toString('hex');
    this.sessions.set(id, { ...session, createdAt: this.clock() });
    while (this.sessions.size > this.max) this.sessions.delete(this.sessions.keys().next().value!);
    return id;
  }

  get(id: string): ListSession | undefined {
    const s = this.sessions.get(id);
    if (s && this.clock() - s.createdAt > this.ttlMs) {
      this.sessions.delete(id);
      return undefined;
    }
    return s;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [id, s] of this.sessions) if (now - s.createdAt > this.ttlMs) this.sessions.delete(id);
  }
}
