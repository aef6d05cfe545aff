import { describe, expect, it } from 'vitest';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { factsMessage, guessMessage } from '../../src/render/answer-embed.js';
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
  it('marks a best guess as one, and still offers a report button', () => {
    const [fact, ...others] = facts;
    const message = guessMessage(ANSWER_IDS, fact!, others.slice(0, 2));
    expect(message.content).toMatch(/Best guess/);
    expect(message.components[0]!.components).toHaveLength(3);
  });
});
