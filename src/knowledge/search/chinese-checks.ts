import type { Fact } from '../schema.js';
import { versionsIn, type FactCheck } from './asked-attribute.js';
import { chineseAsk, isChinesePersonWord } from './chinese-asking.js';
import { englishSenses } from './chinese-english.js';
import { digitsForNumerals } from './chinese-numbers.js';
import { toSimplified } from './chinese.js';
import { tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { COUNTRIES } from './place-names.js';
import { askedValueChecks } from './chinese-value-checks.js';
import { textOf } from './chinese-fact-text.js';
import { roleCheck } from './chinese-role.js';
import { viewCheck } from './chinese-view.js';

const HAN = /\p{Script=Han}/u;

/**
 * The checks a Chinese question's asking part calls for, computed once per question; near misses that coverage
 * cannot see because the fact names everything the question does except what it asks.
 */
export function chineseChecks(question: string): FactCheck[] {
  if (!HAN.test(question)) return [];
  const ask = digitsForNumerals(toSimplified(chineseAsk(question).ask));
  const simplified = toSimplified(question);
  const checks = [
    exactCheck(ask),
    whichOfCountCheck(ask),
    placeCheck(ask),
    priceKindCheck(ask),
    tariffCutCheck(ask),
    directInvestmentCheck(ask),
    takesCheck(ask),
    ...askedValueChecks(ask),
    versionCheck(ask),
    roleCheck(simplified),
    viewCheck(simplified),
  ];
  return checks.filter((c): c is FactCheck => c !== undefined);
}

/**
 * 具体是多少 / 确切数字: a figure the fact gives only as a bound ("more than USD 100 billion") does not answer a
 * question asking for the exact value (as "exactly how much" in English, see value-type-checks.ts).
 */
const EXACT = /具体|确切|精确|准确/;
const FIGURE_ASKED = /多少|几/;
const DATE_ASKED = /哪年|哪一年|哪天|哪一天|几月|几号|几日|什么时候|何时|啥时候/;
const BOUND = /\((?:more than|over|about|around|nearly|almost|at least|under|less than)\)/i;

function exactCheck(ask: string): FactCheck | undefined {
  if (!EXACT.test(ask) || !FIGURE_ASKED.test(ask) || DATE_ASKED.test(ask)) return undefined;
  return (fact) => fact.kind !== 'figure' || !BOUND.test(fact.unit);
}

/**
 * 那7个港口是哪些: a question that states a count and asks which things it counts wants the list; a figure fact
 * whose value is that count gives the number only, unless its text enumerates (马来西亚、印度尼西亚、泰国).
 */
const WHICH = /哪些|哪几|是哪|有哪/;
const STATED_COUNT = /(\d+)\s*(?:个|家|座|条|项|种|所|位|名|国)/g;

function whichOfCountCheck(ask: string): FactCheck | undefined {
  if (!WHICH.test(ask)) return undefined;
  const counts = new Set([...ask.matchAll(STATED_COUNT)].map((m) => Number(m[1])));
  if (counts.size === 0) return undefined;
  return (fact) => fact.kind !== 'figure' || !counts.has(fact.value) || textOf(fact).zh.includes('、');
}

/**
 * A country or capital the question names (a word whose CC-CEDICT sense is a countries-list name: 缅甸 "Myanmar",
 * 马尼拉 "Manila") must be named by the fact, in either language. A question checking a premise (…吗, 是不是, 没错吧)
 * may name the wrong place on purpose, and the fact that corrects it answers it. The base's own subject (China, a
 * weak token) is named by its facts whether their text says so or not.
 */
export const PREMISE = /吗|吧|是不是|对不对|是否|有没有|没错|真的/;
let placeNames: Set<string> | undefined;

/** The countries-list name of the country or capital a Chinese word names, if any. */
export function placeOf(word: string): string | undefined {
  const names = (placeNames ??= new Set(COUNTRIES.flatMap((c) => [c.name, c.capital].filter(Boolean))));
  return englishSenses(word)
    .map((sense) => sense.split(/[,;(]/)[0]!.trim().replace(/^the /, ''))
    .find((name) => names.has(name) && !WEAK_TOKENS.has(name));
}

/** Whether a Chinese word names a country or capital (CC-CEDICT → countries-list), the base's own subject aside. */
export function namesPlace(word: string): boolean {
  return placeOf(word) !== undefined;
}

function placeCheck(ask: string): FactCheck | undefined {
  if (PREMISE.test(ask)) return undefined;
  const words = tokenizeQuery(ask).map((t) => t.token);
  // A place right before a kind of person (巴基斯坦作者, 泰国记者) says who the person is, not where the fact is.
  const places = words
    .filter((w, i) => HAN.test(w) && !isChinesePersonWord(words[i + 1] ?? ''))
    .flatMap((w) => {
      const place = placeOf(w);
      return place ? [{ word: w, place }] : [];
    });
  if (places.length === 0) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    return places.every((p) => zh.includes(p.word) || en.includes(p.place));
  };
}

/**
 * 停车费多少 / 门票价多少 / 停车费怎么算 asks for one kind of price (a CC-CEDICT word ending in 费 or 价): a fact answers it only when
 * an amount of money stands in a clause naming that price; the cost of building a car park is no parking fee.
 */
const PRICE_KIND = /\p{Script=Han}{1,2}[费价]/gu;
const GENERAL_PRICE = /^(?:花费|收费|消费|免费|经费|评价|代价|物价|价)$/;
const MONEY_ZH = /\d[\d,.]*\s*[万亿]*\s*(?:美元|元|人民币|块|基普|瑞尔|泰铢)/;
// 怎么算 / 收费标准 / 贵不贵 ask the price as much as 多少 does.
const ASKS_AMOUNT = /多少|几|价格|费用|(?:怎么|怎样|如何)(?:收|算|定|交)|标准|贵/;

function priceKind(ask: string): string | undefined {
  for (const m of ask.matchAll(PRICE_KIND)) {
    const chars = Array.from(m[0]);
    for (let start = 0; start < chars.length - 1; start++) {
      const word = chars.slice(start).join('');
      if (!GENERAL_PRICE.test(word) && englishSenses(word).length > 0) return word;
    }
  }
  return undefined;
}

/**
 * 关税降了多少 / 关税具体降多少: how far tariffs fall is a rate, which a fact gives as a percentage or as zero
 * tariffs (as "how much are tariffs cut" in English, see asked-attribute.ts); one that only names the tariff talks is a
 * near miss.
 */
const ASKS_TARIFF_CUT =
  /关税.{0,6}(?:降|减|削减|下调|取消).{0,4}(?:多少|几成|百分之几)|(?:降|减)了?多少.{0,4}关税|关税(?:税率)?(?:是|有)?多少/;
const STATES_TARIFF_RATE = /\d\s*(?:%|percent\b|per\s+cent\b)|\b(?:zero|duty-free|tariff-free)\b|％|零关税|百分之/i;

/** What a fact says beyond its names, in English and Chinese: where a rate or a measure is stated. */
const statedText = (fact: Fact) => `${fact.summary} ${fact.details ?? ''} ${textOf(fact).zh}`;

function tariffCutCheck(ask: string): FactCheck | undefined {
  if (!ASKS_TARIFF_CUT.test(ask)) return undefined;
  return (fact) => STATES_TARIFF_RATE.test(statedText(fact));
}

/** 直接投资 (FDI): a measure of its own, which only a fact that names it states (as "FDI" in English). */
const DIRECT_INVESTMENT = /直接投资|\bfdi\b|direct\s+investment/i;

function directInvestmentCheck(ask: string): FactCheck | undefined {
  if (!DIRECT_INVESTMENT.test(ask)) return undefined;
  return (fact) => DIRECT_INVESTMENT.test(statedText(fact));
}

function priceKindCheck(ask: string): FactCheck | undefined {
  if (!ASKS_AMOUNT.test(ask)) return undefined;
  const kind = priceKind(ask);
  if (!kind) return undefined;
  return (fact) => {
    const { zh } = textOf(fact);
    // No Chinese text: left to the English money check.
    return !zh || zh.split(/[，,。；;]/).some((clause) => clause.includes(kind) && MONEY_ZH.test(clause));
  };
}

/**
 * 要几天 / 需要多久 / 花几个小时: how long something takes is answered only by a fact that states a length of time in
 * hours, minutes or days (全程约10.5小时), as "how long does it take" in English (value-type-checks.ts). A fact that names
 * the route but not its travel time is a near miss. (多久了, how long since, is read off a date and is left alone.)
 */
const ASKS_TAKES =
  /(?:要|需要|得|花|用|耗时|耗费)了?(?:上)?(?:大概|大约|约|一般)?(?:(?:几|多少)个?(?:小时|钟头|分钟|天)|多久(?!了)|多长时间(?!了))/;
// A span of years or months (头2年, 3个月) is a length of time too; a year or month of the calendar (2024年, 10月) is not.
const STATES_TAKES_ZH =
  /(?:\d[\d.]*|[一二两三四五六七八九十半])\s*个?多?(?:小时|钟头|分钟|天)|(?<!\d)\d{1,2}\s*(?:个多?月|多?年(?!\d|代))/;
const STATES_TAKES_EN =
  /\d[\d.,]*\s*(?:hours?|hrs?|minutes?|mins?|days?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|minutes?|days?)\b/;

function takesCheck(ask: string): FactCheck | undefined {
  if (!ASKS_TAKES.test(ask)) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    return zh ? STATES_TAKES_ZH.test(zh) : STATES_TAKES_EN.test(en);
  };
}

/**
 * 3.0版, 2.0版: a question that names a version asks about it, and a fact that names it in neither language (the
 * first FTA's early harvest) is a near miss, as in English (asked-attribute.ts).
 */
function versionCheck(ask: string): FactCheck | undefined {
  const asked = versionsIn(ask);
  if (asked.size === 0) return undefined;
  return (fact) => {
    const { zh, en } = textOf(fact);
    const stated = versionsIn(`${zh} ${en}`);
    return [...asked].every((v) => stated.has(v));
  };
}
