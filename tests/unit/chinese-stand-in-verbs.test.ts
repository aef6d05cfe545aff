import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { isChineseProVerb } from '../../src/knowledge/search/chinese.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('Chinese stand-in verbs and lone characters known only from example questions', () => {
  it('knows 搞, 弄 and 整 with or without a glued particle, and no longer verb that holds them', () => {
    for (const w of ['搞', '搞了', '弄的', '整']) expect(isChineseProVerb(w)).toBe(true);
    for (const w of ['搞好', '整体', '合作']) expect(isChineseProVerb(w)).toBe(false);
  });
  it('a "how many years" question phrased with 搞 or 弄 finds the fact that states the span', () => {
    // One example question of another fact uses 搞了; that wording must not decide the answer.
    expect(ids('中国东盟对话都搞了几十年了？')).toEqual(['china-asean-dialogue-three-decades']);
    expect(ids('中国东盟合作弄了多少年')).toEqual(['china-asean-dialogue-three-decades']);
    expect(ids('中国跟东盟打交道搞了多少年了')).toEqual(['china-asean-dialogue-three-decades']);
  });
  it('does not answer with the fact whose example question happens to say 搞了', () => {
    expect(ids('中国东盟一起合作搞了多久了')).not.toContain('hard-connectivity-ports-air-pipelines');
  });
  it('a lone character only example questions hold counts less than one the facts themselves write', () => {
    const share = (q: string, word: string) => search.analyze(q).terms.find((t) => t.text === word)?.share ?? 0;
    const q = '中老铁路开通后坐火车的人变多了吗';
    // 坐 (to ride) appears only in example questions; 老 (of 中老) is in the facts' own text.
    expect(share(q, '坐')).toBeLessThan(share(q, '老'));
  });
});
