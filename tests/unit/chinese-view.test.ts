import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { viewHolder } from '../../src/knowledge/search/chinese-view.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const search = new FactSearch(loadSeedFacts());
const ids = (q: string) => answerIds(answerQuestion(search, q));

describe('Chinese questions asking what a named person thinks', () => {
  it('reads the person before 对 … 看法 / 评价 when a title or 本人 marks them', () => {
    expect(viewHolder('李强总理对这份协定有什么看法')).toBe('李强');
    expect(viewHolder('张三先生本人对中老铁路怎么看')).toBe('张三');
    expect(viewHolder('商务部对3.0版怎么评价')).toBeUndefined();
    expect(viewHolder('中老铁路什么时候开通')).toBeUndefined();
  });

  it('refuses a fact that names the person only as acting, and keeps one where they state a view', () => {
    expect(ids('王文涛部长对升级议定书本身有什么评价？')).toEqual([]);
    expect(ids('哈桑·穆罕默德先生对3.0版有什么看法')[0]).toBe('acfta-3-0-china-export-outlook');
  });
});
