import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { ANSWER_COVERAGE } from '../../src/knowledge/search/answer-bar.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { memberBar } from '../../src/knowledge/search/list-answer.js';
import { askCoverages, askingClause } from '../../src/knowledge/search/asking.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';
import { tokenize } from '../../src/knowledge/search/normalize.js';
import { isEnglishWord } from '../../src/knowledge/search/english-words.js';
import { isFillerOrTypo, isSlip } from '../../src/knowledge/search/filler.js';

const search = new FactSearch(loadSeedFacts());
const answer = (q: string) => answerQuestion(search, q);

describe('words the base has never seen', () => {
  it('everyday filler and chat neither helps nor hurts', () => {
    expect(answerIds(answer('yo how many members does rcep have rn'))).toEqual(
      answerIds(answer('how many members does rcep have')),
    );
    expect(search.analyze('yo roughly how many members does rcep have rn tbh').unseen).toEqual([]);
  });
  it('an English content word counts against every fact, and can turn an answer into a refusal', () => {
    const plain = search.analyze('china laos railway price');
    expect(plain.unseen).toContain('price');
    expect(answer('ticket price on the china laos railway').kind).toBe('none');
  });
  it('a place or trade bloc the base lacks is content, not a typo', () => {
    expect(search.analyze('cptpp members').unseen).toEqual(['cptpp']);
    expect(answer('what is the capital of France?').kind).toBe('none');
  });
  it('slang and unfixable typos are noise, not evidence', () => {
    expect(isEnglishWord('lanes')).toBe(true);
    expect(isEnglishWord('railwy')).toBe(false);
    expect(search.analyze('how many members does rcep have pls thx').unseen).toEqual([]);
  });
  it('a slip of a question word is filler, but not a real word one letter away', () => {
    expect(isSlip('dose', 'does')).toBe(true);
    expect(isSlip('wen', 'when')).toBe(true);
    expect(isSlip('toll', 'tell')).toBe(false);
    expect(isSlip('cook', 'look')).toBe(false);
    expect(isFillerOrTypo('dose')).toBe(true);
    expect(isFillerOrTypo('toll')).toBe(false);
  });
  it('reads "characterise", "portray", "depict" as "describe" is read: how a source puts it, not what it is about', () => {
    expect(isFillerOrTypo('portrayed')).toBe(true);
    expect(answerIds(answer("How does the article characterise RCEP's size?"))).toEqual(
      answerIds(answer("How does the article describe RCEP's size?")),
    );
    expect(answer("How does the article characterise RCEP's size?").kind).not.toBe('none');
  });
  it('reads "Beijing and ASEAN" as China and ASEAN, and "a summit in Beijing" as the city', () => {
    expect(tokenize('Beijing and ASEAN')).toEqual(tokenize('China and ASEAN'));
    expect(tokenize('beijing-asean ties')).toEqual(tokenize('china asean ties'));
    expect(tokenize('a summit in Beijing')).not.toContain('china');
    expect(
      answerIds(answer('How long have Beijing and ASEAN been working together, according to the TROIB piece?'))[0],
    ).toBe('china-asean-dialogue-three-decades');
  });
  it('corrects typos only in words that are not English ("lanes" is not "laos")', () => {
    expect(search.analyze('how many lanes').unseen).toContain(stemOf('lanes'));
    expect(answer('wen did rcep begin').kind).toBe('fact');
  });
});

describe('the asking clause', () => {
  it('is the clause with the question in it', () => {
    expect(askingClause("I'm writing a thesis on rail freight: how long is the China-Laos line?")).toBe(
      'how long is the China-Laos line',
    );
    expect(askingClause('when did rcep start')).toBe('when did rcep start');
  });
  it('keeps an alternative after "or" with the question it completes', () => {
    expect(askingClause('Is the road ahead for CAFTA 3.0 totally smooth, or are there snags?')).toBe(
      'Is the road ahead for CAFTA 3.0 totally smooth, or are there snags?',
    );
    expect(askingClause('I trade rice, or try to. When did RCEP start?')).toBe('When did RCEP start');
  });
  it('context before the question never vetoes the answer', () => {
    const q =
      'hi all, journalist here, writing a piece on cambodia; how many vehicles a day use the phnom penh sihanoukville expressway';
    const analysis = search.analyze(q, { limit: 3 });
    expect(analysis.hits[0]!.coverage).toBeLessThan(askCoverages(q, analysis)[0]!);
    expect(answerIds(answer(q))).toEqual(['ppshv-expressway-daily-traffic']);
  });
});

describe('context around a short ask', () => {
  it('context words the fact holds count for it when the ask itself says little', () => {
    const q = "I'm preparing a talk on regional integration under CAFTA 3.0 and RCEP. How are they connected?";
    const analysis = search.analyze(q, { limit: 3 });
    expect(analysis.hits[0]!.fact.id).toBe('acfta-3-0-builds-on-rcep');
    expect(askCoverages(q, analysis)[0]).toBeGreaterThanOrEqual(ANSWER_COVERAGE);
  });

  it('context the fact holds does not answer an ask about something it does not state', () => {
    expect(answer('The China-Laos Railway opened in December 2021. What does a ticket cost?').kind).toBe('none');
  });
});

