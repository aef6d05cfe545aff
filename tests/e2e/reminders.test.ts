/**
 * /reminders and /upcoming through the local Discord and the real bot, and scheduled anniversary posts arriving in
 * the local Discord's channels: exactly once across repeated ticks and a restart, a deleted channel, 429/500.
 */
import type { APIApplicationCommandInteractionDataOption, APIInteractionDataResolved } from 'discord-api-types/v10';
import { storeOf } from '../helpers/sqlite-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelPoster } from '../../src/bot/channel-poster.js';
import { createBot, type Bot } from '../../src/bot/create-bot.js';
import { reminders as remindersCommand } from '../../src/commands/reminders/index.js';
import { upcoming as upcomingCommand } from '../../src/commands/upcoming.js';
import {
  checkAutocompleteLimits,
  checkCommandLimits,
  checkMessageLimits,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  testClientOptions,
} from '@corridor/local-discord';
import { openKnowledge } from '../../src/knowledge/open.js';
import { getGuildSettings, listEnabledGuilds } from '../../src/knowledge/store/guild-settings.js';
import { history } from '../../src/knowledge/store/post-ledger.js';
import { createLogger } from '../../src/logger.js';
import { PostError } from '../../src/scheduler/poster.js';
import { runTick, type TickResult } from '../../src/scheduler/run.js';
import { HOME_GUILD_ID, opt, OTHER_CHANNEL_ID, OTHER_GUILD_ID, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const GENERAL = '200000000000000001';
const ANNOUNCEMENTS = '200000000000000002';
const MODERATOR = { id: '400000000000000100', username: 'moderator' };
const MEMBER = { id: '400000000000000101', username: 'member' };

type Data = Record<string, any>;
type Options = APIApplicationCommandInteractionDataOption[];

function channelResolved(id: string, name: string, type = 0): APIInteractionDataResolved {
  return { channels: { [id]: { id, name, type, permissions: MODERATOR_PERMISSIONS } } };
}

function expectWithinLimits(data: Data) {
  expect(checkMessageLimits(data)).toEqual([]);
  expect(data.allowed_mentions).toEqual({ parse: [] });
}

/** Sends `/reminders <sub>` and returns the final reply (after a deferral, the edited @original). */
async function reminders(
  h: Harness,
  sub: string,
  options: Options = [],
  invoker: {
    guildId?: string | null;
    memberPermissions?: string;
    user?: typeof MODERATOR;
    resolved?: APIInteractionDataResolved;
  } = {},
): Promise<{ id: string; data: Data; type: number }> {
  const { id, token } = h.local.sendCommand({
    name: 'reminders',
    options: [opt.sub(sub, options)],
    user: invoker.user ?? MODERATOR,
    memberPermissions: invoker.memberPermissions ?? MODERATOR_PERMISSIONS,
    ...(invoker.guildId !== undefined ? { guildId: invoker.guildId } : {}),
    ...(invoker.resolved ? { resolved: invoker.resolved } : {}),
  });
  const callback = (await h.local.waitForResponse(id)).body as { type: number; data?: Data };
  if (callback.type !== 5) return { id, type: callback.type, data: callback.data ?? {} };
  // Deferred: the answer is the edit of @original.
  const edit = await h.local.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(token) && r.path.endsWith('/messages/@original'),
  );
  return { id, type: 5, data: { ...(edit.body as Data), flags: callback.data?.flags } };
}

function setupOptions(channelId: string, extra: Options = []): Options {
  return [opt.channel('channel', channelId), ...extra];
}

async function setup(h: Harness, channelId: string, extra: Options = [], guildId?: string, name = 'channel') {
  return reminders(h, 'setup', setupOptions(channelId, extra), {
    resolved: channelResolved(channelId, name),
    ...(guildId ? { guildId } : {}),
  });
}

async function upcoming(
  h: Harness,
  options: Options = [],
  invoker: { guildId?: string | null; user?: typeof MEMBER } = {},
) {
  const { id } = h.local.sendCommand({
    name: 'upcoming',
    options,
    user: invoker.user ?? MEMBER,
    ...(invoker.guildId !== undefined ? { guildId: invoker.guildId } : {}),
  });
  return ((await h.local.waitForResponse(id)).body as { type: number; data: Data }).data;
}

