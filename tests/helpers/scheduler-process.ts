/**
 * One scheduler process of the PostgreSQL multi-process test: opens a PgStore on DATABASE_URL, takes part in the
 * leader election, and while it leads runs the real scheduler (startScheduler → runTick) every 50 ms of real time
 * at the shared simulated clock. Posts are appended to POSTS_FILE (one JSON line each) before the post "returns",
 * as Discord would have the message before we hear back. Prints one JSON line per leadership change on stdout.
 * Exits 0 once the simulated clock passes SIM_END_MS.
 */
import { appendFileSync } from 'node:fs';
import { PgStore } from '../../src/knowledge/store/pg/pg-store.js';
import { startScheduler } from '../../src/scheduler/cron.js';
import { startLeadership } from '../../src/scheduler/leader.js';
import type { Poster } from '../../src/scheduler/poster.js';
import { SCENARIO_FACTS, SIM_END_MS, simulatedClock, type RecordedPost } from './scheduler-scenario.js';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const name = required('PROC_NAME');
const postsFile = required('POSTS_FILE');
const leaseMs = Number(required('LEASE_MS'));
const simNow = simulatedClock(Number(required('REAL_START_MS')));
const say = (event: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(
    `${JSON.stringify({ event, process: name, at: Date.now(), sim: new Date(simNow()).toISOString(), ...extra })}\n`,
  );

const store = new PgStore({
  connectionString: required('DATABASE_URL'),
  max: 4,
  onError: (e) => say('pg-error', { error: e.message }),
});
let posts = 0;
const poster: Poster = {
  async post(channelId, payload) {
    const messageId = `${name}-${++posts}`;
    const line: RecordedPost = {
      process: name,
      channelId,
      messageId,
      nonce: payload.nonce ?? '',
      payload: JSON.stringify(payload),
    };
    appendFileSync(postsFile, `${JSON.stringify(line)}\n`);
    return { messageId };
  },
};
const log = {
  info: (message: string) => (/^leader:/.test(message) ? say('log', { message }) : undefined),
  warn: (message: string, context?: Record<string, unknown>) => say('warn', { message, ...context }),
  error: (message: string, context?: Record<string, unknown>) => say('error', { message, ...context }),
};

const leadership = await startLeadership({ store, log, holder: name, leaseMs, onLead: () => say('lead') });
const scheduler = startScheduler({
  store,
  getFacts: () => SCENARIO_FACTS,
  poster,
  log,
  clock: () => new Date(simNow()),
  expression: null,
  tickOnStart: false,
  // The facts never change: the first tick reads every server, later ones only the due ones (as the bot does).
  factsVersion: () => 1,
  shouldTick: () => leadership.isLeader(),
});
say('ready');

const timer = setInterval(() => {
  if (simNow() > SIM_END_MS) {
    clearInterval(timer);
    void (async () => {
      await scheduler.stop();
      await leadership.stop();
      await store.close();
      say('done', { posts });
      process.exit(0);
    })();
    return;
  }
  void scheduler.tickNow();
}, 50);
