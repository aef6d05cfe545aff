import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeOf } from '../helpers/sqlite-store.js';
import type { APIApplicationCommandInteractionDataOption, APIInteractionDataResolved } from 'discord-api-types/v10';
import { channelPoster } from '../../src/bot/channel-poster.js';
import { checkMessageLimits, MODERATOR_PERMISSIONS } from '@corridor/local-discord';
import { getGuildSettings } from '../../src/knowledge/store/guild-settings.js';
import { runTick } from '../../src/scheduler/run.js';
import { OTHER_CHANNEL_ID, OTHER_GUILD_ID, HOME_GUILD_ID, opt, startHarness, type Harness } from './harness.js';

// A Chinese server's reminders: set up without choosing a language, they post in Chinese; language: overrides.
const ANNOUNCEMENTS = '200000000000000002';
let now = new Date('2026-01-01T00:00:00Z'); // 08:00 in Singapore
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: () => now });
});
afterAll(async () => {
  await h?.stop();
});

type Data = Record<string, any>;
async function reminders(
  sub: string,
  options: APIApplicationCommandInteractionDataOption[],
  guildId: string,
  channelId: string,
  guildLocale: string,
) {
  const resolved = {
    channels: { [channelId]: { id: channelId, name: 'announcements', type: 0, permissions: MODERATOR_PERMISSIONS } },
  } as unknown as APIInteractionDataResolved;
  const { id, token } = h.local.sendCommand({
    name: 'reminders',
    options: [opt.sub(sub, options)],
    user: { id: '400000000000000100', username: 'moderator' },
    memberPermissions: MODERATOR_PERMISSIONS,
    guildId,
    guildLocale,
    locale: 'zh-CN',
    resolved,
  });
  const callback = (await h.local.waitForResponse(id)).body as { type: number; data?: Data };
  if (callback.type !== 5) return callback.data ?? {};
  const edit = await h.local.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(token) && r.path.endsWith('/messages/@original'),
  );
  return edit.body as Data;
}

describe('scheduled posts in the server language', () => {
  it('a zh-CN server set up without language: stores zh-CN, previews and posts in Chinese', async () => {
    const reply = await reminders(
      'setup',
      [opt.channel('channel', ANNOUNCEMENTS), opt.string('timezone', 'Asia/Singapore')],
      HOME_GUILD_ID,
      ANNOUNCEMENTS,
      'zh-CN',
    );
    expect(reply.content).toContain('✅ 周年提醒已在 <#200000000000000002> **开启**。');
    expect(reply.content).toContain('• 推送语言：简体中文');
    const status = await reminders('status', [], HOME_GUILD_ID, ANNOUNCEMENTS, 'zh-CN');
    expect(status.embeds[0].title).toBe('周年提醒');
    expect(status.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['频道', '发布时间', '时区', '下次推送']),
    );
    expect(getGuildSettings(h.db, HOME_GUILD_ID)?.language).toBe('zh-CN');

    const preview = await reminders(
      'preview',
      [opt.string('date', '2026-01-01')],
      HOME_GUILD_ID,
      ANNOUNCEMENTS,
      'zh-CN',
    );
    expect(preview.content).toContain('📅 **历史上的今天** — 2026年1月1日');
    expect(preview.embeds[0].title).toBe('1月1日共有3个周年纪念');
    expect(checkMessageLimits(preview)).toEqual([]);

    now = new Date('2026-01-01T01:00:00Z'); // 09:00 in Singapore
    const result = await runTick({
      store: storeOf(h.db),
      now,
      getFacts: () => h.kb.facts(),
      poster: channelPoster(h.bot.client),
      log: h.bot.ctx.log,
    });
    expect(result.sent.length).toBeGreaterThan(0);
    const message = await h.local.waitForMessageIn(ANNOUNCEMENTS);
    expect(message.content).toBe('📅 **历史上的今天** — 2026年1月1日');
    expect(message.embeds[0]?.title).toBe('1月1日共有3个周年纪念');
    expect(message.embeds[0]?.description).toMatch(/\*\*16周年\*\* — \*\*中国—东盟自由贸易区全面建成\*\*/);
    expect(message.embeds[0]?.description).toContain('来源：');
    expect(message.embeds[0]?.description).not.toMatch(/anniversary|Source/);
    expect(message.embeds[0]?.footer?.text).toBe('Corridor · 周年纪念取自经审核的资料库');
    const request = h.local.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${ANNOUNCEMENTS}/messages` && r.status === 200,
    )!;
    expect(checkMessageLimits(request.body)).toEqual([]);
    expect(request.allowedMentions).toEqual({ parse: [] });
  });

  it('language: English wins over a Chinese server locale', async () => {
    h.local.addChannel(OTHER_GUILD_ID, { id: '200000000000000170', name: 'announcements' });
    await reminders(
      'setup',
      [opt.channel('channel', '200000000000000170'), opt.string('language', 'en')],
      OTHER_GUILD_ID,
      '200000000000000170',
      'zh-CN',
    );
    expect(getGuildSettings(h.db, OTHER_GUILD_ID)?.language).toBe('en');
    const preview = await reminders(
      'preview',
      [opt.string('date', '2026-01-01')],
      OTHER_GUILD_ID,
      '200000000000000170',
      'zh-CN',
    );
    expect(preview.embeds[0].title).toBe('3 anniversaries on 1 January');
    void OTHER_CHANNEL_ID;
  });
});
