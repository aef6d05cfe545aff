import type { FactCheck } from './asked-attribute.js';
import { STATES_GROWTH_EN } from './asked-growth.js';
import { textOf } from './chinese-fact-text.js';
import { claimedNumbers, statesNumberIn } from './claimed-numbers.js';

/**
 * What a Chinese question asks of its subject beyond the subject itself (a reason, a growth, an amount in a unit of
 * measure): a fact that names the subject but states nothing of that kind is a near
 * miss, which coverage cannot see because the asked word is a question word or a unit.
 */
export function askedValueChecks(ask: string): FactCheck[] {
  return [reasonCheck(ask), growthCheck(ask), unitCheck(ask), speedCheck(ask), totalCheck(ask), dailyCheck(ask)].filter(
    (c): c is FactCheck => c !== undefined,
  );
}

/**
 * 为什么 / 为啥 asks a reason: only a fact that gives one (因为, 得益于, 通过…, "because", "driven by") answers, or one that
 * corrects a number the question takes as given.
 */
const ASKS_REASON = /为什么|为啥|为何|什么原因|啥原因/;
const STATES_REASON_ZH = /因为|由于|得益于|原因|为何|为什么|所以|因此|通过|推动|带动|受益|归功|促使|使得|为了|目的/;
const STATES_REASON_EN =
  /\b(?:because|due to|owing to|thanks to|driven by|as a result|reasons?|why|so that|in order to)\b/;

function reasonCheck(ask: string): FactCheck | undefined {
  if (!ASKS_REASON.test(ask)) return undefined;
  const claimed = claimedNumbers(ask);
  return (fact) => {
    const { zh, en } = textOf(fact);
    // "为什么东盟已经连续15年…": a number the fact does not state is a premise it corrects, which answers too.
    if (claimed.some((n) => !statesNumberIn(zh || en, n))) return true;
    return zh ? STATES_REASON_ZH.test(zh) : STATES_REASON_EN.test(en);
  };
}

/**
 * 增长了多少 / 多了多少 / 同比增长 / 增幅 / 增速 asks how much something grew: a fact that gives only the amount
 * (贸易额2.38万亿元) and no change states no growth.
 */
const ASKS_GROWTH =
  /(?:增长|增加|上涨|涨|多|少)了(?:多少|几|百分之几)|(?:增长|增加|上涨|涨)(?:多少|几|百分之几)|增幅|增速|增长率|同比/;
const STATES_GROWTH_ZH = /增长|增加|增至|增到|增幅|增速|上涨|上升|提高|翻番|翻了|涨|降|下降|减少|从\d/;

function growthCheck(ask: string): FactCheck | undefined {
  if (!ASKS_GROWTH.test(ask)) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    return zh ? STATES_GROWTH_ZH.test(zh) : STATES_GROWTH_EN.test(en);
  };
}

/**
 * 多少吨 / 几公里 / 多少公顷 asks an amount in a unit of measure: only a fact that states a number in that unit answers
 * it (the routes a line reaches are no tonnage).
 */
const UNITS = '吨|公里|千米|公顷|平方米|平方公里|平方千米|公斤|千克|立方米|标箱|米';
const ASKS_UNIT = new RegExp(`(?:多少|几)(?:万|亿)?(${UNITS})`);

function unitCheck(ask: string): FactCheck | undefined {
  const unit = ASKS_UNIT.exec(ask)?.[1];
  if (!unit) return undefined;
  const states = new RegExp(`\\d[\\d.,]*\\s*(?:多|余)?\\s*(?:万|亿)?\\s*(?:多|余)?${unit}`);
  return (fact) => {
    const { zh } = textOf(fact);
    // No Chinese text: left to coverage.
    return !zh || states.test(zh);
  };
}

/**
 * 时速多少 / 限速多少 / 跑多快 asks a speed, as "how fast" does in English (value-type-checks.ts): only a fact that states
 * one (时速160公里, 160 km/h) answers it; the road's length or opening date is a near miss.
 */
// Not the pace of growth or work (增长速度, 建设速度), nor how soon one gets there (开车多快能到, a travel time).
const ASKS_SPEED = /时速|限速|车速|(?<!增长|发展|建设|推进|增)速度|(?:跑|开|有)得?多快(?!能|就|可以|到)/;
const STATES_SPEED_ZH = /时速\s*(?:约|最高|达到?)?\s*\d|\d[\d.]*\s*(?:公里|千米)\s*[/每]\s*(?:小时|时)/;
const STATES_SPEED_EN = /\d[\d,.]*\s*(?:km\s*\/\s*h|kph|mph|kilomet(?:er|re)s?\s+(?:per|an)\s+hour)/;

function speedCheck(ask: string): FactCheck | undefined {
  if (!ASKS_SPEED.test(ask)) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    return zh ? STATES_SPEED_ZH.test(zh) : STATES_SPEED_EN.test(en);
  };
}

/**
 * 累计多少 / 一共多少 / 总共几 asks a running total, as "in total" / "so far" does in English (period-checks.ts): a daily
 * figure (a peak or an average per day) gives no sum.
 */
const ASKS_TOTAL = /(?:累计|总共|一共|总计|合计|共计).*(?:多少|几)|(?:多少|几).*(?:累计|总共|一共|总计|合计|共计)/;
const ASKS_DAILY = /日均|每天|每日|一天|单日|日客流|日发送/;
const PER_DAY = /\bper\s+day\b|\ba\s+day\b|\bdaily\b/i;

function totalCheck(ask: string): FactCheck | undefined {
  if (!ASKS_TOTAL.test(ask) || ASKS_DAILY.test(ask)) return undefined;
  return (fact) => fact.kind !== 'figure' || !PER_DAY.test(`${fact.unit} ${fact.title}`);
}

/**
 * 每天多少 / 日均几 asks a figure per day, as "per day" / "daily" does in English: a fact that states no daily figure
 * (when the road opened, how long it is) is a near miss, though it names the road and the traffic.
 */
const ASKS_FIGURE = /多少|几/;
const STATES_DAILY_ZH = /日均|每天|每日|一天|单日|日客流|日发送/;

function dailyCheck(ask: string): FactCheck | undefined {
  if (!ASKS_DAILY.test(ask) || !ASKS_FIGURE.test(ask)) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    return STATES_DAILY_ZH.test(zh) || PER_DAY.test(`${en} ${fact.kind === 'figure' ? fact.unit : ''}`);
  };
}
