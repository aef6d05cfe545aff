/** Chinese number and date forms: 2021年12月3日, 15周年, 3296.2亿美元, 约17%. Pure, no discord.js. */
import { MONTHS } from '../knowledge/months.js';

const trim = (n: number): string =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false }).format(n);

/** "2021-12-03" → "2021年12月3日", "2021-12" → "2021年12月", "2021" → "2021年". */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return `${y}年`;
  return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`;
}

/** 15 → "15周年". */
export const zhAnniversary = (years: number): string => `${years}周年`;

/** A count in 万 and 亿 as Chinese writes it: 13000 → "1.3万", 329620000000 → "3296.2亿", 980 → "980". */
export function zhCount(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${trim(n / 1e12)}万亿`;
  if (abs >= 1e8) return `${trim(n / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(n / 1e4)}万`;
  return trim(n);
}

/** Qualifiers the base writes in brackets after a unit ("(more than)"), as Chinese puts them before the number. */
const QUALIFIERS: Record<string, string> = {
  'more than': '超过',
  over: '超过',
  nearly: '近',
  almost: '近',
  about: '约',
  around: '约',
  roughly: '约',
  'at least': '至少',
  'up to': '最多',
  peak: '最高',
  average: '平均',
};

/** English unit → the multiplier of the value and the Chinese unit (or a template with {n} where the unit wraps it). */
const UNITS: [RegExp, number, string][] = [
  [/^billion(?: us dollars| usd| dollars)$/i, 1e9, '{n}美元'],
  [/^billion$/i, 1e9, '{n}{currency}'],
  [/^million$/i, 1e6, '{n}{currency}'],
  [/^million(?: us dollars| usd| dollars)$/i, 1e6, '{n}美元'],
  [/^trillion (?:yuan|rmb)$/i, 1e12, '{n}元'],
  [/^billion (?:yuan|rmb)$/i, 1e9, '{n}元'],
  [/^million vehicles$/i, 1e6, '{n}辆'],
  [/^vehicles per day$/i, 1, '日均{n}辆'],
  [/^passengers per day$/i, 1, '单日{n}人次'],
  [/^million passengers$/i, 1e6, '{n}人次'],
  [/^passengers$/i, 1, '{n}人次'],
  [/^consecutive years$/i, 1, '连续{n}年'],
  [/^years$/i, 1, '{n}年'],
  [/^kilometres$/i, 1, '{n}公里'],
  [/^countries and regions$/i, 1, '{n}个国家和地区'],
  [/^member countries$/i, 1, '{n}个成员国'],
  [/^areas$/i, 1, '{n}个领域'],
  [/^percent of world economy$/i, 1, '占世界经济总量的{n}%'],
  [/^percent of china's trade$/i, 1, '占中国外贸总值的{n}%'],
  [/^(?:%|percent)$/i, 1, '{n}%'],
];

/**
 * A figure in Chinese: 329.62 "billion US dollars" → "3296.2亿美元", 17 "percent of China's trade (nearly)" →
 * "占中国外贸总值的近17%". An unknown unit keeps the number in Chinese form and the unit as written.
 */
export function zhFigure(value: number, rawUnit: string, currency?: string): string {
  const m = rawUnit.trim().match(/^(.*?)\s*\(([^()]+)\)$/);
  const key = m?.[2]!.trim().toLowerCase();
  // Own keys only: a unit reading "(constructor)" must not find Object's prototype.
  const qualifier = key && Object.hasOwn(QUALIFIERS, key) ? QUALIFIERS[key]! : '';
  const unit = qualifier ? m![1]!.trim() : rawUnit.trim();
  const known = UNITS.find(([re]) => re.test(unit));
  if (!known)
    return `${qualifier}${zhCount(value)} ${currency && !unit.includes(currency) ? `${currency} ` : ''}${unit}`.trim();
  const [, scale, template] = known;
  const percent = template.includes('%');
  const n = percent ? trim(value) : zhCount(value * scale);
  // "超过3296.2亿美元"; inside a template the qualifier stays next to the number ("日均" + "平均" would repeat).
  const currencyName = currency ? (Object.hasOwn(CURRENCIES, currency) ? CURRENCIES[currency]! : ` ${currency}`) : '';
  // "20%以上" reads better than "超过20%" after 占…的; 近 and 约 stay in front.
  if (percent && qualifier === '超过') return template.replace('{n}%', `${n}%以上`);
  // Inside 日均/单日 templates "平均" would repeat what the template already says.
  const q = qualifier === '平均' && !template.startsWith('{n}') ? '' : qualifier;
  return template.replace('{n}', `${q}${n}`).replace('{currency}', currencyName);
}

const CURRENCIES: Record<string, string> = { USD: '美元', CNY: '元', RMB: '元' };

const month = (name: string) => MONTHS.indexOf(name) + 1;

/** A figure's period in Chinese where its form is known ("2024" → "2024年", "January–April 2025" → "2025年1—4月"). */
export function zhPeriod(period: string): string {
  const p = period.trim();
  const names = MONTHS.join('|');
  let m = p.match(/^(\d{4})$/);
  if (m) return `${m[1]}年`;
  m = p.match(new RegExp(`^(${names})\\s*[-–]\\s*(${names}) (\\d{4})$`));
  if (m) return `${m[3]}年${month(m[1]!)}—${month(m[2]!)}月`;
  m = p.match(new RegExp(`^(${names}) (\\d{4})$`));
  if (m) return `${m[2]}年${month(m[1]!)}月`;
  m = p.match(/^(\d{4})\s*(?:[-–]|to)\s*(\d{4})$/);
  if (m) return `${m[1]}—${m[2]}年`;
  m = p.match(/^Calendar year (\d{4})$/);
  if (m) return `${m[1]}年全年`;
  return Object.hasOwn(PERIODS, p) ? PERIODS[p]! : p;
}

/** The base's free-text periods, in Chinese (a new one shows as written until added here). */
const PERIODS: Record<string, string> = {
  'Annual bilateral trade, as reported in late 2024': '年度双边贸易额，2024年末发布',
  'Combined economic output, as of 2024': '经济总量合计，截至2024年',
  'Chinese section, December 2021 to late 2024': '中国段，2021年12月至2024年末',
  'Full Kunming-Vientiane line': '昆明至万象全线',
  'Network reach, late 2024': '网络覆盖范围，截至2024年末',
  'October 2022 to late 2024 (two years)': '2022年10月至2024年末（两年）',
  'October 2022 to late 2024': '2022年10月至2024年末',
  'Signatories since November 2020': '2020年11月以来的签署方',
  'Scope of the Version 3.0 upgrade protocol': '3.0版升级议定书涵盖范围',
};

/** Party names the base uses, in their standard Chinese forms; others are kept as written. */
const PARTIES: Record<string, string> = {
  China: '中国',
  ASEAN: '东盟',
  Brunei: '文莱',
  Cambodia: '柬埔寨',
  Indonesia: '印度尼西亚',
  Laos: '老挝',
  Malaysia: '马来西亚',
  Myanmar: '缅甸',
  Philippines: '菲律宾',
  Singapore: '新加坡',
  Thailand: '泰国',
  Vietnam: '越南',
  'Viet Nam': '越南',
  Japan: '日本',
  'South Korea': '韩国',
  'Republic of Korea': '韩国',
  Australia: '澳大利亚',
  'New Zealand': '新西兰',
  'ASEAN member states': '东盟成员国',
  'ASEAN Member States': '东盟成员国',
};
export const zhParty = (name: string): string => (Object.hasOwn(PARTIES, name) ? PARTIES[name]! : name);
