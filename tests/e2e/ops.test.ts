/**
 * The operator's view during a real run: the bot (discord.js against the local Discord) serves /metrics and
 * /healthz on a free port, and the counters move as interactions and scheduled posts happen.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS } from '@corridor/local-discord';
import { logsAt, parseLogs } from '../support/log-lines.js';
import { sample, scrape } from '../support/prometheus.js';
import { HOME_GUILD_ID, MOD_ROLE_ID, opt, startHarness, type Harness } from './harness.js';

type Data = Record<string, any>;
const EPHEMERAL = 64;

// 31 December 2025, 09:00 in Singapore: the 10th anniversary of the ASEAN Community is due.
const NOW = new Date('2025-12-31T01:00:00Z');
const ANNOUNCEMENTS = '200000000000000002';
const QUESTION = 'what is the toll on the kyaukphyu bridge';

describe('metrics and health during an e2e run', () => {
  let h: Harness;
  let port: number;
  const metrics = async () => (await scrape(port, '/metrics')).text;
  const value = async (name: string, labels: Record<string, string> = {}) => sample(await metrics(), name, labels) ?? 0;

  beforeAll(async () => {
    h = await startHarness({ now: () => NOW, scheduler: true, config: { metricsPort: 0, metricsHost: '127.0.0.1' } });
    port = (await h.bot.ops!.port)!;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('listens on a free loopback port and says so once in the log', () => {
    expect(port).toBeGreaterThan(0);
    expect(parseLogs(h.logs).filter((e) => e.msg.startsWith('metrics: serving'))).toHaveLength(1);
  });

  it('/healthz is 200 "ok" while the gateway is ready and the database answers', async () => {
    const res = await scrape(port, '/healthz');
    expect(res).toMatchObject({ status: 200, text: 'ok\n' });
  });

  it('/metrics serves Prometheus text: facts by kind, gateway state, event-loop lag and process metrics', async () => {
    const res = await scrape(port, '/metrics');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const kind of ['milestone', 'figure', 'agreement', 'topic']) {
      expect(sample(res.text, 'corridor_facts', { kind })).toBe(h.kb.facts().filter((f) => f.kind === kind).length);
    }
    expect(sample(res.text, 'corridor_gateway_ready')).toBe(1);
    for (const outcome of ['sent', 'belated', 'skipped', 'failed_transient', 'failed_permanent']) {
      expect(sample(res.text, 'corridor_scheduled_posts_total', { outcome }), outcome).toBe(0);
    }
    expect(sample(res.text, 'corridor_gateway_shard_status', { shard: '0' })).toBe(0);
    expect(sample(res.text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(res.text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect((await scrape(port, '/nothing')).status).toBe(404);
  });

  /** A related-fact button whose handler fails once (the store throws): an error the boundary must count and log. */
  const pressFailing = () => {
    const get = vi.spyOn(h.kb, 'get').mockImplementationOnce(() => {
      get.mockRestore();
      throw new Error('simulated store failure');
    });
    return h.local.sendButton({ customId: 'fact:rcep-in-force' });
  };

  it('counts interactions by command and outcome, times them, and never labels with user text or ids', async () => {
    const before = await metrics();
    const ask = async (question: string) => {
      const { id } = h.local.sendCommand({ name: 'ask', options: [opt.string('question', question)] });
      await h.local.waitForResponse(id);
    };
    await ask('RCEP');
    await ask(QUESTION);
    const refused = h.local.sendCommand({
      name: 'reminders',
      options: [opt.sub('status')],
      memberPermissions: MEMBER_PERMISSIONS,
    });
    await h.local.waitForResponse(refused.id);
    const broken = pressFailing();
    await h.local.waitForResponse(broken.id);
    // A custom id the bot never made is bad input, answered with a refusal, not counted as an error.
    const madeUp = h.local.sendButton({ customId: 'no-such-handler:1' });
    await h.local.waitForResponse(madeUp.id);
    const typed = h.local.sendAutocomplete({ name: 'fact', options: [opt.string('name', 'rce', true)] });
    await h.local.waitForResponse(typed.id);

    const delta = async (name: string, labels: Record<string, string> = {}) =>
      (await value(name, labels)) - (sample(before, name, labels) ?? 0);
    await expect.poll(() => delta('corridor_interactions_total', { command: 'ask', outcome: 'answered' })).toBe(1);
    expect(await delta('corridor_interactions_total', { command: 'ask', outcome: 'unknown' })).toBe(1);
    expect(await delta('corridor_unanswered_questions_total')).toBe(1);
    expect(await delta('corridor_interactions_total', { command: 'reminders', outcome: 'refused' })).toBe(1);
    expect(await delta('corridor_interactions_total', { command: 'component:fact', outcome: 'error' })).toBe(1);
    expect(await delta('corridor_interactions_total', { command: 'component:unknown', outcome: 'error' })).toBe(0);
    expect(await delta('corridor_interactions_total', { command: 'autocomplete:fact', outcome: 'answered' })).toBe(1);
    expect(await delta('corridor_answer_duration_seconds_count', { command: 'ask' })).toBe(2);
    expect(await delta('corridor_autocomplete_duration_seconds_count', { command: 'fact' })).toBe(1);

    const text = await metrics();
    expect(text).not.toContain('kyaukphyu');
    expect(text).not.toContain('no-such-handler');
    expect(text).not.toMatch(/="\d{17,20}"/); // no user, server, channel or interaction id as a label value
  });

  it('logs each interaction through a child logger carrying its command, server id and interaction id', async () => {
    const { id } = pressFailing();
    await h.local.waitForResponse(id);
    const entry = logsAt(h.logs, 'error').find((e) => e.interactionId === id);
    expect(entry).toMatchObject({ command: 'component:fact', guildId: HOME_GUILD_ID, msg: 'component fact failed' });
    const accessLine = () => parseLogs(h.logs).find((e) => e.interactionId === id && e.msg === 'interaction handled');
    await expect.poll(accessLine).toBeDefined();
    const access = accessLine();
    expect(access).toMatchObject({ level: 30, command: 'component:fact', guildId: HOME_GUILD_ID, outcome: 'error' });
    expect(access!.ms).toBeGreaterThanOrEqual(0);
  });

  it('counts scheduled posts by outcome and remembers the last tick', async () => {
    const setup = h.local.sendCommand({
      name: 'reminders',
      options: [opt.sub('setup', [opt.channel('channel', ANNOUNCEMENTS)])],
      memberPermissions: MODERATOR_PERMISSIONS,
      resolved: {
        channels: {
          [ANNOUNCEMENTS]: { id: ANNOUNCEMENTS, name: 'announcements', type: 0, permissions: MODERATOR_PERMISSIONS },
        },
      },
    });
    await h.local.waitForResponse(setup.id);
    const sentBefore = await value('corridor_scheduled_posts_total', { outcome: 'sent' });
    // The start-up tick may still be running; wait until a tick of ours runs.
    await expect.poll(async () => (await h.bot.scheduler!.tickNow()) !== null).toBe(true);
    expect(h.local.messagesIn(ANNOUNCEMENTS).length).toBe(1);
    expect(await value('corridor_scheduled_posts_total', { outcome: 'sent' })).toBe(sentBefore + 1);
    const facts = await h.bot.ctx.health!();
    expect(facts.lastTickAt).toEqual(NOW);
    expect(facts.postsToday).toBe(1);
    expect(facts.lastError?.message).toMatch(/component fact failed/);
  });

  it("/reminders status and the moderators' /about details show the same health facts; others never see them", async () => {
    const status = h.local.sendCommand({
      name: 'reminders',
      options: [opt.sub('status')],
      memberPermissions: MODERATOR_PERMISSIONS,
    });
    const statusBody = (await h.local.waitForResponse(status.id)).body as { data: Data };
    const health = (statusBody.data.embeds[0].fields as Data[]).find((f) => f.name === 'Bot health (all servers)')
      ?.value as string;
    const expected = [
      'Last scheduler check: 31 December 2025, 09:00',
      'Posts today (UTC day): 1',
      'Last error: component fact failed (31 December 2025, 09:00)',
    ];
    for (const line of expected) expect(health).toContain(line);

    const about = async (options: ReturnType<typeof opt.boolean>[], roles: string[] = []) => {
      const { id } = h.local.sendCommand({ name: 'about', options, memberRoles: roles });
      return ((await h.local.waitForResponse(id)).body as { data: Data }).data;
    };
    const mod = await about([opt.boolean('details', true)], [MOD_ROLE_ID]);
    expect(mod.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(mod.allowed_mentions).toEqual({ parse: [] });
    const modHealth = (mod.embeds[0].fields as Data[]).find((f) => f.name === 'Bot health (moderators)')
      ?.value as string;
    for (const line of expected) expect(modHealth).toContain(line);

    const member = await about([opt.boolean('details', true)]);
    expect(member.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(member.content).toMatch(/health details are for the fact moderators/);
    expect(member.embeds ?? []).toEqual([]);
    const plain = await about([], [MOD_ROLE_ID]);
    expect(plain.flags ?? 0).toBe(0);
    expect((plain.embeds[0].fields as Data[]).map((f) => f.name)).not.toContain('Bot health (moderators)');
  });

  it('/healthz turns 503 with a one-line reason when the gateway is down', async () => {
    await h.bot.client.destroy();
    const res = await scrape(port, '/healthz');
    expect(res.status).toBe(503);
    expect(res.text).toMatch(/^gateway not ready \(status: \w+\)\n$/);
  });
});

describe('a metrics port already in use', () => {
  let blocker: Server;
  let h: Harness | undefined;

  afterAll(async () => {
    await h?.stop();
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('gets one clear log line, and the bot still starts and answers', async () => {
    blocker = createServer();
    const taken = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    h = await startHarness({ config: { metricsPort: taken, metricsHost: '127.0.0.1' } });
    expect(await h.bot.ops!.port).toBeNull();
    const lines = logsAt(h.logs, 'error').filter((e) => e.msg.startsWith('metrics:'));
    expect(lines.map((e) => e.msg)).toEqual([
      `metrics: 127.0.0.1:${taken} is already in use; /metrics and /healthz are off, the bot keeps running (set ` +
        `METRICS_PORT to a free port)`,
    ]);
    const { id } = h.local.sendCommand({ name: 'ask', options: [opt.string('question', 'RCEP')] });
    const body = (await h.local.waitForResponse(id)).body as { data: { embeds: { title: string }[] } };
    expect(body.data.embeds[0]?.title).toBe('RCEP enters into force');
  });
});
