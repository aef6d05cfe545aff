import { describe, it, expect } from 'vitest';
import { anniversariesOn, countdownsOn } from '../../src/knowledge/anniversaries.js';
import { checkMessageLimits } from '@corridor/local-discord';
import { renderAnniversaryPost, type PostPayload } from '../../src/scheduler/message.js';
import { defuseMentions } from '../../src/render/limits.js';

const checkDiscordLimits = (p: PostPayload) => checkMessageLimits(p);
import { agreement, milestone } from './anniversary-fixtures.js';

const day = { year: 2026, month: 7, day: 1 };

describe('renderAnniversaryPost', () => {
  it('one anniversary: title, what happened, year, publisher; round highlighted', () => {
    const facts = [agreement('acfta', { date: '2010-01-01', inForce: '2011-07-01' }, { title: 'ASEAN–China FTA' })];
    const p = renderAnniversaryPost({ localDate: day, anniversaries: anniversariesOn(facts, day) });
    expect(p.content).toBe('📅 **On this day** — 1 July 2026');
    expect(p.embeds).toHaveLength(1);
    expect(p.embeds[0]!.title).toBe('🎉 15th anniversary: ASEAN–China FTA');
    const d = p.embeds[0]!.description;
    expect(d).toContain('**🎉 15th anniversary** — **ASEAN–China FTA**');
    expect(d).toContain('Entered into force on 1 July 2011.');
    expect(d).toContain('Source: Report on the corridor — ASEAN Secretariat, 1 January 2024');
    expect(p.allowed_mentions).toEqual({ parse: [] });
    expect(checkDiscordLimits(p)).toEqual([]);
  });

  it('milestones show the date and a non-round ordinal', () => {
    const facts = [milestone('launch', '2023-07-01', { title: 'Corridor launch' })];
    const p = renderAnniversaryPost({ localDate: day, anniversaries: anniversariesOn(facts, day) });
    expect(p.embeds[0]!.title).toBe('3rd anniversary: Corridor launch');
    expect(p.embeds[0]!.description).toContain('**3rd anniversary** — **Corridor launch** (1 July 2023)');
    expect(p.embeds[0]!.description).toContain('Source: Report on the corridor — Xinhua, 1 January 2024');
  });

  it('lists every source of a fact, each linked to its url', () => {
    const sources = [
      { publisher: 'Xinhua', title: 'First report', date: '2021-12-03', url: 'https://example.org/one' },
      { publisher: 'TROIB News', title: 'Second report', date: '2024-12', approximate: true },
    ];
    const p = renderAnniversaryPost({
      localDate: day,
      anniversaries: anniversariesOn([milestone('two', '2023-07-01', { sources })], day),
    });
    expect(p.embeds[0]!.description).toContain(
      'Sources:\n• [First report](https://example.org/one) — Xinhua, 3 December 2021\n• Second report — TROIB News, c. December 2024',
    );
    expect(checkDiscordLimits(p)).toEqual([]);
  });

  it('belated and test posts are marked', () => {
    const anniversaries = anniversariesOn([milestone('mm', '2020-07-01')], day);
    const late = renderAnniversaryPost({ localDate: day, anniversaries, belated: true });
    expect(late.content).toContain('(belated)');
    expect(late.embeds[0]!.title).toContain('(belated)');
    const test = renderAnniversaryPost({ localDate: day, anniversaries, test: true });
    expect(test.content.startsWith('[Test]')).toBe(true);
    expect(test.embeds[0]!.title.startsWith('[Test]')).toBe(true);
    expect(test.content).not.toContain('belated');
  });

  it('several anniversaries in one post, countdowns in a second embed', () => {
    const facts = [milestone('aa', '2016-07-01'), milestone('bb', '2024-07-01'), milestone('cc', '2001-07-08')];
    const p = renderAnniversaryPost({
      localDate: day,
      anniversaries: anniversariesOn(facts, day),
      countdowns: countdownsOn(facts, day, 7),
    });
    expect(p.embeds).toHaveLength(2);
    expect(p.embeds[0]!.title).toBe('2 anniversaries on 1 July 🎉');
    expect(p.embeds[0]!.description.indexOf('Milestone aa')).toBeLessThan(
      p.embeds[0]!.description.indexOf('Milestone bb'),
    );
    expect(p.embeds[1]!.description).toContain('In 7 days (8 July)');
    expect(p.embeds[1]!.description).toContain('25th anniversary');
  });

  it('stays inside Discord limits with many long anniversaries, ending with "…and N more"', () => {
    const facts = Array.from({ length: 60 }, (_, i) =>
      milestone(`long-${i}`, `${1950 + i}-07-01`, {
        title: `A very long title number ${i} `.padEnd(100, 'x'),
        summary: 'y'.repeat(1000),
      }),
    );
    const countdownFacts = Array.from({ length: 40 }, (_, i) =>
      milestone(`soon-${i}`, `${1976 - (i % 5) * 5}-07-02`, { title: `Soon ${i} `.padEnd(100, 'z') }),
    );
    const all = [...facts, ...countdownFacts];
    const p = renderAnniversaryPost({
      localDate: day,
      anniversaries: anniversariesOn(all, day),
      countdowns: countdownsOn(all, day, 1),
      belated: true,
      test: true,
    });
    expect(checkDiscordLimits(p)).toEqual([]);
    expect(p.embeds[0]!.description).toMatch(/…and \d+ more$/);
    expect(p.embeds[1]!.description).toMatch(/…and \d+ more$/);
  });

  it('neutralises @everyone, @here and <@id> mentions in fact text', () => {
    const f = milestone('ping', '2020-07-01', {
      title: 'Hello @everyone',
      summary: 'Ping @here and <@123456789> and <@&987>.',
    });
    const p = renderAnniversaryPost({ localDate: day, anniversaries: anniversariesOn([f], day) });
    const json = JSON.stringify(p);
    expect(json).not.toMatch(/@everyone|@here|<@\d|<@&/);
    expect(checkDiscordLimits(p)).toEqual([]);
    expect(defuseMentions('@Everyone <@!123456789012345678>')).not.toMatch(/@Everyone|<@!\d/);
  });
});
