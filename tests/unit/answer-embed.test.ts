import { describe, expect, it } from 'vitest';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { factsMessage, guessMessage } from '../../src/render/answer-embed.js';
import { leadSentence } from '../../src/render/fact-text.js';
import { embedLength } from '../../src/render/limits.js';

const facts = loadSeedFacts();

describe('answers of several facts, and best guesses', () => {
  it('lists up to ten facts within Discord limits, each with a button', () => {
    for (let start = 0; start < facts.length; start += 10) {
      const group = facts.slice(start, start + 10);
      const message = factsMessage(ANSWER_IDS, 'These facts answer your question', group);
      const embed = message.embeds[0]!;
      expect(embedLength(embed)).toBeLessThanOrEqual(6000);
      expect(embed.fields).toHaveLength(group.length);
      for (const f of embed.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
      expect(message.components.flatMap((r) => r.components)).toHaveLength(group.length);
      for (const r of message.components) expect(r.components.length).toBeLessThanOrEqual(5);
    }
  });
  it('names each fact with its key figure or date and its source', () => {
    const railway = facts.find((f) => f.id === 'china-laos-railway-opens')!;
    const value = factsMessage(ANSWER_IDS, 'x', [railway]).embeds[0]!.fields![0]!.value;
    expect(value).toContain('Date: 3 December 2021');
    expect(value).toMatch(/Source: /);
  });
  it("says each fact's first sentence, an agreement's entry into force, in the reader's language", () => {
    const rcep = facts.find((f) => f.id === 'rcep-in-force')!;
    const zones = facts.find((f) => f.id === 'acfta-3-0-nine-areas')!;
    const [en, areas] = factsMessage(ANSWER_IDS, 'x', [rcep, zones]).embeds[0]!.fields!;
    expect(en!.value).toMatch(
      /^The Regional Comprehensive Economic Partnership \(RCEP\) took effect on 1 January 2022[^.]*\.\n/,
    );
    expect(en!.value).toContain('In force: 1 January 2022');
    expect(en!.value).not.toContain('Signed:');
    // The longest first sentence of the base (all nine areas) is shown whole.
    expect(areas!.value).toContain('economic and technical cooperation.');
    const zh = factsMessage(ANSWER_IDS, 'x', [rcep], 'zh-CN').embeds[0]!.fields![0]!.value;
    expect(zh).toMatch(/^《区域全面经济伙伴关系协定》（RCEP）于2022年1月1日[^。]*。\n/);
    expect(zh).toContain('生效：2022年1月1日');
  });
  it('shares the room between ten long facts rather than dropping any', () => {
    const long = [...facts].sort(
      (a, b) => b.summary.length + b.sources.length * 80 - a.summary.length - a.sources.length * 80,
    );
    const embed = factsMessage(ANSWER_IDS, 'x', long.slice(0, 10)).embeds[0]!;
    expect(embed.fields).toHaveLength(10);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    // Every fact still opens with (at least 40 characters of) its own first sentence.
    embed.fields!.forEach((f, i) => expect(f.value.startsWith(leadSentence(long[i]!, 'en').slice(0, 39))).toBe(true));
  });
  it('marks a best guess as one, and still offers a report button', () => {
    const [fact, ...others] = facts;
    const message = guessMessage(ANSWER_IDS, fact!, others.slice(0, 2));
    expect(message.content).toMatch(/Best guess/);
    expect(message.components[0]!.components).toHaveLength(3);
  });
});
