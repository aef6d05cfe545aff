import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { refersBack, splitCompound } from '../../src/knowledge/search/compound.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { ANSWER_IDS } from '../../src/components/answer-ids.js';
import { factsMessage } from '../../src/render/answer-embed.js';
import { embedLength } from '../../src/render/limits.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('where a second question starts', () => {
  it('at a second English question, with sentences that ask nothing as context for the first', () => {
    expect(splitCompound('When did RCEP take effect? How many members does it have?')?.parts).toEqual([
      'When did RCEP take effect',
      'How many members does it have',
    ]);
    expect(splitCompound('I export rice. When did RCEP take effect? How many members does it have?')?.parts).toEqual([
      'I export rice. When did RCEP take effect',
      'How many members does it have',
    ]);
    expect(splitCompound('I export rice. When did RCEP take effect?')).toBeUndefined();
  });
  it('at "and" before a question word, answered part by part only when both parts are', () => {
    const q =
      'How many countries and regions does the rail network reach, and how long has the China-Laos line been running?';
    expect(splitCompound(q)).toEqual({
      parts: [
        'How many countries and regions does the rail network reach',
        'how long has the China-Laos line been running?',
      ],
      named: 0,
      bothOrWhole: true,
    });
    expect(ids(q)).toEqual(['china-laos-railway-rail-links-19-countries', 'china-laos-railway-opens']);
    expect(splitCompound('what is RCEP and how many members does it have')?.parts).toEqual([
      'what is RCEP',
      'how many members does it have',
    ]);
    // No question word after "and": one question.
    expect(splitCompound('how many countries and regions does the railway reach')).toBeUndefined();
    // Neither part has a fact: "I don't know", not a near miss for one of them.
    expect(ids('Who paid to build the China-Laos Railway, and what did it cost?')).toEqual([]);
  });
  it('at "the difference between X and Y", its cue words read through a slip', () => {
    expect(splitCompound('whats the diffrence betwen hard and soft conectivity')?.parts).toEqual([
      'hard conectivity',
      'soft conectivity',
    ]);
    expect(ids('whats the diffrence between hard and soft conectivity')).toEqual([
      'hard-connectivity',
      'soft-connectivity',
    ]);
  });
  it('at "also" / "plus" / "in addition" only when they open an ask', () => {
    expect(splitCompound('when did the railway open, also how long is it')?.parts).toEqual([
      'when did the railway open',
      'how long is it',
    ]);
    expect(splitCompound('does FTA 3.0 also cover the digital economy')).toBeUndefined();
    expect(splitCompound('What does CAFTA 3.0 cover in addition to tariffs?')).toBeUndefined();
  });
  it('at 另外 / 此外 / 还有 after a clause that asks', () => {
    expect(splitCompound('中老铁路什么时候开通的，另外全长多少公里？')?.parts).toEqual([
      '中老铁路什么时候开通的',
      '全长多少公里？',
    ]);
    expect(splitCompound('中老铁路已经开通，还有多久到曼谷？')).toBeUndefined();
  });
  it('keeps an ask that follows the second thing for both ("有A，还有B，介绍一下")', () => {
    expect(splitCompound('听说西港有个经济特区，还有一条新高速，能介绍一下吗？')?.parts).toEqual([
      '听说西港有个经济特区，能介绍一下吗？',
      '一条新高速',
    ]);
  });
  it('"X vs Y" names both things, and "… and vice versa" swaps the two parties', () => {
    expect(splitCompound('rcep vs cptpp')).toEqual({ parts: ['rcep', 'cptpp'], named: 0.75 });
    expect(splitCompound('has asean been china’s top partner and vice versa')?.parts).toEqual([
      'has asean been china’s top partner',
      'has china been asean’s top partner',
    ]);
  });
  it('a part that opens on a pronoun points back to the first', () => {
    expect(refersBack('它全长多少公里')).toBe(true);
    expect(refersBack('its length')).toBe(true);
    expect(refersBack('how long is the railway')).toBe(false);
  });
});

