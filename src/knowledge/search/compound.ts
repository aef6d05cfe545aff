import { ASKS, chineseQuestionPair, isChinese } from './chinese-clauses.js';
import { WEAK_TOKENS } from './normalize.js';
import { isEnglishWord } from './english-words.js';
import { isSlip } from './filler.js';
import { PLACE_NAMES } from './place-names.js';
import { orderedEvents } from './asked-order.js';

/**
 * Where a second question starts in a message that asks two things, beyond "X and Y" (answer.ts): a second question
 * mark, or a connective that opens a new ask ("also", "in addition", 另外, 此外, 还有 …). Each part is then answered
 * on its own.
 */

/** English words that open a question. */
const ASKS_EN =
  /^(?:what|whats|what's|when|which|who|whose|why|where|how|is|are|was|were|do|does|did|has|have|can|could|will|would|tell|name|list)\b/i;
/** "…, also what …", "Also, …", "In addition, …", "… Plus, …": a second ask after a clause boundary. */
const ALSO_EN = /(?:[,;.?!]\s*|\s)(?:and\s+)?(?:also|in addition|additionally|plus|besides)\b,?\s*/i;
/**
 * "…, and how long has it run?", "… and when did it open": "and" before a question word opens a second ask (after a
 * comma, so may a yes/no one: "…, and does it link to Thailand?").
 */
const AND_ASK_EN =
  /(?:[,;]\s*(?:and|&)\s+(?=(?:what|whats|what's|when|which|who|whose|why|where|how|is|are|was|were|do|does|did|has|have|can|could|will|would)\b)|\s(?:and|&)\s+(?=(?:what|whats|what's|when|which|who|whose|why|where|how)\b))/i;
/** "X vs Y" compares two things: both are asked about. */
const VERSUS = /\s(?:vs\.?|versus)\s/i;
/** "… and vice versa": the same question again with its two parties swapped. */
const VICE_VERSA = /,?\s*(?:and|&)\s+vice[\s-]+versa\b[?.!]*/i;
/** Chinese connectives that open a second ask after a clause boundary (另外 "besides", 还有 "and also" …). */
const ALSO_ZH = /[，,；;。]\s*(?:另外|此外|还有|并且|同时|而且|再者|以及)[，,]?/;

/** A second question that opens on a pronoun (它 / it) asks about the first one's subject. */
const REFERS_BACK = /^(?:[它其该此这那他她]|(?:it|its|it's|they|their|them|this|that|he|she|his|her)\b)/i;
/** How much of a fact's name each part of a comparison ("X vs Y") must hold: both things are named, not asked about. */
const VERSUS_NAMED = 0.75;

export interface CompoundSplit {
  parts: [string, string];
  /** How much of a fact's name each part's answer must hold (0: none); a comparison's parts are both answered or neither. */
  named: number;
  /** A split read from a looser cue ("…, and how …"): answered only when both parts are, else as one question. */
  bothOrWhole?: true;
}

export function refersBack(part: string): boolean {
  return REFERS_BACK.test(part.trim());
}

function asksEnglish(clause: string): boolean {
  return ASKS_EN.test(clause.trim()) || /\?\s*$/.test(clause);
}

/**
 * Two English questions in one message, each its own sentence ("When did RCEP start? How many members does it
 * have?", "Tell me about RCEP. When did it start?"); sentences that ask nothing are context for the first.
 */
function englishQuestionPair(question: string): [string, string] | undefined {
  const sentences = question
    .split(/(?<=[.?!])\s+(?=[a-z])/i)
    .map((p) => p.trim())
    .filter((p) => /[a-z0-9]{2,}/i.test(p));
  const asking = sentences.filter(asksEnglish);
  if (asking.length !== 2) return undefined;
  const context = sentences.filter((p) => !asking.includes(p));
  const strip = (p: string) => p.replace(/[.?!]+$/, '');
  return [strip([...context, asking[0]!].join(' ')), strip(asking[1]!)];
}

function splitAt(question: string, marker: RegExp): [string, string] | undefined {
  const m = marker.exec(question);
  if (!m || m.index === 0) return undefined;
  const left = question.slice(0, m.index).trim();
  const right = question.slice(m.index + m[0].length).trim();
  return left && right ? [left, right] : undefined;
}

/**
 * "听说有A，还有B，能介绍一下吗": the connective adds a second thing, and the ask after it is about both, so each part
 * keeps the ask and the second part is the added thing alone.
 */
function sharedAsk([left, right]: [string, string]): [string, string] {
  const cut = right.search(/[，,]/);
  if (cut < 0) return [left, right];
  const [added, ask] = [right.slice(0, cut), right.slice(cut + 1)];
  return !ASKS.test(added) && ASKS.test(ask) ? [`${left}，${ask}`, added] : [left, right];
}

/** "How long has China been ASEAN's top partner" → "How long has ASEAN been China's top partner". */
function swapParties(question: string): string | undefined {
  const party = (w: string) => WEAK_TOKENS.has(w.toLowerCase()) || PLACE_NAMES.has(w.toLowerCase());
  const found = [...question.matchAll(/[a-z]+/gi)].filter((m) => party(m[0]));
  const [a, b] = [found[0], found.find((m) => m[0].toLowerCase() !== found[0]?.[0].toLowerCase())];
  if (!a || !b) return undefined;
  const [i, j] = [a.index, b.index];
  return question.slice(0, i) + b[0] + question.slice(i + a[0].length, j) + a[0] + question.slice(j + b[0].length);
}

/** "The difference between X and Y", "how do X and Y differ": a comparison asks about both things. */
const DIFFERENCE =
  /\b(?:differences?|distinction|contrast)\s+between\s+(?:the\s+)?([^?.!,]+?)\s+(?:and|&)\s+(?:the\s+)?([^?.!,]+)|\bhow\s+(?:do|does)\s+(?:the\s+)?([^?.!,]+?)\s+(?:and|&)\s+(?:the\s+)?([^?.!,]+?)\s+differ\b/i;

/**
 * The two things a comparison names; "hard and soft connectivity" shares its noun, so a one-word first thing takes
 * the second's words after its own first one ("hard connectivity").
 */
function differenceBetween(question: string): [string, string] | undefined {
  const m = DIFFERENCE.exec(withCueSpelling(question));
  if (!m) return undefined;
  const [a, b] = [(m[1] ?? m[3])!.trim(), (m[2] ?? m[4])!.trim()];
  const rest = headAfterModifier(b);
  return [/\s/.test(a) || !rest ? a : `${a} ${rest}`, b];
}

/** The words a comparison is recognised by, so that a slip of one ("diffrence", "betwen") is read as it. */
const COMPARISON_CUES = ['difference', 'differences', 'distinction', 'contrast', 'between', 'differ'];

function withCueSpelling(question: string): string {
  return question.replace(/[a-z]{5,}/gi, (word) => {
    const lower = word.toLowerCase();
    if (isEnglishWord(lower)) return word;
    return COMPARISON_CUES.find((cue) => isSlip(lower, cue)) ?? word;
  });
}

/** A phrase that opens on its own modifier ("soft connectivity", "the 'soft' side"): the modifier, then its head. */
const MODIFIED_HEAD = /^(?:the\s+)?(['‘"“]?[a-z0-9][a-z0-9.-]*['’"”]?)\s+(?!of\b|in\b|for\b|on\b)([a-z].*)$/i;

/** What a phrase's first word modifies ("connectivity" of "soft connectivity"), shared by a modifier before it. */
export function headAfterModifier(phrase: string): string | undefined {
  return MODIFIED_HEAD.exec(phrase.trim())?.[2];
}

/** The two questions a message asks, when a second question or a connective that opens one says so. */
export function splitCompound(question: string): CompoundSplit | undefined {
  const asked = (parts: [string, string] | undefined) => (parts ? { parts, named: 0 } : undefined);
  if (isChinese(question)) {
    const also = splitAt(question, ALSO_ZH);
    const parts = also && sharedAsk(also);
    // The part before the connective asks too: "铁路已经开通，还有多久到曼谷" is one question with context.
    return asked(chineseQuestionPair(question) ?? (parts && ASKS.test(parts[0]) ? parts : undefined));
  }
  const pair = englishQuestionPair(question);
  if (pair) return asked(pair);
  // "Did A come before or after B": when each happened, both or neither (asked-order.ts).
  const order = orderedEvents(question);
  if (order) return { parts: order, named: 0, bothOrWhole: true };
  const once = question.replace(VICE_VERSA, '').trim();
  const swapped = once !== question.trim() ? swapParties(once) : undefined;
  if (swapped) return asked([once, swapped]);
  const versus = splitAt(question, VERSUS) ?? differenceBetween(question);
  if (versus) return { parts: versus, named: VERSUS_NAMED };
  const also = splitAt(question, ALSO_EN);
  // "Also" must open an ask ("…, also when was it signed"), not qualify a verb or noun ("does it also cover services",
  // "what does it cover in addition to tariffs?").
  if (also && ASKS_EN.test(also[1])) return asked(also);
  const and = splitAt(question, AND_ASK_EN);
  return and && { parts: and, named: 0, bothOrWhole: true };
}
