/**
 * Prometheus metrics (prom-client), one registry per bot so two bots in one process (tests) never collide.
 * Labels are closed sets only: command or component names the bot defines, outcomes, post results, fact kinds,
 * shard numbers. Never question text, user or server ids: cardinality stays bounded whatever people type.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { InteractionOutcome } from './outcome.js';

export type InteractionKind = 'command' | 'autocomplete' | 'component';
export type PostOutcome = 'sent' | 'belated' | 'skipped' | 'failed_transient' | 'failed_permanent';

export interface GatewayState {
  /** The client said READY and the gateway connection is up. */
  ready: boolean;
  /** Round-trip heartbeat time in ms; negative while unknown. */
  pingMs: number;
  /** discord.js Status per shard (0 = Ready, 5 = Disconnected, …). */
  shards: { id: number; status: number }[];
}

export interface MetricSources {
  facts: () => readonly { kind: string }[];
  gateway: () => GatewayState;
  /** Every fact kind, so a kind with no facts reports 0 instead of vanishing. */
  factKinds: readonly string[];
}

/** Seconds; answers are expected well under Discord's 3 s deadline, autocomplete far under it. */
const ANSWER_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
const AUTOCOMPLETE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

export interface BotMetrics {
  registry: Registry;
  interaction(kind: InteractionKind, name: string, outcome: InteractionOutcome, seconds: number): void;
  post(outcome: PostOutcome, count?: number): void;
}

export function createMetrics(sources: MetricSources): BotMetrics {
  const registry = new Registry();
  // Process metrics: CPU, memory, handles, GC, and nodejs_eventloop_lag_seconds (+ percentiles).
  collectDefaultMetrics({ register: registry });

  const interactions = new Counter({
    name: 'corridor_interactions_total',
    help: 'Interactions handled, by command (or component / autocomplete) and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: 'corridor_answer_duration_seconds',
    help: 'Time from receiving a command or component interaction to having answered it',
    labelNames: ['command'] as const,
    buckets: ANSWER_BUCKETS,
    registers: [registry],
  });
  const autocompleteSeconds = new Histogram({
    name: 'corridor_autocomplete_duration_seconds',
    help: 'Time to answer an autocomplete request',
    labelNames: ['command'] as const,
    buckets: AUTOCOMPLETE_BUCKETS,
    registers: [registry],
  });
  const posts = new Counter({
    name: 'corridor_scheduled_posts_total',
    help: 'Scheduled anniversary posts by result: sent, belated, skipped (missed), failed_transient (retried), failed_permanent',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  // Every outcome exists from the start (at 0), so rate() and alerts work before the first post.
  for (const outcome of ['sent', 'belated', 'skipped', 'failed_transient', 'failed_permanent'] as const)
    posts.inc({ outcome }, 0);
  const unanswered = new Counter({
    name: 'corridor_unanswered_questions_total',
    help: 'Questions answered with "I don\'t have a fact on that"',
    registers: [registry],
  });
  new Gauge({
    name: 'corridor_facts',
    help: 'Facts in the live base, by kind',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      const counts = new Map(sources.factKinds.map((k) => [k, 0]));
      for (const f of sources.facts()) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
      for (const [kind, n] of counts) this.set({ kind }, n);
    },
  });
  new Gauge({
    name: 'corridor_gateway_ping_seconds',
    help: 'Gateway heartbeat round trip (absent until the first heartbeat is acknowledged)',
    registers: [registry],
    collect() {
      const ms = sources.gateway().pingMs;
      if (ms >= 0) this.set(ms / 1000);
      else this.reset();
    },
  });
  new Gauge({
    name: 'corridor_gateway_ready',
    help: '1 while the gateway is connected and ready, else 0',
    registers: [registry],
    collect() {
      this.set(sources.gateway().ready ? 1 : 0);
    },
  });
  new Gauge({
    name: 'corridor_gateway_shard_status',
    help:
      'discord.js status per shard: 0 Ready, 1 Connecting, 2 Reconnecting, 3 Idle, 4 Nearly, 5 Disconnected, ' +
      '6 WaitingForGuilds, 7 Identifying, 8 Resuming',
    labelNames: ['shard'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of sources.gateway().shards) this.set({ shard: String(s.id) }, s.status);
    },
  });

  return {
    registry,
    interaction(kind, name, outcome, seconds) {
      const command = kind === 'command' ? name : `${kind}:${name}`;
      interactions.inc({ command, outcome });
      if (kind === 'autocomplete') autocompleteSeconds.observe({ command: name }, seconds);
      else answerSeconds.observe({ command }, seconds);
      if (outcome === 'unknown') unanswered.inc();
    },
    post(outcome, count = 1) {
      if (count > 0) posts.inc({ outcome }, count);
    },
  };
}

/** Counts one tick's results (per post, not per anniversary in it). */
export function countTick(
  metrics: BotMetrics,
  result: { sent: { belated: boolean }[]; missed: unknown[]; failed: unknown[]; released: unknown[] },
): void {
  const belated = result.sent.filter((s) => s.belated).length;
  metrics.post('sent', result.sent.length - belated);
  metrics.post('belated', belated);
  metrics.post('skipped', result.missed.length);
  metrics.post('failed_transient', result.released.length);
  metrics.post('failed_permanent', result.failed.length);
}
