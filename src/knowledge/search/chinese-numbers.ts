/**
 * Chinese numerals as digits, so that 九大领域 meets 9个领域, 前四个月 meets 1—4月 and 十五年 meets 15年: the base writes
 * counts both ways, and the general stopword list drops 一 … 九, 年 and 月 as words of their own. Only numerals that
 * count something (followed by a measure word, a unit or 多/余) or that rank (after 第 / 前 / 头) are read, so that
 * words holding a numeral character (统一, 一体化, 万象) stay as they are.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A numeral with what may stand before it; what follows is checked apart (a lookahead here would backtrack). */
const NUMERAL = /(第|前|头|近)?([零〇一二两三四五六七八九十百千]+)(?:点([零〇一二三四五六七八九]+))?/gu;
/**
 * What follows a count: measure words, time units, 大 (九大领域), approximations (三十多年), rounds (九轮), and the
 * magnitudes and units the base writes after digits (一千亿美元 / 1000亿美元, 两万人次 / 2万人次, 公里).
 */
const COUNTED = /^[个年月日天国项大种条家次辆位名周多余座趟届份批所艘架轮万亿公倍场期]/;
/** A percentage in words (百分之十七), which the base writes as 17%. */
const PERCENT = /百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/gu;
const RANKS = new Set(['第', '前', '头']);
/** Longer runs of numeral characters are no count anyone writes. */
const MAX_NUMERAL = 8;

/** The value of a numeral (三十五 = 35, 二〇二五 = 2025, 两 = 2), or undefined when it is not one. */
export function numeralValue(text: string): number | undefined {
  const chars = Array.from(text);
  // Digit by digit (二〇二五): no units at all.
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit: number | undefined;
  for (const c of chars) {
    // 一千零三十五: 零 only holds the place of a skipped unit.
    if ((c === '零' || c === '〇') && digit === undefined && total > 0) continue;
    if (c in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[c]!;
    } else {
      // 十五: a unit with no digit before it counts one of it.
      total += (digit ?? 1) * UNITS[c]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

/** A run of Chinese text with its counting numerals as digits (一 alone only when it ranks: 第一, 前一). */
export function digitsForNumerals(text: string): string {
  const percents = text.replace(PERCENT, (match, numeral: string, fraction: string | undefined) => {
    const value = withFraction(numeral, fraction);
    return value === undefined ? match : `${value}%`;
  });
  return percents.replace(NUMERAL, (match, before: string | undefined, numeral: string, ...rest: unknown[]) => {
    const [fraction, offset] = rest as [string | undefined, number];
    const prefix = before ?? '';
    const counts = COUNTED.test(percents.slice(offset + match.length, offset + match.length + 1));
    if (!counts && !RANKS.has(prefix)) return match;
    // 一个 / 一年 mostly say "a" (一个问题), not a count of one.
    if ((numeral === '一' && !prefix && !fraction) || numeral.length > MAX_NUMERAL) return match;
    const value = withFraction(numeral, fraction);
    return value === undefined ? match : `${prefix}${value}`;
  });
}

/** A numeral with its decimal part read digit by digit (十五点九 = 15.9, 二点三八 = 2.38), as the base writes it. */
function withFraction(numeral: string, fraction: string | undefined): string | undefined {
  const whole = numeralValue(numeral);
  if (whole === undefined) return undefined;
  return fraction ? `${whole}.${Array.from(fraction, (c) => DIGITS[c]).join('')}` : `${whole}`;
}
