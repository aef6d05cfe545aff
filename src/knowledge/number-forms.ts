/**
 * Checks that the numbers, years and dates of an English fact text reappear in its Chinese text, in the forms a
 * Chinese reader expects (2.38 trillion -> 2.38万亿, 329.62 billion -> 3296.2亿, 1 January 2010 -> 2010年1月1日).
 * Pure string work, no locale data: a translated figure that differs from the English is a wrong fact.
 */

/** One number-bearing phrase of the English, and the Chinese spellings that count as saying the same thing. */
export interface NumberClaim {
  /** The English phrase, e.g. "USD 329.62 billion". */
  readonly source: string;
  /** Any one of these, found with number boundaries, satisfies the claim. */
  readonly forms: readonly string[];
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// Capitalised only: "may" the verb is not a month. Abbreviations need no dot.
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

const SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
/** Chinese magnitude units, largest first: 万亿 = 10^12, 亿 = 10^8, 万 = 10^4. */
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
];

const WORDS: Record<string, string[]> = {
  two: ['二', '两', '2'],
  three: ['三', '3'],
  four: ['四', '4'],
  five: ['五', '5'],
  six: ['六', '6'],
  seven: ['七', '7'],
  eight: ['八', '8'],
  nine: ['九', '9'],
  ten: ['十', '10'],
  eleven: ['十一', '11'],
  twelve: ['十二', '12'],
};

const month = (name: string): number => MONTHS[name.toLowerCase()]!;

