import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessageLimits } from '@corridor/local-discord';
import { opt, startHarness, type Harness } from './harness.js';

// A zh-CN member (or a Chinese question, or a Chinese server) gets the answer, lists and errors in Chinese.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

type Body = { type: number; data: Record<string, any> };
async function command(
  name: string,
  options: Parameters<Harness['local']['sendCommand']>[0]['options'],
  who: { locale?: string; guildLocale?: string } = {},
) {
  const { id } = h.local.sendCommand({ name, options, ...who });
  const body = (await h.local.waitForResponse(id)).body as Body;
  // A reply that draws a chart is deferred first: read the message it became.
  if (body.type === 5) body.data = await edited(id);
  expect(checkMessageLimits(body.data)).toEqual([]);
  expect(body.data.allowed_mentions).toEqual({ parse: [] });
  return body;
}

async function edited(id: string): Promise<Record<string, any>> {
  for (let i = 0; i < 200; i++) {
    const patch = h.local.interactionRequests(id).find((r) => r.method === 'PATCH' && r.status === 200);
    if (patch) return patch.body as Record<string, any>;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the deferred reply was never edited');
}

describe('a Chinese-speaking member', () => {
  it('asking in Chinese gets the fact in Chinese with Chinese dates, labels and buttons, whatever the locale', async () => {
    const body = await command('ask', [opt.string('question', '中老铁路是什么时候开通的？')]);
    const embed = body.data.embeds[0];
    expect(embed.title).toBe('中老铁路开通运营');
    expect(embed.description).toMatch(/[\u4e00-\u9fff]/);
    expect(embed.fields).toContainEqual(expect.objectContaining({ name: '日期', value: '2021年12月3日' }));
    expect(embed.fields.map((f: { name: string }) => f.name)).toContain('来源');
    expect(embed.footer.text).toBe('里程碑 · china-laos-railway-opens · 截至2024年12月');
    const buttons = body.data.components[0].components;
    expect(buttons.at(-1)).toMatchObject({ custom_id: 'report:china-laos-railway-opens', label: '报告问题' });
    // Related facts open in the answer's language, even for a member whose Discord is in English.
    const related = buttons[0];
    expect(related.custom_id).toMatch(/^fact:[a-z0-9-]+:zh-CN$/);
    expect(related.label).toMatch(/[\u4e00-\u9fff]/);
    const { id } = h.local.sendButton({ customId: related.custom_id, locale: 'en-US' });
    const opened = (await h.local.waitForResponse(id)).body as Body;
    expect(opened.data.embeds[0].title).toBe(related.label);
    expect(opened.data.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('来源');
  });

  it('with a zh-CN (or zh-TW) Discord gets Chinese for an English question', async () => {
    for (const locale of ['zh-CN', 'zh-TW']) {
      const body = await command('ask', [opt.string('question', 'when did the china laos railway open?')], { locale });
      expect(body.data.embeds[0].title).toBe('中老铁路开通运营');
    }
    const english = await command('ask', [opt.string('question', 'when did the china laos railway open?')], {
      locale: 'en-US',
    });
    expect(english.data.embeds[0].title).toBe('China-Laos Railway opens');
  });

  it('in a Chinese server gets Chinese even with an English Discord', async () => {
    const body = await command('fact', [opt.string('name', 'rcep-in-force')], {
      locale: 'en-GB',
      guildLocale: 'zh-CN',
    });
    expect(body.data.embeds[0].title).toBe('RCEP正式生效');
    expect(body.data.embeds[0].fields).toContainEqual(expect.objectContaining({ name: '状态', value: '已生效' }));
  });

  it('gets figures in Chinese units: 亿美元, 万亿元 and percentages with 近/超过', async () => {
    const body = await command('figures', [], { locale: 'zh-CN' });
    const embed = body.data.embeds[0];
    expect(embed.title).toBe('中国—东盟数据一览');
    expect(embed.description).toMatch(/亿美元|万亿元/);
    expect(embed.description).not.toMatch(/billion|trillion/);
    expect(embed.footer.text).toMatch(/来源：.*截至\d{4}年/);
    const next = body.data.components?.[0]?.components?.[1];
    if (next) expect(next.label).toBe('下一页 ▶');
  });

  it('gets the timeline and the agreements list in Chinese', async () => {
    const timeline = await command('timeline', [], { locale: 'zh-CN' });
    expect(timeline.data.embeds[0].title).toBe('中国—东盟大事记');
    expect(timeline.data.embeds[0].description).toContain('**中国—东盟开启对话关系**');
    expect(timeline.data.embeds[0].footer.text).toMatch(/^第1\/\d+页/);
    const agreements = await command('agreements', [], { locale: 'zh-CN' });
    expect(agreements.data.embeds[0].title).toBe('协定一览');
    expect(agreements.data.embeds[0].description).toMatch(/缔约方：\d+个/);
  });

  it('gets "I don\'t know" and errors in Chinese', async () => {
    const none = await command('ask', [opt.string('question', '法国的首都是哪里？')]);
    expect(none.data.embeds[0].title).toBe('没有找到相关资料');
    expect(none.data.embeds[0].description).toContain('关于“法国的首都是哪里？”，我暂时没有资料。');
    const refused = await command('timeline', [opt.string('from', '1980'), opt.string('to', '1985')], {
      locale: 'zh-CN',
    });
    expect(refused.data.content).toContain('没有符合条件的大事');
    expect(refused.data.flags & 64).toBe(64);
  });

  it('gets /about, /help and /upcoming in Chinese, with the commands described as Discord shows them', async () => {
    const about = await command('about', [], { locale: 'zh-CN' });
    expect(about.data.embeds[0].title).toBe('关于 Corridor');
    expect(about.data.embeds[0].fields[0]).toMatchObject({ name: '资料', value: expect.stringMatching(/^共\d+条：/) });
    const help = await command('help', [], { locale: 'zh-CN' });
    expect(help.data.embeds[0].title).toBe('Corridor 帮助');
    expect(help.data.embeds[0].description).toContain('`/ask` — 询问中国—东盟贸易、重大事件和协定方面的问题');
    const upcoming = await command('upcoming', [opt.integer('days', 366)], { locale: 'zh-CN' });
    expect(upcoming.data.embeds[0].title).toBe('未来366天的周年纪念');
    expect(upcoming.data.embeds[0].description).toMatch(
      /周年 · \*\*[^*]+\*\*（\d{4}年(生效|签署)?） · (\d+天后|明天|今天)/,
    );
  });

  it('gets suggestions titled in Chinese, and date errors in Chinese', async () => {
    for (const [typed, locale] of [
      ['中老', 'en-US'],
      ['china-la', 'zh-CN'],
    ] as const) {
      const { id } = h.local.sendAutocomplete({ name: 'fact', options: [opt.string('name', typed, true)], locale });
      const body = (await h.local.waitForResponse(id)).body as { data: { choices: { name: string; value: string }[] } };
      expect(body.data.choices).toContainEqual({ name: '中老铁路开通运营', value: 'china-laos-railway-opens' });
    }
    const bad = await command('timeline', [opt.string('from', '2021-13')], { locale: 'zh-CN' });
    expect(bad.data.content).toContain('“2021-13”不是日期');
  });

  it('leaves an English member in an English server in English', async () => {
    const fact = h.kb.get('rcep-in-force')!;
    const english = await command('fact', [opt.string('name', 'rcep-in-force')], {
      locale: 'en-US',
      guildLocale: 'en-US',
    });
    expect(english.data.embeds[0].title).toBe(fact.title);
    expect(english.data.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('Status');
  });

  // Last: it changes the base. A moderator's English edit sets the Chinese aside until it is translated again.
  it('sees the English under a one-line Chinese note when a fact has no Chinese text', async () => {
    const stored = (await h.kb.stored('rcep-in-force'))!;
    const { i18n: _text, ...english } = stored.fact;
    await h.kb.edit(
      'rcep-in-force',
      english,
      stored.version,
      { id: '1', name: 'test' },
      'drop the Chinese text for this test',
    );
    const body = await command('fact', [opt.string('name', 'rcep-in-force')], { locale: 'zh-CN' });
    const embed = body.data.embeds[0];
    expect(embed.title).toBe(stored.fact.title);
    expect(embed.description.split('\n')[0]).toBe('*这条资料暂无中文版本，以下为英文原文。*');
    expect(embed.description).toContain(stored.fact.summary);
    expect(embed.fields).toContainEqual(expect.objectContaining({ name: '状态', value: '已生效' }));
  });
});
