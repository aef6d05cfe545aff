/** Questions that ask for several things: an opinion piece's points, a tag's group, a counted set, or a pair. */
import type { Fact } from '../schema.js';
import { ANSWER_COVERAGE } from './answer-bar.js';
import { pairFor } from './answer-parts.js';
import type { Answer } from './answer.js';
import { articlePoints } from './article-points.js';
import { askingClause } from './asking.js';
import { askedThing, countedThing, type AskedThing } from './asked-plural.js';
import { statesAside } from './besides-excepted.js';
import { subjectFigures } from './subject-figures.js';
import { isChinese } from './chinese-clauses.js';
import { countedGroup } from './chinese-which-n.js';
import { crowdedGroup } from './crowded-group.js';
import { columnPoints } from './column-points.js';
import { conceptExamples } from './concept-examples.js';
import type { Analysis, FactSearch, SearchHit } from './engine.js';
import { isFiller, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { answersWhatIsAsked } from './asked-for.js';
import { countriesIn, countryCheck, namesCountry } from './asked-places.js';
import { isSlip } from './filler.js';
import { firstTag } from './tagger-lexicon.js';
import { PLACE_NAMES } from './place-names.js';
import { articleOf } from './fact-groups.js';

/** A group answer lists at most this many facts (a tag shared by more is a topic, not a list). */
const MAX_GROUP = 8;
/** A point of the best fact's article joins its group at this share of its score and of the member bar (even half). */
const POINT_CLOSE = 0.45;
const POINT_COVERAGE = 0.9;
/** A group is meant when at least two of its facts rank close to the best one. */
const GROUP_CLOSE = 0.6;
/**
 * A member covers the bar's share, or this share of what the best covers: a long question's context ("as magnets for
 * business") may be held by one member alone (chosen on the even half).
 */
const MEMBER_COVERAGE = 0.7;
/**
 * A list's best fact covers at least this much of the asking clause, and no member needs more: a little under one
 * answer's bar, since each member names only part of a question that asks for several.
 */
const LIST_COVERAGE = ANSWER_COVERAGE * 0.8;
/** A keyword query is at most this many words. */
const KEYWORD_WORDS = 6;
const LIST_WORD = /\b(which|what|name[sd]?|list)\b/i;
const LIST_SLIPS = ['which', 'list'];
/** Words that ask for things besides some the question names. */
const OTHER_THAN = /\b(?:other|else|besides|apart from|except|aside from)\b|除了|以外|之外|其他|其它/i;
/** "Which aspects / kinds" of a concept (硬联通有哪些方面) asks for its parts, which its own explanation names. */
const ASPECTS = /\b(?:aspects?|kinds?|types?|forms?|dimensions?|categories|parts)\b|方面|类型|种类|形式/i;
/** Chinese asks for several things with 哪些 / 哪几 ("which ones") or 列出 / 列举 ("list"). */
const LIST_WORD_ZH = /哪些|哪几|列出|列举/;

/**
 * The answer to a question that asks for several things, or undefined. A group or a pair answers only what the best
 * fact could: "the average speed of trains" lists no railway facts. Facts that rank together under one tag are
 * evidence for the best of them; only a question that asks for several things ("which cities", 哪些城市) is answered
 * with the group, one that asks for one thing with its first fact.
 */
export function listAnswer(
  search: FactSearch,
  question: string,
  analysis: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
  known: readonly (readonly string[])[],
): Answer | undefined {
  // "All the key stats on X": every figure on each thing named, however few of them the ranking shows.
  const figures = subjectFigures(search, question);
  if (figures) return { kind: 'list', tag: 'figures', facts: figures };
  const best = analysis.hits[0];
  const asking = askingClause(question);
  // "The benefits the columnist lays out": the points of the opinion piece the question names.
  const thing = askedThing(asking);
  const howMany = isChinese(question) ? undefined : countedThing(asking);
  const several = groupShaped(asking) && asksSeveral(asking, thing);
  // "Name the projects given as examples of <a concept>": the facts filed under the concept, not its explanation.
  // A question that sets some instances aside (除了铁路, "besides roads") asks for the rest, left to the group rules.
  const examples =
    several && known.length === 0 && !OTHER_THAN.test(question) && !ASPECTS.test(asking)
      ? conceptExamples(analysis, search.byTag, headIsConcept(thing))
      : undefined;
  if (examples) return { kind: 'list', tag: 'examples', facts: examples };
  const points =
    !isChinese(question) && (several || howMany)
      ? columnPoints(search, analysis, several ? thing : howMany)
      : undefined;
  if (points) return { kind: 'list', tag: 'opinion', facts: points };
  // "china asean industrial parks": a keyword query that holds a plural names a kind, listed when its tag's facts
  // are things of that kind (each names its own place), not facts about one thing ("laos railway passengers").
  const keywords = keywordPlural(question) && best && fits(best);
  const byKind = keywords ? groupFor(search, analysis, coverage, fits, known) : undefined;
  if (byKind && distinctThings(byKind.facts)) return { kind: 'list', tag: byKind.tag, facts: byKind.facts };
  // "Why is the Philippines among the countries that …": a country said to be one of a group it is not in. The
  // group, listed, corrects it.
  const outsider = outsiderOfGroup(search, question, asking, analysis, coverage, known);
  if (outsider) return { kind: 'list', ...outsider };
  // "The three upsides": a counted set of one article's facts under one tag (reached when no opinion piece is named).
  // The number picks the set, before a tag's group or a crowd of facts the words share ("three" draws in the 2025
  // milestones).
  const counts = articlePoints(question, analysis, search, fits);
  if (counts) return { kind: 'list', ...counts };
  const group =
    groupShaped(asking) && best && fits(best)
      ? (byKind ?? groupFor(search, analysis, coverage, fits, known))
      : undefined;
  if (group) {
    // "Which zones are in Cambodia and Laos": a member in another country is left out.
    const inCountries = countryCheck(asking);
    const members = group.facts
      .filter(namesAskedThing(analysis, thing))
      .filter((f) => inCountries === undefined || inCountries(f));
    if (members.length >= 2 && asksSeveral(asking, thing)) return { kind: 'list', tag: group.tag, facts: members };
    // A group of an article's points lists the best fact last; one fact asked for is the best one, when it is a member.
    const first = best && members.includes(best.fact) ? best.fact : (members[0] ?? group.facts[0]!);
    return { kind: 'fact', fact: first, others: group.facts.filter((f) => f !== first).slice(0, 3) };
  }
  const crowded =
    groupShaped(asking) && asksSeveral(asking, thing) && coverage[0]! >= LIST_COVERAGE
      ? crowdedGroup(analysis, search.byTag, fits, known, MAX_GROUP)
      : undefined;
  if (crowded) return { kind: 'list', ...crowded };
  const counted = countedGroup(question, analysis, search.byTag, fits, GROUP_CLOSE);
  if (counted) return { kind: 'list', ...counted };
  // "X and Y": two facts, one for each.
  return pairFor(search, question);
}

/** "Is X among / one of / on the list of / part of the …", "why is X …": X is said to be a member of a group. */
const MEMBER_OF =
  /^\s*(?:why\s+)?(?:is|are|was|were|isn['’]?t|aren['’]?t)\s+(?:the\s+)?([a-z][a-z ]*?)\s+(?:also\s+)?(?:among|one\s+of|on\s+the\s+list\s+of|part\s+of|included\s+in|in)\s+(?:the\s+)?[a-z]/i;

/**
 * The group a country is said to belong to, when none of its members names the country: the members answer what the
 * question assumes. (A member that does name it is the country's own fact, for the usual rules.) The question is
 * judged without "why": the members state who is in the group, not why an outsider is.
 */
function outsiderOfGroup(
  search: FactSearch,
  question: string,
  asking: string,
  analysis: Analysis,
  coverage: readonly number[],
  known: readonly (readonly string[])[],
): { tag: string; facts: Fact[] } | undefined {
  const subject = isChinese(question) ? undefined : MEMBER_OF.exec(asking)?.[1];
  const countries = subject ? countriesIn(subject).filter((c) => !WEAK_TOKENS.has(c)) : [];
  if (countries.length === 0) return undefined;
  const fits = answersWhatIsAsked(asking.replace(/^\s*why\s+/i, ''), analysis);
  const best = analysis.hits[0];
  if (!best || !fits(best)) return undefined;
  const group = groupFor(search, analysis, coverage, fits, known);
  if (!group || group.facts.some((f) => countries.some((c) => namesCountry(f, c)))) return undefined;
  return group;
}

/** An English question of a few keywords, no question word or verb, one of them a plural ("… parks …"). */
function keywordPlural(question: string): boolean {
  if (isChinese(question)) return false;
  // A trailing "list" or "names" only says a list is wanted ("industrial parks asean china list").
  const words = (question.toLowerCase().match(/[a-z0-9.-]+/g) ?? []).filter(
    (w, i, all) => i < all.length - 1 || !/^(?:list|names)$/.test(w),
  );
  return (
    words.length >= 2 &&
    words.length <= KEYWORD_WORDS &&
    askedThing(words.join(' ')) === undefined &&
    words.some((w) => /[^s]s$/.test(w) && firstTag(w) === 'NNS') &&
    words.every((w) => !/^(?:VB|MD)/.test(firstTag(w) ?? ''))
  );
}

/**
 * Facts about different things of one kind: each names a place no other one names (a zone in each country, trade
 * with each partner), or no word is in every one's title; not several facts about one thing, which all name it and
 * its places ("laos railway passengers").
 */
function distinctThings(facts: readonly Fact[]): boolean {
  const titles = facts.map((f): string[] => f.title.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  if (!titles[0]!.some((w) => titles.every((t) => t.includes(w)))) return true;
  const places = titles.map((t) => t.filter((w) => PLACE_NAMES.has(w)));
  return places.every((own, i) => own.some((p) => places.every((other, j) => j === i || !other.includes(p))));
}

/** "Which …s", "what … months", "… names", 哪些: a question word and a plural, the shape of a group question. */
function groupShaped(asking: string): boolean {
  if (LIST_WORD_ZH.test(asking)) return true;
  const words = asking.toLowerCase().split(/[^a-z]+/);
  // A slip of the list word ("wich", "lsit") still asks for a list.
  if (!LIST_WORD.test(asking) && !words.some((w) => LIST_SLIPS.some((l) => isSlip(w, l)))) return false;
  if (words.some((w) => w.length > 4 && /[^s]s$/.test(w) && !/(ss|us|is|ous)$/.test(w) && !isFiller(w))) return true;
  // "What traffic numbers": a generic plural the question word governs, after a noun that says of what, asks for
  // several of them ("which two places" leaves the count to its own rule, chinese-which-n.ts and the checks).
  const thing = askedThing(asking);
  const modifier = thing?.plural ? thing.words.at(-2) : undefined;
  return modifier !== undefined && firstTag(modifier) === 'NN' && !isFiller(modifier);
}

/**
 * Whether a group-shaped question asks for several things: what its question word governs is plural ("which
 * cities", "name the zones"), not some other noun ("over what time span did it log 10 million vehicles"). 哪些 asks
 * for several things, and a phrase without a question word ("park names") lists what it names.
 */
function asksSeveral(asking: string, thing: AskedThing | undefined): boolean {
  return LIST_WORD_ZH.test(asking) || (thing?.plural ?? true);
}

/** Whether the head of the asked thing ("which connectivity types" has none of its own) is a word of the concept's tag. */
function headIsConcept(thing: AskedThing | undefined): (concept: Fact) => boolean {
  const head = thing?.words.at(-1)?.replace(/s$/, '');
  return (concept) => head !== undefined && concept.tags.some((t) => t.split('-').includes(head));
}

/** The coverage a fact needs to join a group whose best fact covers `best` of the asking clause. */
export function memberBar(best: number): number {
  return Math.min(LIST_COVERAGE, best * MEMBER_COVERAGE);
}

/**
 * The tag whose facts rank together at the top, with those of its facts that answer as the best one does (they clear
 * the bar and state what is asked), best-ranked first.
 */
function groupFor(
  search: FactSearch,
  { hits }: Analysis,
  coverage: readonly number[],
  fits: (hit: SearchHit) => boolean,
  excepted: readonly (readonly string[])[],
): { tag: string; facts: Fact[] } | undefined {
  const best = hits[0];
  if (!best || coverage[0]! < LIST_COVERAGE) return undefined;
  const bar = memberBar(coverage[0]!);
  const covers = (i: number) => coverage[i]! >= bar;
  // Only facts that state what is asked ("what percentage …" needs percentages) make a group.
  const close = hits.filter((h, i) => h.score >= best.score * GROUP_CLOSE && covers(i) && fits(h));
  // Points drawn from the article the best fact reports (its thesis) may rank and cover less than it does.
  const points = hits.filter(
    (h, i) =>
      h !== best &&
      h.score >= best.score * POINT_CLOSE &&
      coverage[i]! >= bar * POINT_COVERAGE &&
      fits(h) &&
      sameArticle(search, h.fact, best.fact),
  );
  let chosen: { tag: string; facts: Fact[]; count: number; points: boolean } | undefined;
  for (const tag of new Set([...close, ...points].flatMap((h) => h.fact.tags))) {
    // 除了X，还有哪些: the facts stating X are what the question already knows, not part of the list.
    const tagged = (search.byTag.get(tag) ?? []).filter((f) => !statesAside(f, excepted));
    // A tag most close facts share names the kind asked for, even when the best fact (a text that mentions the kind
    // in passing, and that the question does not name) lacks it. When the question names it, the group is the
    // tag's points of the best fact's own article.
    const byPoints = !best.fact.tags.includes(tag) && (best.named > 0 || excepted.length > 0);
    if (byPoints && excepted.length > 0) continue;
    const facts = byPoints ? tagged.filter((f) => sameArticle(search, f, best.fact)) : tagged;
    if (facts.length < 2 || facts.length > MAX_GROUP) continue;
    const count = (byPoints ? points : close).filter((h) => facts.includes(h.fact)).length;
    if (count < 2) continue;
    if (!chosen || count > chosen.count || (count === chosen.count && facts.length < chosen.facts.length))
      chosen = { tag, facts, count, points: byPoints };
  }
  if (!chosen) return undefined;
  const rank = new Map(hits.map((h, i) => [h.fact.id, i]));
  const facts = [...chosen.facts].sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
  return { tag: chosen.tag, facts: chosen.points ? [...facts, best.fact] : facts };
}

/**
 * A member of a list names the thing asked for, by a word of its phrase ("which cities are the hubs" lists no fact
 * that names no city, however it shares the corridor's tag), when the best fact does. Only a ranked fact is judged:
 * one the search did not rank has shown no evidence either way.
 */
function namesAskedThing(analysis: Analysis, thing: AskedThing | undefined): (fact: Fact) => boolean {
  const words = new Set(tokenizeQuery(thing?.words.join(' ') ?? '').map((t) => t.token));
  const asked = analysis.terms.filter((t) => words.has(t.text)).map((t) => t.text);
  const named = (i: number) => i < 0 || asked.some((t) => analysis.covered[i]!.has(t));
  if (!named(0)) return () => true;
  return (fact) => named(analysis.hits.findIndex((h) => h.fact === fact));
}

/**
 * Two facts drawn first from one article (a column and the points it makes). A source that more facts than a group
 * lists are drawn from surveys the whole field rather than making points of one view.
 */
function sameArticle(search: FactSearch, a: Fact, b: Fact): boolean {
  const url = articleOf(a);
  if (!url || url !== articleOf(b)) return false;
  return (search.drawnFrom.get(url) ?? 0) <= MAX_GROUP;
}