/** Every number-bearing phrase in `english`, each claimed once (a date's year is not claimed again on its own). */
export function numberClaims(english: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  let rest = english;
  // Consume each match so later, looser patterns do not claim its parts again.
  const take = (pattern: RegExp, toClaims: (m: RegExpExecArray) => NumberClaim[]): void => {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      claims.push(...toClaims(match));
      return ' '.repeat((args[0] as string).length);
    });
  };
  // 19-20 July 1991 -> 1991年7月19日 … 20日
  take(new RegExp(`\\b(\\d{1,2})[-–](\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), (m) => [
    { source: m[0], forms: [`${m[4]}年${month(m[3]!)}月${Number(m[1])}日`] },
    { source: m[0], forms: [`${Number(m[2])}日`] },
  ]);
  // 1 January 2010 / January 1, 2010 -> 2010年1月1日
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), (m) => [
    { source: m[0], forms: [`${m[3]}年${month(m[2]!)}月${Number(m[1])}日`] },
  ]);
  take(new RegExp(`\\b${MONTH} (\\d{1,2}), (\\d{4})\\b`, 'g'), (m) => [
    { source: m[0], forms: [`${m[3]}年${month(m[1]!)}月${Number(m[2])}日`] },
  ]);
  // January-April 2025 -> 2025年1—4月 or 2025年1月至4月
  take(new RegExp(`\\b${MONTH}[-–]${MONTH} (\\d{4})\\b`, 'g'), (m) => [
    { source: m[0], forms: [`${m[3]}年${month(m[1]!)}`] },
    { source: m[0], forms: [`${month(m[2]!)}月`] },
  ]);
  // July 2005 -> 2005年7月
  take(new RegExp(`\\b${MONTH} (\\d{4})\\b`, 'g'), (m) => [{ source: m[0], forms: [`${m[2]}年${month(m[1]!)}月`] }]);
  // A month named alone ("in May and …") -> 5月
  take(new RegExp(`\\b${MONTH}(?![a-z])`, 'g'), (m) => [{ source: m[0], forms: [`${month(m[1]!)}月`] }]);
  // Amounts, percentages, ordinals and plain numbers, with an optional currency before or after.
  take(
    /(?:\b(RMB|USD|US\$)\s?)?(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?:\s?(thousand|million|billion|trillion)\b)?(\s?(?:%|percent\b|per cent\b))?(?:\s(yuan|US dollars|dollars)\b)?/g,
    (m) => {
      const [source, before, whole, fraction, scale, percent, after] = m;
      const currency = currencyOf(before ?? after);
      const forms = magnitudeForms(`${whole!.replace(/,/g, '')}${fraction ?? ''}`, scale ? SCALES[scale]! : 0).map(
        (form) => (percent ? `${form}%` : currency ? `${form}${currency}` : form),
      );
      if (percent) forms.push(...forms.map((f) => f.replace('%', '％')));
      return [{ source: source.trim(), forms }];
    },
  );
  // "two-way trade" names a direction, not a count.
  take(new RegExp(`\\b(${Object.keys(WORDS).join('|')})\\b(?!-way)`, 'gi'), (m) => [
    { source: m[0], forms: WORDS[m[1]!.toLowerCase()]! },
  ]);
  return claims;
}

function currencyOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  return word === 'RMB' || word === 'yuan' ? '元' : '美元';
}

/** "2.38" × 10^12 -> ["2380000000000", "2,380,000,000,000", "2.38万亿", "23800亿", "238000000万"]. */
export function magnitudeForms(decimal: string, exponent: number): string[] {
  // Unscaled, the English spelling stands as written: "3.0" stays "3.0", not "3".
  const plain = exponent === 0 ? decimal : shift(decimal, exponent);
  const forms = [plain];
  if (/^\d{5}/.test(plain)) forms.push(plain.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ',')));
  for (const [unit, power] of UNITS) {
    const scaled = shift(decimal, exponent - power);
    if (!scaled.startsWith('0')) forms.push(`${scaled}${unit}`);
  }
  return forms;
}

/** Exact decimal shift by powers of ten on the digit string (no floating point), without trailing zeros. */
function shift(decimal: string, exponent: number): string {
  const [int = '', frac = ''] = decimal.split('.');
  let digits = int + frac;
  let point = int.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point >= digits.length) digits = digits.padEnd(point, '0');
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

const CN_DIGIT = '零一二两三四五六七八九';
const CN_NUMERAL = CN_DIGIT + '十百千';

/** True when `form` occurs in `text` as a whole quantity, not as part of a larger or longer number. */
export function containsForm(text: string, form: string): boolean {
  return occurrences(text, form).length > 0;
}

/** Start offsets of `form` in `text` where it stands as a whole quantity. */
function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (boundaryBefore(form, text[at - 1] ?? '') && boundaryAfter(form, text.slice(at + form.length))) found.push(at);
  }
  return found;
}

function boundaryBefore(form: string, before: string): boolean {
  if (!before) return true;
  if (/^\d/.test(form)) return !/[\d.]/.test(before); // 329.62 is not 1329.62 nor 0.329
  if (CN_NUMERAL.includes(form[0]!)) return !CN_NUMERAL.includes(before); // 五 is not the 五 of 十五
  return true;
}

function boundaryAfter(form: string, after: string): boolean {
  const next = after[0] ?? '';
  const last = form[form.length - 1]!;
  // A number must not run on into more digits, a decimal part or a bigger unit (10 ≠ 10万, 3.0 ≠ 3.05).
  if (/\d/.test(last)) return !/^(\d|[.,]\d|[十百千万亿])/.test(after);
  if (last === '万') return next !== '亿';
  if (last === '月') return !/\d/.test(next); // "2005年7月" must not grow a day the English never gave
  // A spelled-out word: 三 may head 三十 ("three decades"), but 十 may not run on into 十五, nor anything into 万.
  if (CN_NUMERAL.includes(last)) return !(CN_DIGIT + '百千万亿').includes(next);
  return true;
}

/** The English phrases whose number is missing from the Chinese; empty when every number carried over. */
export function missingNumbers(english: string, chinese: string): string[] {
  return numberClaims(english)
    .filter((claim) => !claim.forms.some((form) => containsForm(chinese, form)))
    .map((claim) => claim.source);
}

/**
 * Arabic numbers in `chinese` that no number of `english` accounts for, e.g. a 1053 where the English says 1,035.
 * Catches a wrong figure even when the right one also appears elsewhere in the text.
 */
export function unexplainedNumbers(english: string, chinese: string): string[] {
  const covered = new Array<boolean>(chinese.length).fill(false);
  for (const claim of numberClaims(english)) {
    for (const form of claim.forms) {
      for (const at of occurrences(chinese, form)) covered.fill(true, at, at + form.length);
    }
  }
  const unexplained: string[] = [];
  for (const m of chinese.matchAll(/\d+(?:[.,]\d+)*/g)) {
    if (covered.slice(m.index, m.index + m[0].length).includes(false)) unexplained.push(m[0]);
  }
  return unexplained;
}