describe('two questions in one message', () => {
  it('show a fact for each', () => {
    expect(ids('When did RCEP take effect? How many members does it have?')).toEqual(['rcep-in-force', 'rcep-members']);
    expect(ids('RCEP什么时候生效的，此外有几个成员国？')).toEqual(['rcep-in-force', 'rcep-members']);
    expect(ids('中老铁路什么时候开通？它全长多少公里？')).toEqual([
      'china-laos-railway-opens',
      'china-laos-railway-length',
    ]);
  });
  it('a comparison of two named things shows both; of two unknown things, neither', () => {
    expect(ids('china laos railway vs phnom penh sihanoukville expressway')).toEqual([
      'china-laos-railway-opens',
      'phnom-penh-sihanoukville-expressway-opens',
    ]);
    expect(ids('inner join vs outer join')).toEqual([]);
  });
});

describe('"and" in the context before the question', () => {
  it('does not split a question whose "and" is only in a sentence that asks nothing', () => {
    const q = 'We fly to Laos in May and then take the train north. How many passengers use the railway each day?';
    expect(answerQuestion(search, q).kind).not.toBe('facts');
    expect(ids('when did the china-laos railway open and how long is its track')).toEqual([
      'china-laos-railway-opens',
      'china-laos-railway-length',
    ]);
  });
});

describe('a two-part answer on Discord', () => {
  it('renders as one embed with a field and a button per part, within limits, in Chinese too', () => {
    const answer = answerQuestion(search, '中老铁路什么时候开通的，另外它全长多少公里？');
    expect(answer.kind).toBe('facts');
    if (answer.kind !== 'facts') return;
    const message = factsMessage(ANSWER_IDS, '以下资料可以回答你的问题', answer.facts, 'zh-CN');
    const embed = message.embeds[0]!;
    expect(embed.fields).toHaveLength(2);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    expect(message.components[0]!.components).toHaveLength(2);
  });
});

describe('a part answered only as a best guess', () => {
  const question = '中老铁路哪年开通？东盟共同体愿景2025在哪一年画上句号？';

  it('is named in the answer: the sure part is not, the guessed part is', () => {
    const answer = answerQuestion(search, question);
    expect(answer.kind).toBe('facts');
    if (answer.kind !== 'facts') return;
    expect(answer.facts.map((f) => f.id)).toEqual(['china-laos-railway-opens', 'asean-community-vision-2025']);
    expect(answer.guessed).toEqual(['asean-community-vision-2025']);
  });

  it('is marked on Discord, in the reader’s language, and only that field', () => {
    const answer = answerQuestion(search, question);
    if (answer.kind !== 'facts') throw new Error(`expected two facts, got ${answer.kind}`);
    for (const [lang, mark] of [
      ['zh-CN', '最可能的答案'],
      ['en', 'best guess'],
    ] as const) {
      const embed = factsMessage(ANSWER_IDS, 'heading', answer.facts, lang, answer.guessed).embeds[0]!;
      expect(embed.fields![0]!.name).not.toContain(mark);
      expect(embed.fields![1]!.name).toContain(mark);
      expect(embed.description).toContain(mark);
    }
  });

  it('leaves a two-part answer whose parts are both sure unmarked', () => {
    const answer = answerQuestion(search, '中老铁路什么时候开通的，另外它全长多少公里？');
    if (answer.kind !== 'facts') throw new Error(`expected two facts, got ${answer.kind}`);
    expect(answer.guessed).toEqual([]);
    const embed = factsMessage(ANSWER_IDS, 'heading', answer.facts, 'en', answer.guessed).embeds[0]!;
    expect(embed.description).toBeUndefined();
    expect(embed.fields!.map((f) => f.name).join(' ')).not.toContain('best guess');
  });
});

