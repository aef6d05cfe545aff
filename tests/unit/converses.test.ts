import { describe, expect, it } from 'vitest';
import { loadSeedFacts } from '../../src/knowledge/load-facts.js';
import { answerIds, answerQuestion } from '../../src/knowledge/search/answer.js';
import { countedThing } from '../../src/knowledge/search/asked-for.js';
import { areConverses, asksBothWays } from '../../src/knowledge/search/converses.js';
import { FactSearch } from '../../src/knowledge/search/engine.js';

const facts = loadSeedFacts();
const search = new FactSearch(facts);
const byId = (id: string) => facts.find((f) => f.id === id)!;
const CHINA_FOR_ASEAN = 'china-asean-largest-trading-partner-15-years';
const ASEAN_FOR_CHINA = 'asean-china-largest-trading-partner-4-years';

describe('converse facts', () => {
  it('one relation in both directions: same kind, unit and tags, another owner in the title', () => {
    expect(areConverses(byId(CHINA_FOR_ASEAN), byId(ASEAN_FOR_CHINA))).toBe(true);
    expect(areConverses(byId(CHINA_FOR_ASEAN), byId('china-asean-trade-2024'))).toBe(false);
    expect(areConverses(byId('rcep-signed'), byId('rcep-in-force'))).toBe(false);
  });
  it('the owner the question names picks the direction, whatever else the converse matches', () => {
    const a = answerQuestion(search, "For how many years straight has China been ASEAN's number one trade buddy?");
    expect(answerIds(a)[0]).toBe(CHINA_FOR_ASEAN);
  });
  it('a question that names each owner in the possessive gets both facts', () => {
    const q = "How long has China been ASEAN's biggest trading partner compared with how long ASEAN has been China's?";
    expect(answerIds(answerQuestion(search, q)).slice(0, 2).sort()).toEqual([ASEAN_FOR_CHINA, CHINA_FOR_ASEAN]);
    // "China's been" is "China has been": one owner asked, one fact.
    expect(
      answerIds(answerQuestion(search, "China's been ASEAN's biggest trading partner for 10 years, right?")),
    ).toEqual([CHINA_FOR_ASEAN]);
  });
  it('a question asked both ways gets both facts', () => {
    expect(asksBothWays('how do they rank as trading partners for each other')).toBe(true);
    expect(asksBothWays('how do they rank as trading partners')).toBe(false);
    const a = answerQuestion(search, 'How do China and ASEAN rank as trading partners for each other?');
    expect(new Set(answerIds(a))).toEqual(new Set([CHINA_FOR_ASEAN, ASEAN_FOR_CHINA]));
  });
  it('a Chinese question naming two owners each before the other asks both ways', () => {
    expect(asksBothWays('中国给东盟、东盟给中国各当了几年头号伙伴')).toBe(true);
    expect(asksBothWays('中國當東盟的最大夥伴幾年了，東盟當中國的呢')).toBe(true);
    expect(asksBothWays('中国对东盟的贸易额和东盟的出口')).toBe(false);
    // 做 / 是 relate them too.
    expect(asksBothWays('中国是东盟的头号伙伴几年了，东盟是中国的头号伙伴几年了')).toBe(true);
    expect(asksBothWays('中国做东盟最大贸易伙伴有多久了')).toBe(false);
    const a = answerQuestion(search, '中国对东盟、东盟对中国各是几年的最大贸易伙伴');
    expect(new Set(answerIds(a))).toEqual(new Set([CHINA_FOR_ASEAN, ASEAN_FOR_CHINA]));
  });
});

describe('counted time', () => {
  it('"how many years straight" counts years, not "straight"', () => {
    expect(countedThing('how many years straight has it led')).toEqual(['year']);
    expect(countedThing('how many years running')).toEqual(['year']);
  });
});
