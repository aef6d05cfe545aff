import { describe, expect, it } from 'vitest';
import {
  containsForm,
  magnitudeForms,
  missingNumbers,
  numberClaims,
  unexplainedNumbers,
} from '../../src/knowledge/number-forms.js';

describe('magnitudeForms', () => {
  it('spells an amount in 万, 亿 and 万亿 exactly, without float noise', () => {
    expect(magnitudeForms('2.38', 12)).toEqual([
      '2380000000000',
      '2,380,000,000,000',
      '2.38万亿',
      '23800亿',
      '238000000万',
    ]);
    expect(magnitudeForms('329.62', 9)).toContain('3296.2亿');
    expect(magnitudeForms('982.3', 9)).toContain('9823亿');
    expect(magnitudeForms('100000', 0)).toEqual(['100000', '100,000', '10万']);
    expect(magnitudeForms('13000', 0)).toContain('1.3万');
    expect(magnitudeForms('12808', 0)).toContain('1.2808万');
    expect(magnitudeForms('10', 6)).toContain('1000万');
  });

  it('keeps a small number as written', () => {
    expect(magnitudeForms('3.0', 0)).toEqual(['3.0']);
    expect(magnitudeForms('1035', 0)).toEqual(['1035']);
  });
});

describe('numberClaims', () => {
  it('reads dates as Chinese dates and does not claim their year twice', () => {
    expect(numberClaims('in force on 1 January 2010.').map((c) => c.forms)).toEqual([['2010年1月1日']]);
    expect(numberClaims('signed in July 2005').map((c) => c.forms)).toEqual([['2005年7月']]);
    expect(numberClaims('held 19-20 July 1991').map((c) => c.forms)).toEqual([['1991年7月19日'], ['20日']]);
    expect(numberClaims('Jan–Apr 2025').map((c) => c.forms)).toEqual([['2025年1'], ['4月']]);
    expect(numberClaims('finished in May').map((c) => c.forms)).toEqual([['5月']]);
  });

  it('does not take the verb "may" or words like "Market" for months', () => {
    expect(numberClaims('it may help the Market and the Declaration')).toEqual([]);
  });

  it('carries currency and percent into the forms', () => {
    expect(numberClaims('about USD 329.62 billion')[0]!.forms).toContain('3296.2亿美元');
    expect(numberClaims('RMB 2.38 trillion')[0]!.forms).toContain('2.38万亿元');
    expect(numberClaims('close to 17 percent')[0]!.forms).toEqual(['17%', '17％']);
    expect(numberClaims('its 15th anniversary')[0]!.forms).toEqual(['15']);
  });

  it('counts spelled-out numbers from two to twelve', () => {
    expect(numberClaims('four straight years').map((c) => c.forms)).toEqual([['四', '4']]);
    expect(numberClaims('someone often wrote')).toEqual([]);
    expect(numberClaims('two-way trade')).toEqual([]);
  });
});

describe('containsForm', () => {
  it('matches a whole quantity only', () => {
    expect(containsForm('约3296.2亿美元', '3296.2亿美元')).toBe(true);
    expect(containsForm('约13296.2亿美元', '3296.2亿美元')).toBe(false);
    expect(containsForm('10万人次', '10')).toBe(false);
    expect(containsForm('约10小时', '10')).toBe(true);
    expect(containsForm('3.05版', '3.0')).toBe(false);
    expect(containsForm('2.38万亿元', '2.38万')).toBe(false);
    expect(containsForm('2005年7月1日', '2005年7月')).toBe(false);
    expect(containsForm('十五年', '五')).toBe(false);
    expect(containsForm('东盟十五国', '十')).toBe(false);
    expect(containsForm('东盟十国', '十')).toBe(true);
    expect(containsForm('三十多年', '三')).toBe(true);
  });
});

describe('missingNumbers', () => {
  const english =
    'Trade totalled RMB 2.38 trillion (about USD 329.62 billion) over January-April 2025, close to 17% of the total.';
  const right = '2025年1—4月贸易额2.38万亿元（约合3296.2亿美元），约占总额的17%。';

  it('passes a faithful Chinese text', () => {
    expect(missingNumbers(english, right)).toEqual([]);
    expect(missingNumbers(english, right.replace('1—4月', '1月至4月'))).toEqual([]);
  });

  it('catches a decimal point in the wrong place', () => {
    expect(missingNumbers(english, right.replace('3296.2亿', '329.62亿'))).toEqual(['USD 329.62 billion']);
  });

  it('catches a wrong currency, digit, unit, date or percentage', () => {
    expect(missingNumbers(english, right.replace('3296.2亿美元', '3296.2亿元'))).toEqual(['USD 329.62 billion']);
    expect(missingNumbers(english, right.replace('2.38万亿', '2.39万亿'))).toEqual(['RMB 2.38 trillion']);
    expect(missingNumbers(english, right.replace('2.38万亿', '2.38亿'))).toEqual(['RMB 2.38 trillion']);
    expect(missingNumbers(english, right.replace('1—4月', '1—5月'))).toEqual(['January-April 2025']);
    expect(missingNumbers(english, right.replace('17%', '71%'))).toEqual(['17%']);
    expect(missingNumbers('on 1 January 2010', '2010年1月10日')).toEqual(['1 January 2010']);
    expect(missingNumbers('peaked at 100,000 a day', '最高达100万人次')).toEqual(['100,000']);
    expect(missingNumbers('its 15th anniversary', '16周年')).toEqual(['15th']);
    expect(missingNumbers('four straight years', '连续五年')).toEqual(['four']);
  });

  it('accepts the usual Chinese forms', () => {
    expect(missingNumbers('about 13,000 vehicles a day', '日均约1.3万辆')).toEqual([]);
    expect(missingNumbers('more than 10 million vehicles', '超过1000万辆')).toEqual([]);
    expect(missingNumbers('marked its 15th anniversary', '迎来15周年')).toEqual([]);
    expect(missingNumbers('the ten ASEAN states', '东盟十国')).toEqual([]);
    expect(missingNumbers('held 19-20 July 1991', '1991年7月19日至20日举行')).toEqual([]);
  });
});

describe('unexplainedNumbers', () => {
  it('finds a figure the English never gave, even beside the right one', () => {
    const english = 'The line is 1,035 km long. It is 1,035 km from Kunming to Vientiane.';
    expect(unexplainedNumbers(english, '全长1035公里，昆明至万象1035公里。')).toEqual([]);
    expect(unexplainedNumbers(english, '全长1053公里，昆明至万象1035公里。')).toEqual(['1053']);
  });

  it('accounts for numbers inside dates, ranges and Chinese units', () => {
    expect(unexplainedNumbers('RMB 2.38 trillion in January-April 2025', '2025年1—4月为2.38万亿元')).toEqual([]);
    expect(unexplainedNumbers('RMB 2.38 trillion in January-April 2025', '2025年1—5月为2.38万亿元')).toEqual(['5']);
    expect(unexplainedNumbers('the first ten members', '首批10个成员')).toEqual([]);
  });
});