describe('answers made of several facts', () => {
  it('a list question gets the whole group, best first', () => {
    const a = answer('which asean countries trade more than 100 billion with china');
    expect(a.kind).toBe('list');
    expect(new Set(answerIds(a))).toEqual(
      new Set([
        'china-vietnam-trade-over-100bn',
        'china-malaysia-trade-over-100bn',
        'china-indonesia-trade-over-100bn',
        'china-thailand-trade-over-100bn',
        'china-singapore-trade-over-100bn',
      ]),
    );
  });
  it('a group member needs the bar, or most of what the best covers when the best is near the bar', () => {
    expect(memberBar(1)).toBeCloseTo(0.44);
    expect(memberBar(0.46)).toBeCloseTo(0.322);
    expect(memberBar(0.46)).toBeLessThan(0.38);
  });
  it('a Chinese list question (哪些) gets the group too', () => {
    const a = answer('哪些东盟国家跟中国的贸易额超过1000亿美元');
    expect(a.kind).toBe('list');
    expect(answerIds(a)).toContain('china-vietnam-trade-over-100bn');
  });
  it('a keyword list asked by "names" gets the group', () => {
    const a = answer('china asean industrial parks names');
    expect(a.kind).toBe('list');
    expect(answerIds(a)).toEqual(expect.arrayContaining(['sihanoukville-sez', 'rayong-industrial-zone']));
  });
  it("a list asked of a named column gets the points drawn from that column's article, then the column", () => {
    const a = answer('评论文章说3.0版有哪些好处？');
    expect(a.kind).toBe('list');
    const ids = answerIds(a);
    expect(ids.slice(0, 3).sort()).toEqual([
      'acfta-3-0-builds-on-rcep',
      'acfta-3-0-supply-chain-resilience',
      'acfta-3-0-trade-facilitation',
    ]);
    // The broad fact that shares the points' tag but not their article stays out.
    expect(ids).toEqual([...ids.slice(0, 3), 'acfta-3-0-china-export-outlook']);
  });
  it('counts the facts drawn first from each source, so a survey of the field is not taken for one article', () => {
    expect(search.drawnFrom.get('http://en.ce.cn/Insight/202505/t20250523_2292647.shtml')).toBe(7);
    expect(search.drawnFrom.get('https://www.troib.com/successful-outcomes-from-china-asean-collaboration')).toBe(25);
  });
  it('a single-fact question is not turned into a list', () => {
    expect(answer('when did rcep start').kind).toBe('fact');
  });
  it('"X and Y" shows both facts', () => {
    expect(new Set(answerIds(answer('when was rcep signed and when did it enter into force')))).toEqual(
      new Set(['rcep-signed', 'rcep-in-force']),
    );
  });
  it('says it does not know, with the nearest facts', () => {
    const a = answer('who won the football world cup');
    expect(a.kind).toBe('none');
  });
});

describe('Chinese questions', () => {
  it("are cut into words (ICU) and answered through the facts' Chinese text", () => {
    expect(answerIds(answer('RCEP是什么时候生效的'))).toEqual(['rcep-in-force']);
    expect(answerIds(answer('3.0版 九个领域'))).toEqual(['acfta-3-0-nine-areas']);
  });
  it('fold traditional characters to simplified before matching', () => {
    expect(answerIds(answer('中老鐵路'))).toEqual(answerIds(answer('中老铁路')));
    expect(answerIds(answer('中老铁路'))).toEqual(['china-laos-railway-opens']);
  });
  it('mixed scripts, full-width punctuation and emoji never break the search', () => {
    for (const q of ['RCEP？！', '🚄中老铁路🚄', 'ＲＣＥＰ　生效', '、，。']) expect(() => answer(q)).not.toThrow();
    expect(answer('、，。').kind).toBe('none');
  });
});

function stemOf(word: string): string {
  return search.analyze(word).terms[0]!.text;
}

describe('a tie on the same evidence', () => {
  const figure = loadSeedFacts().find((f) => f.kind === 'figure')!;
  const bridge = (id: string, title: string, summary: string, unit: string) => ({
    ...figure,
    id,
    title,
    summary,
    unit,
    details: '',
    aliases: [],
    questions: [],
    tags: ['bridge'],
  });
  const tied = new FactSearch([
    bridge('daily', 'Harbour Bridge: 5,000 trucks', 'The Harbour Bridge carries 5,000 trucks.', 'trucks per day'),
    bridge(
      'total',
      'Harbour Bridge: 3,000,000 trucks',
      'More than 3,000,000 trucks have used the Harbour Bridge over the river since it first opened to road traffic.',
      'trucks',
    ),
    bridge('other', 'Ferry line opens', 'A ferry line opened across the bay.', 'lines'),
  ]);
  it('goes to the fact that states what is asked when the best does not', () => {
    const analysis = tied.analyze('how many trucks in total have crossed the harbour bridge', { limit: 3 });
    expect([...analysis.covered[0]!].sort()).toEqual([...analysis.covered[1]!].sort());
    expect(answerIds(answerQuestion(tied, 'how many trucks in total have crossed the harbour bridge'))).toEqual([
      'total',
    ]);
  });
  it('holds when the best covers only a light word more ("since"), and the other states what is asked', () => {
    const q = 'Since the China-Laos railway opened like ten years ago, how many passengers does it take a day now?';
    expect(answerIds(answer(q))[0]).toBe('china-laos-railway-passenger-peak');
  });
});
