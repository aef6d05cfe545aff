import { ownText, type FactCheck } from './asked-attribute.js';

/**
 * "What was China’s total foreign trade", "the total world economy": the whole itself is asked, not a part of
 * it. A fact that names the whole only as what a share is of ("17% of all Chinese foreign trade", "a quarter of the
 * world economy") gives the part, not the whole: a near miss, though it holds every word asked.
 */
const WHOLES: [RegExp, RegExp][] = [
  [
    /\b(?:total|overall|entire|whole)\s+(?:[a-z]+['’]s\s+)?(?:foreign|external)\s+trade\b/i,
    /\b(?:foreign|external)\s+trade\b/g,
  ],
  [
    /\b(?:total|overall|entire|whole)\s+(?:size\s+of\s+the\s+)?(?:world|global)\s+(?:economy|gdp)\b/i,
    /\b(?:world|global)\s+(?:economy|gdp)\b/g,
  ],
];
/** The question asks a part after all ("what share of China’s total foreign trade", "compared to the world economy"). */
const ASKS_PART =
  /\b(?:share|percent(?:age)?|per\s+cent|proportion|portion|fraction|part|how\s+big\s+a|compar\w*|relative|against|versus|vs)\b|%/i;
/** "… of (all) (China's / Chinese) foreign trade": the whole a share is of. */
const OF_WHOLE = /\bof\s+(?:(?:the|all|its|their)\s+)?(?:[a-z]+['’]s\s+|chinese\s+|asean\s+)?$/;

export function wholeAmountCheck(asking: string): FactCheck | undefined {
  if (ASKS_PART.test(asking)) return undefined;
  const stated = WHOLES.find(([asked]) => asked.test(asking))?.[1];
  if (!stated) return undefined;
  return (fact) => {
    const text = ownText(fact);
    return [...text.matchAll(stated)].some((m) => !OF_WHOLE.test(text.slice(Math.max(0, m.index - 40), m.index)));
  };
}
