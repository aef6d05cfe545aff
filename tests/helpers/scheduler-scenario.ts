/**
 * The shared setup of the multi-process scheduler test on PostgreSQL (tests/e2e/scheduler-postgres.test.ts) and of
 * its child processes (scheduler-process.ts): the facts, the servers, and the simulated clock, which every process
 * derives from the same real start instant, so all of them agree on "now".
 */
import { Fact } from '../../src/knowledge/schema.js';
import type { GuildSettingsPatch } from '../../src/knowledge/store/guild-settings.js';

const source = [{ publisher: 'Corridor Test Press', title: 'Test source', date: '2016-07' }];
const milestone = (id: string, title: string, date: string): Fact =>
  Fact.parse({
    kind: 'milestone',
    id,
    title,
    summary: `Something notable happened on ${title}.`,
    date,
    sources: source,
  });

/** Two anniversaries on 2 July (one combined post) and one on 3 July, in every server's own zone. */
export const SCENARIO_FACTS: readonly Fact[] = [
  milestone('alpha-day', 'Alpha Harbour Opening', '2016-07-02'),
  milestone('beta-day', 'Beta Bridge Agreement', '2019-07-02'),
  milestone('gamma-day', 'Gamma Rail Link', '2021-07-03'),
];

/** Zones from UTC-7 to UTC+12:45 in July, half-hour and quarter-hour offsets included. */
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'UTC',
  'Europe/London',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'Pacific/Chatham',
];

export function scenarioGuilds(count: number): GuildSettingsPatch[] {
  return Array.from({ length: count }, (_, i) => ({
    guildId: `1${String(i).padStart(17, '0')}`,
    channelId: `2${String(i).padStart(17, '0')}`,
    timezone: ZONES[i % ZONES.length]!,
    postTime: `${String((i * 5) % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    // Some servers also get a fact of the day (on days without an anniversary): the pick rides in the claim.
    factOfTheDay: i % 4 === 0,
  }));
}

/**
 * Simulated time: from 1 July 10:00 UTC (before 2 July begins anywhere: Chatham is UTC+12:45) to 4 July 08:00 UTC
 * (after 3 July has ended everywhere: Los Angeles is UTC-7), so every server's posting instant for both days
 * falls inside the run.
 */
export const SIM_START_MS = Date.parse('2026-07-01T10:00:00Z');
export const SIM_END_MS = Date.parse('2026-07-04T08:00:00Z');
/** Simulated ms per real ms: 2.5 simulated hours a second, so a lease of a few seconds stays well inside the 12 h belated window. */
export const SIM_SPEED = 9_000;

export function simulatedClock(realStartMs: number): () => number {
  return () => SIM_START_MS + Math.max(0, Date.now() - realStartMs) * SIM_SPEED;
}

/** What a child process writes for every post it makes (one JSON line per post). */
export interface RecordedPost {
  process: string;
  channelId: string;
  messageId: string;
  nonce: string;
  /** The whole payload as JSON (titles are searched in it). */
  payload: string;
}
