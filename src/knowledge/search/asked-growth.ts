import type { FactCheck } from './asked-attribute.js';
import { textOf } from './chinese-fact-text.js';

/** A change stated in English: grew, rose, climbed, increased, up 9%, doubled, fell, from 20,000 to 100,000. */
export const STATES_GROWTH_EN =
  /\b(?:gr[eo]w(?:n|th|s|ing)?|rose|ris(?:e[sn]?|ing)|increas\w*|up\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?\d|jump\w*|climb\w*|soar\w*|surg\w*|doubl\w*|tripl\w*|fell|fall(?:s|ing)?|decreas\w*|decline\w*|drop\w*|from\s+(?:about\s+|around\s+)?\d[\d,.]*\s*\S*\s+to\b)/;

/**
 * "What was the year-on-year growth", "by how much did trade rise": the question asks a change, as 同比增长 does in
 * Chinese (chinese-value-checks.ts). A fact that gives only the level (RMB 2.38 trillion) or a share (17% of the
 * total) and no change is a near miss.
 */
const ASKS_GROWTH =
  /\byear[\s-]+on[\s-]+year\b|\by-?o-?y\b|\bgrowth\b|\bby\s+how\s+much\b|\bhow\s+(?:much|fast)\s+(?:\S+\s+){1,6}?(?:grow|grew|grown|rise|rose|risen|increase[d]?|expand(?:ed)?)\b/i;

export function growthCheck(asking: string): FactCheck | undefined {
  if (!ASKS_GROWTH.test(asking)) return undefined;
  return (fact) => STATES_GROWTH_EN.test(textOf(fact).en);
}