describe('/reminders and /upcoming (fixed clock: 2025-12-20 10:00 in Singapore)', () => {
  let h: Harness;
  const NOW = new Date('2025-12-20T02:00:00Z');

  beforeAll(async () => {
    h = await startHarness({ now: () => NOW });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('registers as Manage Server only, guild-only, with a text/announcement channel option', () => {
    const json = remindersCommand.data.toJSON() as Data;
    expect(json.default_member_permissions).toBe('32');
    expect(json.contexts).toEqual([0]);
    const setupSub = json.options.find((o: Data) => o.name === 'setup');
    const channel = setupSub.options.find((o: Data) => o.name === 'channel');
    expect(channel.channel_types).toEqual([0, 5]);
    expect(channel.required).toBe(true);
    expect(setupSub.options.find((o: Data) => o.name === 'timezone').autocomplete).toBe(true);
    expect(json.options.map((o: Data) => o.name)).toEqual(['setup', 'status', 'disable', 'preview', 'test']);
    expect(checkCommandLimits([json, upcomingCommand.data.toJSON()])).toEqual([]);
    expect(remindersCommand.scope).toBe('global');
    expect(upcomingCommand.scope).toBe('global');
  });

  it('refuses a member without Manage Server, privately, and changes nothing', async () => {
    for (const sub of ['setup', 'status', 'disable', 'preview', 'test']) {
      const options = sub === 'setup' ? setupOptions(ANNOUNCEMENTS) : [];
      const { data } = await reminders(h, sub, options, {
        memberPermissions: MEMBER_PERMISSIONS,
        user: MEMBER,
        resolved: channelResolved(ANNOUNCEMENTS, 'announcements'),
      });
      expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(data.content).toMatch(/Manage Server/);
      expectWithinLimits(data);
    }
    expect(getGuildSettings(h.db, HOME_GUILD_ID)).toBeNull();
    expect(h.local.messagesIn(ANNOUNCEMENTS)).toHaveLength(0);
  });

  it('refuses in DMs', async () => {
    const { data } = await reminders(h, 'status', [], { guildId: null });
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toMatch(/inside a server/);
  });

  it('status before setup says how to set it up', async () => {
    const { data } = await reminders(h, 'status');
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toMatch(/not set up.*\/reminders setup/);
  });

  it('refuses a bad time or time zone with a friendly private message, and nothing changes', async () => {
    const badTime = await setup(h, ANNOUNCEMENTS, [opt.string('time', '25:99')], undefined, 'announcements');
    expect(badTime.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(badTime.data.content).toMatch(/"25:99" is not a time\. Use 24-hour HH:MM.*Nothing was changed/);
    const badZone = await setup(
      h,
      ANNOUNCEMENTS,
      [opt.string('timezone', 'Mars/Olympus_Mons')],
      undefined,
      'announcements',
    );
    expect(badZone.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(badZone.data.content).toMatch(/"Mars\/Olympus_Mons" is not a time zone I know/);
    expect(getGuildSettings(h.db, HOME_GUILD_ID)).toBeNull();
    const badCountdown = await setup(
      h,
      ANNOUNCEMENTS,
      [opt.integer('countdown_days', 500)],
      undefined,
      'announcements',
    );
    expect(badCountdown.data.content).toMatch(/Countdown days must be/);
    expect(getGuildSettings(h.db, HOME_GUILD_ID)).toBeNull();
    const voice = await reminders(h, 'setup', setupOptions('200000000000000009'), {
      resolved: channelResolved('200000000000000009', 'Voice', 2),
    });
    expect(voice.data.content).toMatch(/text or announcement channel/);
    expect(getGuildSettings(h.db, HOME_GUILD_ID)).toBeNull();
  });

  it('setup confirms with the next post in local time and UTC (defaults: 09:00, the configured zone)', async () => {
    const { data } = await setup(h, ANNOUNCEMENTS, [], undefined, 'announcements');
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain(`<#${ANNOUNCEMENTS}>`);
    expect(data.content).toMatch(/Posting time: \*\*09:00\*\* Asia\/Singapore \(UTC\+08:00 now\)/);
    // The next anniversary: ASEAN Community established, 31 December 2015 -> 10th, a round one.
    expect(data.content).toContain(
      'Next post: 31 December 2025, 09:00 Asia/Singapore (UTC+08:00) = 31 December 2025, 01:00 UTC',
    );
    expect(data.content).toContain('🎉 10th anniversary — ASEAN Community established');
    expectWithinLimits(data);
    const saved = getGuildSettings(h.db, HOME_GUILD_ID)!;
    expect(saved).toMatchObject({
      channelId: ANNOUNCEMENTS,
      postTime: '09:00',
      timezone: 'Asia/Singapore',
      enabled: true,
      countdownDays: 0,
    });
  });

  it('setup with a time, a typed zone and countdowns; status shows it all', async () => {
    const { data } = await setup(
      h,
      ANNOUNCEMENTS,
      [opt.string('time', '18:30'), opt.string('timezone', 'new york'), opt.integer('countdown_days', 7)],
      undefined,
      'announcements',
    );
    expect(data.content).toMatch(/\*\*18:30\*\* America\/New_York \(UTC-05:00 now\)/);
    // 2025-12-20 02:00Z is still 19 December in New York; a countdown post for the 10th anniversary goes out 24 December.
    expect(data.content).toContain(
      'Next post: 24 December 2025, 18:30 America/New_York (UTC-05:00) = 24 December 2025, 23:30 UTC',
    );
    expect(data.content).toMatch(/⏳ 7 days to the 10th anniversary of ASEAN Community established/);

    const status = await reminders(h, 'status');
    expect(status.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const embed = status.data.embeds[0];
    const field = (name: string) => embed.fields.find((f: Data) => f.name === name)?.value as string;
    expect(field('Reminders')).toBe('🟢 On');
    expect(field('Channel')).toBe(`<#${ANNOUNCEMENTS}>`);
    expect(field('Posting time')).toBe('18:30 (local)');
    expect(field('Time zone')).toBe('America/New_York (UTC-05:00 now)');
    expect(field('Countdown posts')).toBe('7 days before round anniversaries');
    expect(field('Next post')).toMatch(/^24 December 2025, 18:30 America\/New_York/);
    expect(field('Last problem')).toBe('None');
    expect(field('Recent posts')).toBe('None yet.');
    expectWithinLimits(status.data);

    // Back to Singapore 09:00 without countdowns for the rest of the tests (omitted options keep their values).
    await setup(
      h,
      ANNOUNCEMENTS,
      [opt.string('time', '9:00'), opt.string('timezone', 'Asia/Singapore'), opt.integer('countdown_days', 0)],
      undefined,
      'announcements',
    );
    expect(getGuildSettings(h.db, HOME_GUILD_ID)).toMatchObject({
      postTime: '09:00',
      timezone: 'Asia/Singapore',
      countdownDays: 0,
    });
  });

  it('fact of the day is off until setup turns it on, status shows it, and leaving the option out keeps it', async () => {
    expect(getGuildSettings(h.db, HOME_GUILD_ID)!.factOfTheDay).toBe(false);
    const field = async () =>
      ((await reminders(h, 'status')).data.embeds[0].fields as Data[]).find((f) => f.name === 'Fact of the day')
        ?.value as string;
    expect(await field()).toMatch(/^off/);
    const on = await setup(h, ANNOUNCEMENTS, [opt.boolean('fact_of_the_day', true)], undefined, 'announcements');
    expect(on.data.content).toContain('• Fact of the day: on (days with no anniversary; no fact twice within 30 days)');
    expect(await field()).toMatch(/^on/);
    await setup(h, ANNOUNCEMENTS, [], undefined, 'announcements');
    expect(getGuildSettings(h.db, HOME_GUILD_ID)!.factOfTheDay).toBe(true);
    await setup(h, ANNOUNCEMENTS, [opt.boolean('fact_of_the_day', false)], undefined, 'announcements');
    expect(getGuildSettings(h.db, HOME_GUILD_ID)!.factOfTheDay).toBe(false);
  });

  it('autocompletes time zones: at most 25 choices, names within 100 characters', async () => {
    const ask = async (typed: string) => {
      const { id } = h.local.sendAutocomplete({
        name: 'reminders',
        options: [opt.sub('setup', [opt.channel('channel', ANNOUNCEMENTS), opt.string('timezone', typed, true)])],
        memberPermissions: MODERATOR_PERMISSIONS,
      });
      const body = (await h.local.waitForResponse(id)).body as {
        type: number;
        data: { choices: { name: string; value: string }[] };
      };
      expect(body.type).toBe(8);
      expect(checkAutocompleteLimits(body.data)).toEqual([]);
      expect(body.data.choices.length).toBeLessThanOrEqual(25);
      for (const c of body.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
      return body.data.choices;
    };
    const kolkata = await ask('calcutta');
    expect(kolkata[0]).toEqual({ name: 'Asia/Kolkata (UTC+05:30)', value: 'Asia/Kolkata' });
    expect((await ask('')).map((c) => c.value)).toContain('Asia/Singapore');
    expect(await ask('a')).toHaveLength(25);
    expect((await ask('chatham'))[0]?.value).toBe('Pacific/Chatham');
    expect(await ask('zzzz-nowhere')).toEqual([]);
  });

  it('preview shows a day privately without posting; a day without anniversaries says so; a bad date is refused', async () => {
    const { data } = await reminders(h, 'preview', [opt.string('date', '2026-01-01')]);
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toMatch(
      /Preview\*\* \(not posted\) for 1 January 2026, due 1 January 2026, 09:00 Asia\/Singapore/,
    );
    expect(data.content).toContain('On this day');
    expect(data.embeds[0].title).toBe('3 anniversaries on 1 January');
    expect(data.embeds[0].description).toMatch(/16th anniversary\*\* — \*\*China-ASEAN Free Trade Area/);
    expect(data.embeds[0].description).toMatch(/4th anniversary\*\* — \*\*RCEP enters into force/);
    expectWithinLimits(data);

    const today = await reminders(h, 'preview');
    expect(today.data.content).toMatch(
      /^Nothing would be posted on 20 December 2025.*next post is due 31 December 2025, 09:00/,
    );

    const bad = await reminders(h, 'preview', [opt.string('date', '2026-02-30')]);
    expect(bad.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(bad.data.content).toMatch(/"2026-02-30" is not a date/);
    expect(h.local.messagesIn(ANNOUNCEMENTS)).toHaveLength(0);
    expect(history(h.db, HOME_GUILD_ID)).toEqual([]);
  });

  it('test posts the next anniversary now, marked as a test, without a ledger entry, and links to it', async () => {
    const { data, type } = await reminders(h, 'test');
    expect(type).toBe(5);
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const posted = h.local.messagesIn(ANNOUNCEMENTS);
    expect(posted).toHaveLength(1);
    const message = posted[0]!;
    expect(message.content).toBe('[Test] 📅 **On this day** — 31 December 2025');
    expect(message.embeds[0]?.title).toBe('[Test] 🎉 10th anniversary: ASEAN Community established');
    expect(message.embeds[0]?.footer?.text).toMatch(/Test post: not recorded/);
    expect(data.content).toContain(`https://discord.com/channels/${HOME_GUILD_ID}/${ANNOUNCEMENTS}/${message.id}`);
    expect(data.content).toContain('31 December 2025 (in 11 days)');
    const request = h.local.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${ANNOUNCEMENTS}/messages`,
    )!;
    expect(request.allowedMentions).toEqual({ parse: [] });
    expect(checkMessageLimits(request.body)).toEqual([]);
    expect(history(h.db, HOME_GUILD_ID)).toEqual([]);
  });

  it('test explains when reminders are not set up, or the channel is gone', async () => {
    const notSetUp = await reminders(h, 'test', [], { guildId: OTHER_GUILD_ID });
    expect(notSetUp.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(notSetUp.data.content).toMatch(/not set up.*\/reminders setup/);

    h.local.addChannel(OTHER_GUILD_ID, { id: '200000000000000150', name: 'short-lived' });
    await setup(h, '200000000000000150', [], OTHER_GUILD_ID, 'short-lived');
    h.local.deleteChannel('200000000000000150', { dispatch: false });
    const gone = await reminders(h, 'test', [], { guildId: OTHER_GUILD_ID });
    expect(gone.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(gone.data.content).toMatch(/The test post failed: <#200000000000000150> no longer exists/);
    expectWithinLimits(gone.data);
    expect(h.local.messagesIn(OTHER_CHANNEL_ID)).toHaveLength(0);
  });

  it('disable turns posts off and keeps the settings; status shows it', async () => {
    const { data } = await reminders(h, 'disable');
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toMatch(/now \*\*off\*\*/);
    expect(getGuildSettings(h.db, HOME_GUILD_ID)).toMatchObject({ enabled: false, channelId: ANNOUNCEMENTS });
    expect(listEnabledGuilds(h.db).map((g) => g.guildId)).not.toContain(HOME_GUILD_ID);
    const status = await reminders(h, 'status');
    const fields = status.data.embeds[0].fields as Data[];
    expect(fields.find((f) => f.name === 'Reminders')?.value).toBe('⚪ Off');
    expect(fields.find((f) => f.name === 'Next post')?.value).toMatch(/reminders are off/);
    expect((await reminders(h, 'disable')).data.content).toMatch(/already off/);
  });

  it('/upcoming lists the next 30 days in the server zone with ordinals, round ones highlighted', async () => {
    const data = await upcoming(h);
    expect(data.flags ?? 0).toBe(0);
    const embed = data.embeds[0];
    expect(embed.title).toBe('Anniversaries in the next 30 days');
    const lines: string[] = embed.description.split('\n');
    expect(lines[0]).toBe('`2025-12-31` **🎉 10th anniversary** · **ASEAN Community established** (2015) · in 11 days');
    expect(lines).toContain(
      '`2026-01-01` 16th anniversary · **China-ASEAN Free Trade Area (ACFTA) fully established** (entered into force, 2010) · in 12 days',
    );
    expect(lines.some((l) => l.includes('4th anniversary') && l.includes('RCEP enters into force'))).toBe(true);
    expect(embed.footer.text).toMatch(
      /^20 December 2025 – 19 January 2026 · dates in Asia\/Singapore · 🎉 = round anniversary · Sources: /,
    );
    expectWithinLimits(data);
  });

  it('/upcoming pages a long list, is private on request, and is friendly when there is nothing', async () => {
    const year = await upcoming(h, [opt.integer('days', 366), opt.boolean('private', true)]);
    expect(year.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(year.embeds[0].footer.text).toMatch(/^Page 1\/\d+/);
    expect(year.components[0].components).toHaveLength(2);
    expectWithinLimits(year);

    const none = await upcoming(h, [opt.integer('days', 5)]);
    expect(none.content).toMatch(
      /^No anniversaries in the next 5 days \(20 December 2025 – 25 December 2025, Asia\/Singapore\)\. The next one is on 31 December 2025/,
    );
    expect(none.embeds).toEqual([]);
  });

  it('/upcoming counts days in the server zone, and in DMs in the default zone', async () => {
    // The other server counts in Los Angeles, where it is still 19 December: 11 days end on 30 December.
    h.local.addChannel(OTHER_GUILD_ID, { id: '200000000000000151', name: 'news' });
    await setup(h, '200000000000000151', [opt.string('timezone', 'America/Los_Angeles')], OTHER_GUILD_ID, 'news');
    const la = await upcoming(h, [opt.integer('days', 11)], { guildId: OTHER_GUILD_ID });
    expect(la.content).toMatch(/19 December 2025 – 30 December 2025, America\/Los_Angeles/);
    const dm = await upcoming(h, [opt.integer('days', 11)], { guildId: null });
    expect(dm.embeds[0].description).toMatch(/^`2025-12-31` \*\*🎉 10th anniversary\*\*/);
    expect(dm.embeds[0].footer.text).toMatch(/dates in Asia\/Singapore/);
  });

  it('every reply stayed within limits and never allowed pings', () => {
    expect(h.local.limitViolations).toEqual([]);
    for (const r of h.local.messageRequests()) expect(r.allowedMentions).toEqual({ parse: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Scheduled posts
// ---------------------------------------------------------------------------------------------------------------

/** A clock the test moves by hand. */
function manualClock(start: string) {
  let ms = Date.parse(start);
  return {
    now: () => new Date(ms),
    set: (iso: string) => {
      ms = Date.parse(iso);
    },
  };
}

/** Runs one tick of the bot's own scheduler (retrying if node-cron's real-time tick happens to be running). */
async function tickBot(bot: Bot): Promise<TickResult> {
  for (let i = 0; i < 200; i++) {
    const scheduler = bot.scheduler;
    if (!scheduler) throw new Error('the bot scheduler is not running');
    const result = await scheduler.tickNow();
    if (result) return result;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('scheduler stayed busy');
}

describe("scheduled posts through the bot's own scheduler", () => {
  const clock = manualClock('2026-01-01T00:00:00Z'); // 08:00 in Singapore on 1 January 2026
  let h: Harness;
  const extraBots: { bot: Bot; close(): Promise<void> }[] = [];

  beforeAll(async () => {
    h = await startHarness({ now: clock.now, scheduler: true });
  });
  afterAll(async () => {
    for (const b of extraBots) {
      await b.bot.stop();
      await b.close();
    }
    await h?.stop();
  });

  it('posts a real anniversary into the channel at 09:00 local, exactly once, also after a restart', async () => {
    await setup(
      h,
      ANNOUNCEMENTS,
      [opt.string('time', '09:00'), opt.string('timezone', 'Asia/Singapore')],
      undefined,
      'announcements',
    );

    // 08:00 local: nothing yet (31 December's post is long past the belated window: recorded as skipped).
    const early = await tickBot(h.bot);
    expect(early.sent).toEqual([]);
    expect(h.local.messagesIn(ANNOUNCEMENTS)).toHaveLength(0);

    clock.set('2026-01-01T01:00:00Z'); // 09:00 in Singapore
    const due = await tickBot(h.bot);
    const message = await h.local.waitForMessageIn(ANNOUNCEMENTS);
    expect(due.sent.map((s) => s.messageId)).toEqual([message.id]);
    expect(message.content).toBe('📅 **On this day** — 1 January 2026');
    expect(message.embeds[0]?.title).toBe('3 anniversaries on 1 January');
    expect(message.embeds[0]?.description).toMatch(
      /16th anniversary\*\* — \*\*China-ASEAN Free Trade Area \(ACFTA\) fully established/,
    );
    const request = h.local.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${ANNOUNCEMENTS}/messages` && r.status === 200,
    )!;
    expect(request.allowedMentions).toEqual({ parse: [] });
    expect((request.body as Data).nonce).toMatch(/^cr[0-9a-f]{23}$/);
    expect((request.body as Data).enforce_nonce).toBe(true);
    expect(checkMessageLimits(request.body)).toEqual([]);

    for (const at of ['2026-01-01T01:00:30Z', '2026-01-01T01:01:00Z', '2026-01-01T05:00:00Z', '2026-01-01T12:59:00Z']) {
      clock.set(at);
      const again = await tickBot(h.bot);
      expect(again.sent).toEqual([]);
    }
    expect(h.local.messagesIn(ANNOUNCEMENTS)).toHaveLength(1);

    // Restart: the old bot goes away, a new one opens the same database file and logs in; its start-up tick runs.
    await h.bot.stop();
    clock.set('2026-01-01T02:00:00Z');
    const reopened = await openKnowledge(h.dbPath, { now: clock.now });
    const bot2 = createBot({
      kb: reopened.kb,
      store: reopened.store,
      config: h.config,
      log: createLogger('debug', (line) => h.logs.push(line)),
      now: clock.now,
      scheduler: true,
      clientOptions: testClientOptions(h.local),
    });
    extraBots.push({ bot: bot2, close: () => reopened.store.close() });
    await bot2.start(h.local.token);
    const afterRestart = await tickBot(bot2);
    expect(afterRestart.sent).toEqual([]);
    expect(h.local.messagesIn(ANNOUNCEMENTS)).toHaveLength(1);

    // The new instance goes on: the next anniversary (13 April, China-Laos cross-border trains) arrives once.
    clock.set('2026-04-13T01:00:00Z');
    expect((await tickBot(bot2)).sent).toHaveLength(1);
    expect((await tickBot(bot2)).sent).toHaveLength(0);
    const messages = h.local.messagesIn(ANNOUNCEMENTS);
    expect(messages).toHaveLength(2);
    expect(messages[1]?.embeds[0]?.title).toBe(
      '3rd anniversary: China-Laos Railway cross-border passenger trains begin',
    );

    // Status (answered by the new instance) lists the sent posts.
    const status = await reminders(h, 'status');
    const recent = (status.data.embeds[0].fields as Data[]).find((f) => f.name === 'Recent posts')!.value as string;
    expect(recent).toMatch(
      /✅ sent · China-Laos Railway cross-border passenger trains begin \(2026\) · 13 April 2026, 09:00/,
    );
    expect(recent).toMatch(
      /✅ sent · China-ASEAN Free Trade Area \(ACFTA\) fully established \(2026\) · 1 January 2026, 09:00/,
    );
    expect(h.local.limitViolations).toEqual([]);
  });
});

describe('scheduled posts: failures (ticks driven with runTick over the bot client)', () => {
  const clock = manualClock('2026-05-19T00:00:00Z');
  let h: Harness;
  const FAILING = '200000000000000160';
  const tick = () =>
    runTick({
      store: storeOf(h.db),
      now: clock.now(),
      getFacts: () => h.kb.facts(),
      poster: channelPoster(h.bot.client),
      log: h.bot.ctx.log,
    });
  const postsTo = (channelId: string) =>
    h.local.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

  beforeAll(async () => {
    h = await startHarness({ now: clock.now });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a channel deleted while the bot was away: error recorded and shown in status, no crash, no post, no retry', async () => {
    h.local.addChannel(OTHER_GUILD_ID, { id: FAILING, name: 'doomed' });
    await setup(h, FAILING, [], OTHER_GUILD_ID, 'doomed');
    h.local.deleteChannel(FAILING, { dispatch: false });

    clock.set('2026-05-20T01:00:00Z'); // 09:00 Singapore: ACFTA 3.0 negotiations concluded, 1st anniversary
    const result = await tick();
    expect(result.sent).toEqual([]);
    expect(result.failed).toHaveLength(1);
    expect(h.local.messagesIn(FAILING)).toHaveLength(0);
    const settings = getGuildSettings(h.db, OTHER_GUILD_ID)!;
    expect(settings.enabled).toBe(true);
    expect(settings.lastError).toMatch(/^Could not post in <#200000000000000160>: the channel no longer exists/);

    const status = await reminders(h, 'status', [], { guildId: OTHER_GUILD_ID });
    const fields = status.data.embeds[0].fields as Data[];
    expect(fields.find((f) => f.name === 'Last problem')?.value).toMatch(
      /Could not post in <#200000000000000160>: the channel no longer exists.*\n\(20 May 2026, 09:00\)/s,
    );
    expect(fields.find((f) => f.name === 'Recent posts')?.value).toMatch(
      /❌ failed · ACFTA 3.0 negotiations fully concluded/,
    );
    expectWithinLimits(status.data);

    const attempts = postsTo(FAILING).length;
    clock.set('2026-05-20T01:05:00Z');
    const again = await tick();
    expect(again.failed).toEqual([]);
    expect(postsTo(FAILING)).toHaveLength(attempts);
    expect(h.logs.filter((l) => l.includes('Discord refused the post'))).toHaveLength(1);
  });

  it('a 500 that discord.js retries past: posted once', async () => {
    await setup(h, GENERAL, [], undefined, 'general');
    clock.set('2026-10-01T00:59:00Z');
    await tick();
    h.local.failNext({ method: 'POST', pathIncludes: `/channels/${GENERAL}/messages`, status: 500, times: 1 });
    clock.set('2026-10-01T01:00:00Z'); // Phnom Penh-Sihanoukville Expressway, 4th anniversary
    const result = await tick();
    expect(result.sent).toHaveLength(1);
    expect(postsTo(GENERAL).map((r) => r.status)).toEqual([500, 200]);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(1);
    expect((await tick()).sent).toEqual([]);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(1);
  });

  it('a 429 is waited out by discord.js: posted once', async () => {
    h.local.failNext({ method: 'POST', pathIncludes: `/channels/${GENERAL}/messages`, status: 429, retryAfter: 0.05 });
    clock.set('2026-10-10T01:00:00Z'); // ACFTA 3.0 talks substantially concluded, 2nd anniversary
    const result = await tick();
    expect(result.sent).toHaveLength(1);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(2);
    expect((await tick()).sent).toEqual([]);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(2);
  });

  it('500s beyond discord.js retries: claims released, posted on a later tick, never twice', async () => {
    const before = postsTo(GENERAL).length;
    h.local.failNext({ method: 'POST', pathIncludes: `/channels/${GENERAL}/messages`, status: 500, times: 3 });
    clock.set('2026-10-28T01:00:00Z'); // ACFTA 3.0 upgrade protocol signed, 1st anniversary
    const first = await tick();
    expect(first.sent).toEqual([]);
    expect(first.released).toHaveLength(1);
    expect(
      postsTo(GENERAL)
        .slice(before)
        .map((r) => r.status),
    ).toEqual([500, 500, 500]);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(2);
    expect(
      history(h.db, HOME_GUILD_ID).filter((e) => e.year === 2026 && e.occasion.startsWith('acfta-3-0-upgrade')),
    ).toEqual([]);

    clock.set('2026-10-28T01:01:00Z');
    const second = await tick();
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]?.belated).toBe(false);
    clock.set('2026-10-28T01:02:00Z');
    expect((await tick()).sent).toEqual([]);
    const messages = h.local.messagesIn(GENERAL);
    expect(messages).toHaveLength(3);
    expect(messages[2]?.embeds[0]?.title).toBe('1st anniversary: ACFTA 3.0 upgrade protocol signed');
    expect(h.local.limitViolations).toEqual([]);
  });

  it('a reply lost after Discord created the message: outcome unknown, never posted again (real adapter)', async () => {
    const before = postsTo(GENERAL).length;
    const messagesBefore = h.local.messagesIn(GENERAL).length;
    // Discord creates the message, then the connection drops before the answer reaches the bot.
    h.local.acceptThenDrop({ method: 'POST', pathIncludes: `/channels/${GENERAL}/messages` });
    clock.set('2026-11-04T01:00:00Z'); // ACFTA framework agreement signed, 24th anniversary
    const first = await tick();
    expect(first.sent).toEqual([]);
    expect(first.released).toEqual([]);
    expect(first.failed.filter((f) => f.guildId === HOME_GUILD_ID)).toHaveLength(1);
    expect(
      postsTo(GENERAL)
        .slice(before)
        .map((r) => r.droppedReply),
    ).toEqual([true]);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(messagesBefore + 1);
    const entry = history(h.db, HOME_GUILD_ID).find(
      (e) => e.year === 2026 && e.occasion.startsWith('acfta-framework-agreement'),
    )!;
    expect(entry.status).toBe('failed');
    expect(entry.detail).toMatch(/^unknown outcome, not retried/);

    for (const at of ['2026-11-04T01:01:00Z', '2026-11-04T01:02:00Z', '2026-11-04T06:00:00Z']) {
      clock.set(at);
      const again = await tick();
      expect(again.sent).toEqual([]);
    }
    expect(postsTo(GENERAL)).toHaveLength(before + 1);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(messagesBefore + 1);
  });

  it('the real adapter: a dropped reply while sending is PostError unknown; a drop while fetching the channel is transient', async () => {
    const poster = channelPoster(h.bot.client);
    const payload = {
      content: 'adapter check',
      embeds: [],
      allowed_mentions: { parse: [] as [] },
      nonce: 'cr-adapter-check',
      enforce_nonce: true,
    };
    h.local.acceptThenDrop({ method: 'POST', pathIncludes: `/channels/${GENERAL}/messages` });
    const sending = await poster.post(GENERAL, payload).catch((e: unknown) => e);
    expect(sending).toBeInstanceOf(PostError);
    expect(sending).toMatchObject({ kind: 'unknown' });
    expect((sending as PostError).message).not.toBe('');

    // A channel the client has not cached is fetched first; a failure there means nothing was sent yet.
    const UNCACHED = '200000000000000170';
    h.local.addChannel(HOME_GUILD_ID, { id: UNCACHED, name: 'uncached' }, { dispatch: false });
    h.local.acceptThenDrop({ method: 'GET', pathIncludes: `/channels/${UNCACHED}` });
    const fetching = await poster.post(UNCACHED, payload).catch((e: unknown) => e);
    expect(fetching).toBeInstanceOf(PostError);
    expect(fetching).toMatchObject({ kind: 'transient' });
    expect(h.local.messagesIn(UNCACHED)).toHaveLength(0);
  });

  it("changing the posting time during the day: the setup reply says when that day's post now goes out, and it does", async () => {
    // 22 November, 08:30 in Singapore: the 09:00 post is still ahead; moving it to 10:00 keeps it, at 10:00.
    clock.set('2026-11-22T00:30:00Z');
    const later = await setup(h, GENERAL, [opt.string('time', '10:00')], undefined, 'general');
    expect(later.data.content).toContain(
      '• The post for 22 November 2026 had not gone out yet: it goes out at the new time,',
    );
    expect(later.data.content).not.toContain('**now**');
    expect((await tick()).sent).toEqual([]);
    clock.set('2026-11-22T02:00:00Z');
    expect((await tick()).sent.map((s) => [s.localDate, s.belated])).toEqual([['2026-11-22', false]]);

    // 29 November, 09:30: the 10:00 post is still ahead; moving it to 07:00 (already passed) sends it at once.
    clock.set('2026-11-29T01:30:00Z');
    const earlier = await setup(h, GENERAL, [opt.string('time', '07:00')], undefined, 'general');
    expect(earlier.data.content).toContain(
      '• The post for 29 November 2026 had not gone out yet and 07:00 has already passed in Asia/Singapore: it ' +
        'goes out **now** (within a minute).',
    );
    expectWithinLimits(earlier.data);
    clock.set('2026-11-29T01:30:30Z');
    const now = await tick();
    expect(now.missed).toEqual([]);
    expect(now.sent.map((s) => [s.localDate, s.belated])).toEqual([['2026-11-29', false]]);
    expect((await tick()).sent).toEqual([]);
  });

  it('a retry with the same nonce (enforce_nonce) returns the first message: one message in the channel', async () => {
    const poster = channelPoster(h.bot.client);
    const payload = {
      content: 'nonce check',
      embeds: [],
      allowed_mentions: { parse: [] as [] },
      nonce: 'cr-nonce-check',
      enforce_nonce: true,
    };
    const count = h.local.messagesIn(GENERAL).length;
    const first = await poster.post(GENERAL, payload);
    const second = await poster.post(GENERAL, payload);
    expect(second.messageId).toBe(first.messageId);
    expect(h.local.messagesIn(GENERAL)).toHaveLength(count + 1);
  });
});
