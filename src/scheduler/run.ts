/**
 * One scheduler tick: for every enabled server, post the anniversary reminders that are due.
 *
 * DELIVERY IS AT-MOST-ONCE. Before posting, every occasion in the message is claimed in the ledger (one row per
 * (guild, occasion, year), inserted in a single transaction, all or nothing); only the caller whose insert wins
 * posts, and a claimed row is never posted again. If the process dies between the claim and Discord's answer, the
 * row stays `claimed` (later marked failed/"interrupted" for status) and the reminder is lost rather than risk a
 * duplicate: a lost reminder is a shrug, a repeated one is spam, and we cannot tell whether Discord got the post.
 * Claims are released (deleted, so a later tick retries) only when Discord definitively did NOT accept the post: a
 * `transient` PostError (discord.js already retried 429/5xx and gave up). As a second guard for that path each post
 * carries a deterministic `nonce` with `enforce_nonce`, so Discord itself drops a retry of a message it did create
 * within the last few minutes. Any other error (unknown outcome) marks the claims failed: no retry.
 *
 * Refusals (`gone`, `forbidden`, `rejected`) are recorded on the server's settings (shown by /reminders status),
 * marked failed and logged once; the server is not disabled, so the next occasion is attempted again and, once the
 * channel works, posted (which clears the recorded error).
 */
import { createHash } from 'node:crypto';
import type { Fact } from '../knowledge/schema.js';
import { formatIsoDate } from '../knowledge/anniversaries.js';
import type { GuildSettings } from '../knowledge/store/guild-settings.js';
import type { LedgerKey } from '../knowledge/store/post-ledger.js';
import type { Store } from '../knowledge/store/store.js';
import { renderAnniversaryPost, type PostPayload } from './message.js';
import { pickFactOfTheDay } from '../knowledge/fact-of-the-day.js';
import {
  DEFAULT_BELATED_WINDOW_MS,
  MINUTE_MS,
  nextPostingInstant,
  planGuild,
  withoutFactOfTheDay,
  withoutKeys,
  type PlannedPost,
} from './plan.js';
import { PostError, type Poster } from './poster.js';

export interface SchedulerLog {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface TickDeps {
  /** Either backend (SQLite or PostgreSQL): every step below is one Store call, one transaction. */
  store: Store;
  now: Date;
  /** The current fact base (read once per tick). */
  getFacts: () => readonly Fact[] | Promise<readonly Fact[]>;
  poster: Poster;
  log: SchedulerLog;
  belatedWindowMs?: number;
  /** How long one post may wait for Discord's answer before it counts as an unknown outcome (default POST_TIMEOUT_MS). */
  postTimeoutMs?: number;
  /** A monotonic clock in ms (default performance.now): claims are stamped `now` + the time the tick has run so far. */
  elapsedMs?: () => number;
  /**
   * `due`: only servers whose stored next posting instant has come (one indexed read, however many servers).
   * `all` (default): every enabled server; needed after the facts changed, since a new anniversary can fall due
   * between a server's posting instants.
   */
  scope?: 'all' | 'due';
}

export interface TickOutcome {
  guildId: string;
  localDate: string;
  claims: LedgerKey[];
  belated: boolean;
  messageId?: string;
  error?: string;
}

export interface TickResult {
  sent: TickOutcome[];
  /** Posting time older than the window: recorded as skipped, not posted. */
  missed: TickOutcome[];
  /** Refused for good or unknown outcome: marked failed, not retried. */
  failed: TickOutcome[];
  /** Transient failure: claims released, a later tick retries. */
  released: TickOutcome[];
  /** Another process (or tick) claimed first. */
  claimedElsewhere: TickOutcome[];
}

/**
 * A post that has had no answer after this long is given up as an unknown outcome (marked failed by its own process),
 * so no claim stays in flight longer than this (discord.js may otherwise wait out rate limits for much longer).
 */
export const POST_TIMEOUT_MS = 5 * MINUTE_MS;
/** Room for clock skew between processes and for the write between the claim and the post. */
export const SWEEP_MARGIN_MS = 5 * MINUTE_MS;
/**
 * Claims still `claimed` after this long belong to a post that never reported back (its process died): no live
 * process can still be posting them, because each post gives up after POST_TIMEOUT_MS.
 */
export const INTERRUPTED_AFTER_MS = POST_TIMEOUT_MS + SWEEP_MARGIN_MS;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PostError('unknown', `no answer from Discord within ${Math.round(ms / 1000)} s`)),
      ms,
    );
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Deterministic per (guild, date, occasions): Discord drops a second message with the same nonce for a few minutes. */
export function postNonce(guildId: string, localDate: string, claims: readonly LedgerKey[]): string {
  const basis = `${guildId}|${localDate}|${claims.map((k) => `${k.occasion}@${k.year}`).join(',')}`;
  return `cr${createHash('sha256').update(basis).digest('hex').slice(0, 23)}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function friendlyRefusal(error: PostError, channelId: string): string {
  switch (error.kind) {
    case 'gone':
      return (
        `Could not post in <#${channelId}>: the channel no longer exists or I am no longer in the server. ` +
        `Run /reminders setup with a new channel. (${error.message})`
      );
    case 'forbidden':
      return (
        `Could not post in <#${channelId}>: I am missing permission to view the channel, send messages or ` +
        `embed links there. (${error.message})`
      );
    default:
      return `Discord refused the reminder for <#${channelId}>. (${error.message})`;
  }
}