describe('a part no fact answers', () => {
  const partial = (q: string) => {
    const answer = answerQuestion(search, q);
    if (answer.kind !== 'facts') throw new Error(`expected a part answer, got ${answer.kind}`);
    return answer;
  };

  it('answers the known part and names the other as missing, instead of "I don\'t know" for both', () => {
    const answer = partial('When did RCEP take effect? How much is a train ticket to Vientiane?');
    expect(answer.facts.map((f) => f.id)).toEqual(['rcep-in-force']);
    expect(answer.missing).toEqual(['How much is a train ticket to Vientiane']);
    expect(answer.guessed).toEqual([]);
    expect(answerIds(answer)).toEqual(['rcep-in-force']);
  });

  it('names a part whose best fact does not state what it asks, instead of showing that fact', () => {
    const engineer = partial('How long is the China-Laos railway, and who is its chief engineer?');
    expect(engineer.facts.map((f) => f.id)).toEqual(['china-laos-railway-length']);
    expect(engineer.missing).toEqual(['who is its chief engineer']);
    const fare = partial('中老铁路什么时候开通的？票价多少？');
    expect(fare.facts.map((f) => f.id)).toEqual(['china-laos-railway-opens']);
    expect(fare.missing).toEqual(['票价多少']);
  });

  it('says "I don\'t know" when neither part has a fact, and leaves two answered parts without a gap', () => {
    expect(answerQuestion(search, 'Who won the world cup? What is the capital of Mars?').kind).toBe('none');
    expect(partial('When did RCEP take effect? How many members does it have?').missing).toEqual([]);
  });
});

describe('a part answer on Discord', () => {
  const answer = answerQuestion(search, 'When did RCEP take effect? How much is a train ticket to Vientiane?');
  if (answer.kind !== 'facts') throw new Error(`expected a part answer, got ${answer.kind}`);

  it('shows the known fact and says which part has no fact, in the reader’s language', () => {
    for (const [lang, line] of [
      ['en', "I don't have a fact on “How much is a train ticket to Vientiane”."],
      ['zh-CN', '关于“How much is a train ticket to Vientiane”，我暂时没有资料。'],
    ] as const) {
      const message = factsMessage(ANSWER_IDS, 'heading', answer.facts, lang, answer.guessed, answer.missing);
      const embed = message.embeds[0]!;
      expect(embed.fields).toHaveLength(1);
      expect(embed.description).toBe(line);
      expect(message.components[0]!.components).toHaveLength(1);
    }
  });

  it('quotes a long CJK part clipped, with mentions defused and markdown shown as typed, within limits', () => {
    const part = `@everyone <@123456789012345678> **${'中老铁路的票价是多少'.repeat(40)}**`;
    const message = factsMessage(ANSWER_IDS, '以下资料只能回答你的部分问题', answer.facts, 'zh-CN', [], [part]);
    const embed = message.embeds[0]!;
    expect(embed.description).toContain('@\u200beveryone');
    expect(embed.description).toContain('<@\u200b123456789012345678>');
    expect(embed.description).toContain('\\*\\*');
    expect(embed.description).toContain('…');
    expect(embed.description!.length).toBeLessThan(260);
    for (const f of embed.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
  });
});

describe('two measures of one subject', () => {
  it('"total traffic and daily average on the expressway" answers each measure', () => {
    expect(ids('total traffic and daily average on the phnom penh sihanoukville expressway?')).toEqual([
      'ppshv-expressway-10-million-vehicles',
      'ppshv-expressway-daily-traffic',
    ]);
  });
  it('two nouns of one count stay one question', () => {
    expect(ids('countries and regions of the china-laos rail links')).toEqual([
      'china-laos-railway-rail-links-19-countries',
    ]);
  });
});

describe('two places joined by "and"', () => {
  it('a known place beside another name is one subject, not two questions', () => {
    expect(ids('Bangkok and Chongqing are the two hubs of the land-sea corridor, right?')).toEqual([
      'new-international-land-sea-trade-corridor',
    ]);
  });
});
