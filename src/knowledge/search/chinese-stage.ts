import { chineseAsk } from './chinese-asking.js';
import { englishSenses } from './chinese-english.js';
import { toSimplified } from './chinese.js';
import { tokenizeQuery } from './normalize.js';
import { ASKED_PHRASES, ASKED_WORDS, type Stage } from './stage-words.js';

/**
 * The stage a Chinese question asks, read through CC-CEDICT: a word whose main sense is an English stage verb (启动
 * "to start", 结束 "to end", 签署 "to sign", 生效 "to come into force") asks that stage, so the English stage words
 * serve both languages.
 */
const STAGES = Object.keys(ASKED_WORDS) as Stage[];
/** Verbs a gloss says a stage with beyond the English asking words ("to end" is a verb in a gloss, seldom in a question). */
const GLOSS_VERBS: Partial<Record<Stage, readonly string[]>> = { end: ['end'], start: ['establish'] };

const glossCache = new Map<string, Stage[]>();
/** Questions bring new words without end: the cache starts over past this many. */
const CACHE_SIZE = 5000;

/** The stages a Chinese word's main senses name: "to <verb>" with a stage verb, or a stage phrase. */
function glossStages(word: string): Stage[] {
  let stages = glossCache.get(word);
  if (stages === undefined) {
    // The first gloss of each sense: later ones drift (建设 "to build; …; to establish", 开发 "to exploit; to open up").
    const senses = englishSenses(word).map((s) => s.split(';')[0]!.trim());
    stages = STAGES.filter((stage) =>
      senses.some((gloss) => {
        const verb = /^to\s+([a-z]+)/.exec(gloss)?.[1];
        const verbs = [...ASKED_WORDS[stage], ...(GLOSS_VERBS[stage] ?? [])];
        return (verb !== undefined && verbs.includes(verb)) || ASKED_PHRASES[stage].test(gloss);
      }),
    );
    if (glossCache.size >= CACHE_SIZE) glossCache.clear();
    glossCache.set(word, stages);
  }
  return stages;
}

/**
 * 开通以来, 生效后, 谈判完成的时候, 通车两年…多少: a stage that dates what is asked is not itself asked (通车几年了 and
 * 开通三年了吗 ask the time since it, so the stage).
 */
const DATES_WHAT_IS_ASKED =
  /^的?(?:以来|以后|之后|后|时候|时|之前|以前|前|(?:这|那)?[两一二三四五六七八九十\d]+(?:个)?(?:年|月|天).*(?:多少|几))/;

/**
 * 对谈判结束怎么评价 / 对通车有何看法: what 对 introduces is the topic of a view or a response asked (how, what view),
 * so a stage inside it is what is judged, not what is asked.
 */
const TOPIC = /(?<![面针相绝反核应])对(?![外于比话])(.+?)(?:是|又|都)?(?:怎么|如何|怎样|咋|有何|有什么|持什么)/g;

function inTopic(ask: string, at: number): boolean {
  for (const m of ask.matchAll(TOPIC)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (at >= start && at < start + m[1]!.length) return true;
  }
  return false;
}

/** The one stage the asking part of a Chinese question asks, with the words that ask it; none when two or none. */
export function chineseAskedStage(question: string): { stage: Stage; words: string[] } | undefined {
  const ask = toSimplified(chineseAsk(question).ask);
  const found = new Map<Stage, string[]>();
  let from = 0;
  for (const { raw } of tokenizeQuery(ask)) {
    const at = ask.indexOf(raw, from);
    if (at >= 0) from = at + raw.length;
    if (!/\p{Script=Han}/u.test(raw)) continue;
    if (at >= 0 && DATES_WHAT_IS_ASKED.test(ask.slice(at + raw.length))) continue;
    if (at >= 0 && inTopic(ask, at)) continue;
    for (const stage of glossStages(raw)) found.set(stage, [...(found.get(stage) ?? []), raw]);
  }
  const [only, ...more] = [...found];
  return only && more.length === 0 ? { stage: only[0], words: only[1] } : undefined;
}