/** Runs one tick at `now`. Never throws for a single server's problem; each server is handled independently. */
export async function runTick(deps: TickDeps): Promise<TickResult> {
  const { store, now, log } = deps;
  const window = deps.belatedWindowMs ?? DEFAULT_BELATED_WINDOW_MS;
  const result: TickResult = { sent: [], missed: [], failed: [], released: [], claimedElsewhere: [] };

  try {
    const interrupted = await store.ledger.markInterrupted(new Date(now.getTime() - INTERRUPTED_AFTER_MS));
    if (interrupted > 0)
      log.warn('reminders: claims interrupted before posting were not re-sent', { count: interrupted });
  } catch (error) {
    log.error('reminders: could not sweep interrupted claims', { error: describe(error) });
  }

  let facts: readonly Fact[];
  let guilds: GuildSettings[];
  let stored: Map<string, number>;
  try {
    facts = await deps.getFacts();
    guilds = deps.scope === 'due' ? await store.guilds.listDue(now.getTime()) : await store.guilds.listEnabled();
    stored = deps.scope === 'due' ? new Map<string, number>() : await store.guilds.nextPostTimes();
  } catch (error) {
    log.error('reminders: tick could not start', { error: describe(error) });
    return result;
  }

  const clock = claimClock(deps);
  for (const settings of guilds) {
    const retriesBefore = result.released.length + result.claimedElsewhere.length;
    let next: number;
    try {
      await runGuild(deps, settings, facts, window, result, clock);
      // A released claim (or one another tick holds, which may yet be released) is retried at the next tick;
      // otherwise nothing new can fall due before the next posting instant.
      const retry = result.released.length + result.claimedElsewhere.length > retriesBefore;
      // A stored instant still ahead is still right (a settings change resets it to 0): skip the zone maths.
      if (!retry && (stored.get(settings.guildId) ?? 0) > now.getTime()) continue;
      next = retry ? now.getTime() : nextPostingInstant(settings, now).getTime();
    } catch (error) {
      log.error('reminders: server tick failed', { guildId: settings.guildId, error: describe(error) });
      next = now.getTime();
    }
    try {
      await store.guilds.setNextPostAt(settings, next);
    } catch (error) {
      log.error('reminders: could not store the next posting instant', {
        guildId: settings.guildId,
        error: describe(error),
      });
    }
  }
  return result;
}

/** `now` moved on by the time the tick has been running, so a claim made late in a long tick is stamped as such. */
function claimClock(deps: TickDeps): () => Date {
  const elapsed = deps.elapsedMs ?? (() => performance.now());
  const start = elapsed();
  return () => new Date(deps.now.getTime() + Math.max(0, elapsed() - start));
}

