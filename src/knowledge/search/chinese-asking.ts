import { ASKS, isChinese } from './chinese-clauses.js';
import { englishSenses } from './chinese-english.js';
import { tokenizeQuery } from './normalize.js';
import { isPersonWord } from './person-words.js';

/**
 * The part of a Chinese question that asks, and the context around it (我在写一份报告，…; 作为一名出口商，…). Chinese
 * context clauses often name the subject (柬埔寨首都通往海港的那条高速修好以后，对两地往来有什么影响), so context is
 * kept as evidence for the facts that hold it, but never counts against one.
 */
export interface ChineseAsk {
  ask: string;
  context: string[];
}

/**
 * Phrases that hand over to the question (请问, 想知道, 帮我查一下, 告诉我 …): what follows them asks, what comes before
 * them (and they themselves) is context.
 */
const LEAD_IN =
  /(?:我?(?:很|就|还)?想(?:要)?(?:知道|了解|问问?|请教|确认|查查?)(?:一?下)?|请问(?:一?下)?|问一?下|请教一下?|(?:麻烦|劳驾)(?:你|您)?|(?:请|能|可以)?(?:你|您)?帮(?:我|忙)(?:查|看|找|问|确认|了解)?(?:一下|下)?|(?:请|能|可以|能否|能不能)?(?:你|您)?告诉我(?:一下)?)/g;
const CLAUSE_END = /[，,。；;！!？?：:\n]+/;

/**
 * A pronoun or demonstrative (它, 其, 这个协议, 该项目) in the asking part points back into the context, which is then
 * part of what is asked. A piece of writing (那篇评论, 这篇文章: 篇 counts only writings) is the source being asked
 * about, not something the context named; nor does a span of time up to now (这几年, 这段时间) point back.
 */
const POINTS_BACK = /[它其这那该此]/;
const NOT_POINTING =
  /这(?:[几两些]年|[几两]个月|段时间|阵子)|其他|其余|尤其|极其|因此|此外|彼此|如此|那么|[这那该此]篇/g;

function pointsBack(ask: string): boolean {
  return POINTS_BACK.test(ask.replace(NOT_POINTING, ''));
}

function namesSomething(text: string): boolean {
  return tokenizeQuery(text).length > 0;
}

/** The asking part and the context of a Chinese question. */
export function chineseAsk(question: string): ChineseAsk {
  const found = chineseAskForCoverage(question);
  return found.context.length > 0 && pointsBack(found.ask) ? { ask: question, context: [] } : found;
}

/**
 * For coverage: the asking part and context even when the ask points back (…，它有多少成员). What the pointer stands for
 * is named in the context, whose words already count for the facts that hold them; the framing around it (从企业的角度
 * 看) names nothing asked and should not count against the fact that answers.
 */
export function chineseAskForCoverage(question: string): ChineseAsk {
  // The last hand-over phrase that something asking follows.
  const leads = [...question.matchAll(LEAD_IN)].reverse();
  for (const m of leads) {
    const after = question.slice(m.index + m[0].length);
    if (namesSomething(after)) return { ask: after, context: [question.slice(0, m.index + m[0].length)] };
  }
  const clauses = question
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter(Boolean);
  const asking = clauses.map((c) => ASKS.test(c));
  if (clauses.length <= 1 || !asking.includes(true)) return { ask: question, context: [] };
  // A clause that asks but names nothing (是多少？) asks about the clause before it.
  asking.forEach((a, i) => {
    if (a && i > 0 && !namesSomething(clauses[i]!.replace(ASKS, ''))) asking[i - 1] = true;
  });
  return {
    ask: clauses.filter((_, i) => asking[i]).join('，'),
    context: clauses.filter((_, i) => !asking[i]),
  };
}

/**
 * A Chinese word for a kind of person (学生, 记者, 出口商, 大学生): a gloss of CC-CEDICT's main sense ends in an English noun
 * that names only a kind of person (WordNet's noun.person, see person-words.ts). In context it says who asks.
 */
export function isChinesePersonWord(word: string): boolean {
  return englishSenses(word)
    .flatMap((sense) => sense.split(';'))
    .some((gloss) => {
      const last = gloss
        .split(/[^a-z]+/)
        .filter(Boolean)
        .at(-1);
      return last !== undefined && isPersonWord(last);
    });
}

/** A person word followed by 是谁, 叫什么, 是哪国人 is who is asked about (那篇评论的作者是谁), not who asks. */
const ASKED_PERSON = /^(?:是谁|叫(?:什么|啥)|是哪)/;

/** A Chinese question without the words of its context that say who asks (see asker.ts). */
export function withoutChineseAsker(question: string): string {
  if (!isChinese(question)) return question;
  const { context } = chineseAsk(question);
  let out = question;
  for (const part of context) {
    let cleaned = part;
    for (const { raw } of tokenizeQuery(part))
      if (isChinesePersonWord(raw) && !ASKED_PERSON.test(part.slice(part.indexOf(raw) + raw.length)))
        cleaned = cleaned.replace(raw, '');
    if (cleaned !== part) out = out.replace(part, cleaned);
  }
  return out;
}
