import type { FactCheck } from './asked-attribute.js';
import { STATES_GROWTH_EN } from './asked-growth.js';
import { textOf } from './chinese-fact-text.js';

/**
 * What a Chinese question asks of its subject beyond the subject itself (a reason, a growth, an amount in a unit of
 * measure): a fact that names the subject but states nothing of that kind is a near
 * miss, which coverage cannot see because the asked word is a question word or a unit.
 */
export function askedValueChecks(ask: string): FactCheck[] {
  return [reasonCheck(ask), growthCheck(ask), unitCheck(ask)].filter((c): c is FactCheck => c !== undefined);
}

/** 为什么 / 为啥 asks a reason: only a fact that gives one (因为, 得益于, 通过…, "because", "driven by") answers. */
const ASKS_REASON = /为什么|为啥|为何|什么原因|啥原因/;
const STATES_REASON_ZH = /因为|由于|得益于|原因|为何|为什么|所以|因此|通过|推动|带动|受益|归功|促使|使得|为了|目的/;
const STATES_REASON_EN =
  /\b(?:because|due to|owing to|thanks to|driven by|as a result|reasons?|why|so that|in order to)\b/;

function reasonCheck(ask: string): FactCheck | undefined {
  if (!ASKS_REASON.test(ask)) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    return zh ? STATES_REASON_ZH.test(zh) : STATES_REASON_EN.test(en);
  };
}

/**
 * 增长了多少 / 同比增长 / 增幅 / 增速 asks how much something grew: a fact that gives only the amount (贸易额2.38万亿元)
 * and no change states no growth.
 */
const ASKS_GROWTH = /(?:增长|增加|上涨|涨)了?(?:多少|几|百分之几)|增幅|增速|增长率|同比/;
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