async function runGuild(
  deps: TickDeps,
  settings: GuildSettings,
  facts: readonly Fact[],
  window: number,
  result: TickResult,
  clock: () => Date,
): Promise<void> {
  const { store, now, poster, log } = deps;
  let hadError = settings.lastError !== null;
  for (const planned of planGuild({ now, settings, facts, belatedWindowMs: window })) {
    const unposted = withoutKeys(planned, await store.ledger.existingKeys(planned.claims));
    if (!unposted) continue;
    const localDate = formatIsoDate(unposted.localDate);
    // The fact of the day is chosen now, against what this server got in the last 30 days; with none left, none.
    const factOfTheDay =
      unposted.factOfTheDay && unposted.status === 'due'
        ? pickFactOfTheDay(
            facts,
            unposted.guildId,
            localDate,
            await store.factOfTheDay.recent(unposted.guildId, localDate),
          )
        : undefined;
    const post =
      unposted.factOfTheDay && unposted.status === 'due' && !factOfTheDay ? withoutFactOfTheDay(unposted) : unposted;
    if (!post) continue;
    const outcome: TickOutcome = { guildId: post.guildId, localDate, claims: post.claims, belated: post.belated };

    if (post.status === 'missed') {
      const hours = Math.round((post.lateMs / 3_600_000) * 10) / 10;
      const recorded = await store.ledger.markSkipped(
        post.claims,
        `missed: ${hours} h late, beyond the belated window`,
        now,
      );
      if (recorded.length > 0) {
        result.missed.push({ ...outcome, claims: recorded });
        log.warn('reminders: missed anniversary post (posting time passed beyond the belated window), skipped', {
          guildId: post.guildId,
          localDate,
          occasions: recorded.map((k) => k.occasion),
          lateHours: hours,
        });
      }
      continue;
    }

    // Render before claiming: a rendering bug must not strand claims.
    const payload: PostPayload = {
      ...renderAnniversaryPost({
        localDate: post.localDate,
        anniversaries: post.anniversaries,
        countdowns: post.countdowns,
        belated: post.belated,
        lang: settings.language ?? 'en',
        ...(factOfTheDay ? { factOfTheDay } : {}),
      }),
      nonce: postNonce(post.guildId, localDate, post.claims),
      enforce_nonce: true,
    };
    // The pick is recorded with the claim, all or nothing, so a lost race records nothing.
    const pick = factOfTheDay ? { guildId: post.guildId, localDate, factId: factOfTheDay.id } : undefined;
    const claimed = await store.ledger.claimAll(post.claims, clock(), pick);
    if (!claimed) {
      result.claimedElsewhere.push(outcome);
      continue;
    }

    let messageId: string;
    try {
      ({ messageId } = await withTimeout(poster.post(post.channelId, payload), deps.postTimeoutMs ?? POST_TIMEOUT_MS));
    } catch (error) {
      await handlePostFailure(deps, settings, post, outcome, error, result);
      if (error instanceof PostError && error.kind !== 'transient') hadError = true;
      continue;
    }
    await store.ledger.markSent(post.claims, messageId, now);
    result.sent.push({ ...outcome, messageId });
    log.info('reminders: posted', {
      guildId: post.guildId,
      channelId: post.channelId,
      localDate,
      messageId,
      belated: post.belated,
      occasions: post.claims.map((k) => k.occasion),
    });
    if (hadError) {
      await store.guilds.clearError(post.guildId);
      hadError = false;
    }
  }
}

async function handlePostFailure(
  deps: TickDeps,
  settings: GuildSettings,
  post: PlannedPost,
  outcome: TickOutcome,
  error: unknown,
  result: TickResult,
): Promise<void> {
  const { store, now, log } = deps;
  const context = { guildId: post.guildId, channelId: post.channelId, localDate: outcome.localDate };
  if (error instanceof PostError && error.kind === 'transient') {
    // Discord did not accept the message: free the claims so a later tick (inside the window) tries again.
    await store.ledger.release(post.claims);
    result.released.push({ ...outcome, error: error.message });
    log.warn('reminders: post failed transiently, will retry on a later tick', { ...context, error: error.message });
    return;
  }
  if (error instanceof PostError && error.kind !== 'unknown') {
    const message = friendlyRefusal(error, post.channelId);
    await store.ledger.markFailed(post.claims, `${error.kind}: ${error.message}`);
    await store.guilds.recordError(settings.guildId, message, now);
    result.failed.push({ ...outcome, error: error.message });
    log.error('reminders: Discord refused the post; recorded on the server settings, not retried', {
      ...context,
      kind: error.kind,
      error: error.message,
    });
    return;
  }
  // Unknown outcome (a lost reply, a timeout, or an error the adapter did not classify): Discord may have accepted
  // it, so do not retry (at-most-once).
  await store.ledger.markFailed(post.claims, `unknown outcome, not retried: ${describe(error)}`);
  await store.guilds.recordError(settings.guildId, `Posting a reminder failed unexpectedly: ${describe(error)}`, now);
  result.failed.push({ ...outcome, error: describe(error) });
  log.error('reminders: post failed with an unexpected error; not retried (at-most-once)', {
    ...context,
    error: describe(error),
  });
}
