import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerQuestion } from '../../src/knowledge/search/answer.js';
import { asksAboutBot } from '../../src/knowledge/search/asked-self.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

describe('questions about the bot itself', () => {
  it('reads "you" as the bot only where the question asks about it', () => {
    for (const q of [
      'who made you?',
      'what model are you running on',
      'are you a bot',
      "what's your name",
      '谁开发了你',
    ])
      expect(asksAboutBot(q)).toBe(true);
    for (const q of [
      'Could you explain what the deal covers?',
      'Can you list all nine areas?',
      'when could you first take a train to Vientiane',
      'what share of the world economy do they make when you add them together',
      'Are you able to tell me when RCEP started?',
      '你能告诉我中老铁路多长吗',
      '你是否知道RCEP什么时候生效',
    ])
      expect(asksAboutBot(q)).toBe(false);
  });

  it('is answered by no fact, and a request frame still gets its answer', () => {
    const search = new FactSearch(loadSeedFacts());
    expect(answerQuestion(search, 'Who made you, and what AI model are you running on?').kind).toBe('none');
    expect(answerQuestion(search, 'Can you tell me when the China-Laos Railway opened?').kind).toBe('fact');
  });
});
