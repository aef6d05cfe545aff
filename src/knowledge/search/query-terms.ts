import Fuse from 'fuse.js';
import { HanOverlap, isChineseProVerb, withoutEdgeParticles } from './chinese.js';
import { ChineseSynonyms } from './chinese-synonyms.js';
import { unseenShare } from './chinese-pos.js';
import { recutUnseen } from './chinese-recut.js';
import { splitJoined } from './joined-words.js';
import { withoutSpeltOutNames } from './spelt-out.js';
import { glossTokens } from './chinese-english.js';
import { isEnglishWord } from './english-words.js';
import { isFillerOrTypo, isSlip } from './filler.js';
import { isFiller, isSourceWord, stem, tokenizeQuery, WEAK_TOKENS } from './normalize.js';
import { isPersonWord } from './person-words.js';
import { PLACE_NAMES } from './place-names.js';
import type { QueryTerm, Variant } from './search-types.js';
import { adjectiveBases, englishReading, englishUnseenShare, nounBeforeLess } from './unseen-english.js';
import { WH } from './asking.js';
import { NONE_OWNED, ownedInContext } from './asker.js';
import { frequencyRank } from './word-frequency.js';
import type { Vocabulary } from './vocabulary.js';

/** Words read of one question (the ranking's per-fact scratch has room for this many). */
export const MAX_QUERY_TOKENS = 24;
/** fuse.js over the vocabulary, for typos (the vocabulary's filter passes what this threshold can match). */
export const VOCABULARY_FUSE_OPTIONS = {
  includeScore: true,
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
};
const HAN = /\p{Script=Han}/u;

/** How much an unseen content word weighs against every fact, relative to the rarest known word. */
const UNSEEN_WEIGHT = 1.5;
const MAX_SHORTHAND = 4;
/** A Chinese word met through shared characters counts at most this much of an exact match. */
const HAN_OVERLAP = 0.8;
/**
 * An unseen Chinese word met through an English gloss of it (CC-CEDICT) counts at most this much of an exact match,
 * times how rare the English word is in the base (chosen on the even halves of dev-zh and dev-zh2: 0.5 gains nothing,
 * 0.7 to 0.9 the same).
 */
const GLOSS_WEIGHT = 0.7;
/**
 * The same for a Chinese word the base knows, times this (chosen on the even halves of dev-zh and dev-zh2: 0.3 to 1
 * the same).
 */
const SEEN_GLOSS = 0.5;
/**
 * An unseen Chinese word met through a synonym the base holds (see ChineseSynonyms) counts at most this much of an
 * exact match, times how rare the synonym is in the base (chosen on the even halves of the Chinese sets: 0.4 the same,
 * 1 answers one more out-of-scope question).
 */
const SYNONYM_WEIGHT = 0.7;
/**
 * A Chinese word the base knows but made of function characters only counts this much of its IDF (chosen on the even
 * halves of the Chinese sets: 0.25 the same, 0 loses dev-zh6 and dev-zh7).
 */
const FUNCTION_WORD_WEIGHT = 0.5;
/**
 * A lone Chinese character the base knows only from its example questions (搞, 坐, 稳) rephrases a question (an
 * everyday verb, or a piece the segmenter cut off a word) rather than naming what is asked: it counts this much of its
 * IDF, so that one example question's wording does not outweigh the fact that says what is asked (chosen on the even
 * halves: 0.25 and 0.35 gain more there but cost the odd half, 0.65 gains less).
 */
const QUESTION_ONLY_CHARACTER = 0.5;
/** A one-slip correction fuse.js missed counts this much of an exact match. */
const SLIP_WEIGHT = 0.75;
/** fuse.js candidates read per typo, of which the two best that pass the checks are kept. */
const TYPO_CANDIDATES = 8;
/** An English word this long may still be a one-letter slip of a word of the base ("agrement"). */
const LONG_WORD = 7;
const ENGLISH_SLIP = 0.15;
/** An English question that checks something ("is it true …", "does X …?", "… right?") rather than asking for it. */
const YES_NO =
  /^\s*(?:is|are|was|were|does|do|did|has|have|had|can|will|would)\b|\bis\s+it\s+true\b|\b(?:right|correct|true)\s*\?\s*$/i;
const NUMBER = /^\d[\d.,]*%?$/;

/**
 * Nouns that ask what something is or does rather than name a thing ("what role does X play", "what does X mean in
 * this context", "why is it a big deal in terms of size"): when the base has never seen them they say nothing either way.
 */
const DESCRIPTION_ASKED = new Set(
  `role roles context contexts meaning significance purpose importance point idea concept definition gist overview
  background terms`.split(/\s+/),
);

/**
 * A year a yes/no question checks ("did RCEP start in 2019?") is the asker's guess: it counts this much, so a fact that
 * merely mentions that year does not outrank the one about the act asked (chosen on the development sets: 0.25 the same).
 */
const YEAR_CHECKED = 0.5;
const YEAR = /^(?:19|20)\d\d$/;

/** A comparative or superlative read as its adjective, or a "-less" word as its noun, counts this much of an exact match. */
const COMPARATIVE_WEIGHT = 0.9;

/**
 * Chat shorthand and short unfixable slips ("rn", "tbh", "yrs", "btwn"): at most MAX_SHORTHAND letters, not English,
 * not a place or bloc. Longer unknown words are usually names (a port, a bridge, another agreement).
 */
function isChatNoise(word: string): boolean {
  return (
    word.length <= MAX_SHORTHAND &&
    !YEAR.test(word) &&
    !HAN.test(word) &&
    !PLACE_NAMES.has(word) &&
    !isEnglishWord(word)
  );
}

/**
 * "FDI", "WTO": a short word typed in capitals is an acronym that names something, not chat shorthand ("rn", "tbh").
 * Not a piece of a hyphenated short form ("PP-SHV" for a road the base names in full).
 */
function typedAsAcronym(raw: string, query: string): boolean {
  return (
    raw.length >= 2 && /^[a-z]+$/.test(raw) && new RegExp(`(?<![-–])\\b${raw.toUpperCase()}s?\\b(?![-–])`).test(query)
  );
}

/**
 * A word among the EVERYDAY_RANK most frequent of spoken English ("give", "going", "need"): phrasing, not a topic.
 * Chosen on the development sets (right answers: 3,208 without; 150: 3,209, 200: 3,210, 300: 3,208, 500: 3,205).
 */
const EVERYDAY_RANK = 200;

function isEveryday(raw: string): boolean {
  return (frequencyRank(raw) ?? Infinity) <= EVERYDAY_RANK;
}

/**
 * Turns a question into the terms the ranking scores: each word with its IDF and the index tokens that count for it
 * (the word itself, typo corrections, completions while typing, Chinese overlaps and English glosses). Built over one
 * state of the base (its posting lists, vocabulary and size) and dropped after any change, caches and all.
 */
export class QueryTerms {
  private readonly idfMax: number;
  /** Typo and prefix variants by word as typed (see variantsFor). */
  private readonly corrections = new Map<string, Variant[]>();
  /** Words as typed that are slips of a filler or source word ("mentiond", "artical"): no evidence either way. */
  private readonly fillerSlips = new Set<string>();
  /** A Chinese word's English translations the base holds, by word (see glossed). */
  private readonly translations = new Map<string, Variant[]>();
  /** Chinese words of the base by character, built on first use (see HanOverlap). */
  private readonly han: HanOverlap;
  /** Chinese synonyms among the base's words, indexed on first use (see ChineseSynonyms). */
  private readonly synonyms: ChineseSynonyms;
  /** Vocabulary positions by first letter, built on first use, for slips fuse.js scores too far (see slips). */
  private byInitial: Map<string, number[]> | undefined;

  /**
   * `postings` (token -> facts holding it) and `vocabulary` are the engine's own, read in place; `inFactText` tells
   * whether some fact holds a token in its own text, not only in example questions.
   */
  constructor(
    private readonly postings: ReadonlyMap<string, readonly number[]>,
    private readonly vocabulary: Vocabulary,
    private readonly size: number,
    private readonly inFactText: (token: string) => boolean,
  ) {
    this.han = new HanOverlap(() => postings.keys());
    this.synonyms = new ChineseSynonyms(() => postings.keys());
    this.idfMax = this.idf(0);
  }

  /** fuse.js's best vocabulary words for a typo, searching only the words that can match (see FuseFilter). */
  private typoSearch(word: string): { item: string; refIndex: number; score?: number }[] {
    const vocabulary = this.vocabulary;
    const found = vocabulary.filter.candidates(word);
    // fuse.js breaks score ties by position: the words go in the vocabulary's order (see Vocabulary).
    const ids = found ? [...found.ids].sort(vocabulary.compare) : vocabulary.all();
    if (ids.length === 0) return [];
    const index = Fuse.parseIndex<string>({
      keys: [],
      records: ids.map((id, at) => ({ ...vocabulary.records[id]!, i: at })),
    });
    return new Fuse(
      ids.map((id) => vocabulary.words[id]!),
      VOCABULARY_FUSE_OPTIONS,
      index,
    )
      .search(word, { limit: TYPO_CANDIDATES })
      .map((r) => ({ ...r, refIndex: ids[r.refIndex]! }));
  }

  private idf(df: number): number {
    const n = this.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** `token` is the index form, `raw` the word as typed: typos and prefixes are matched on written words. */
  private variantsFor(token: string, raw: string, prefix: boolean): Variant[] {
    // A misspelling only an example question holds ("chian") is still a misspelling: the fact-text words it slips
    // from count for it too, or the one fact whose example holds it would take the question.
    const english = isEnglishWord(raw);
    const typoOfExample = !prefix && !english && !HAN.test(raw) && this.postings.has(token) && !this.inFactText(token);
    if (this.postings.has(token) && !prefix && !typoOfExample) return [{ token, weight: 1 }];
    const key = `${prefix ? 'p' : 'x'}:${raw}`;
    const cached = this.corrections.get(key);
    if (cached) return cached;
    const variants: Variant[] = this.postings.has(token) ? [{ token, weight: 1 }] : [];
    const add = (t: string, weight: number) => {
      const same = variants.find((v) => v.token === t);
      if (!same) variants.push({ token: t, weight });
      else same.weight = Math.max(same.weight, weight);
    };
    if (prefix && raw.length >= 2) {
      for (const at of this.vocabulary.completions(raw, 8)) add(this.vocabulary.tokens[at]!, 0.85);
    }
    // Typos: only for words long enough that a near miss is still meaningful, never for numbers or names, and for a
    // real English word only a one-letter slip in a long one ("agrement"), never in a short one ("lanes" is no "laos").
    if (
      (variants.length === 0 || typoOfExample) &&
      raw.length >= 4 &&
      !/\d/.test(raw) &&
      !PLACE_NAMES.has(raw) &&
      (!english || raw.length >= LONG_WORD)
    ) {
      let kept = 0;
      for (const r of this.typoSearch(raw)) {
        const score = r.score ?? 1;
        // Typos rarely hit the first letter; requiring it keeps "population" from becoming "cooperation". fuse.js
        // also matches inside longer words ("entred" in "represented"), which is no typo either.
        if (Math.abs(r.item.length - raw.length) > 2 || r.item[0] !== raw[0] || (english && score > ENGLISH_SLIP))
          continue;
        // A slip of a word that only phrases the question or points at the source ("mentiond", "artical") is that
        // word: no evidence, as it would be spelt right.
        if (kept === 0 && (isSourceWord(r.item) || isFiller(r.item))) {
          this.fillerSlips.add(raw);
          this.corrections.set(key, []);
          return [];
        }
        add(this.vocabulary.tokens[r.refIndex]!, 0.9 * (1 - score));
        if (++kept === 2) break;
      }
    }
    // A one-slip word counts beside fuse.js's picks, which may be further off ("fuor": "forc" before "four").
    const typed = variants.length === 0 || typoOfExample || variants.every((v) => v.weight < 1);
    // An English word outside the 30,000 most frequent ("billon", an alloy) one slip from a word of the base is far more
    // often that word mistyped.
    const rare = english && frequencyRank(raw) === undefined;
    if (typed && (!english || rare) && raw.length >= 4 && !/\d/.test(raw) && !this.postings.has(token))
      for (const at of this.slips(raw)) add(this.vocabulary.tokens[at]!, SLIP_WEIGHT);
    // "Smoother", "larger", "biggest", "frictionless": the stemmer leaves these derived forms whole; the adjective or
    // noun they are made from is what the base may say.
    if (variants.length === 0 && !prefix)
      for (const base of [...adjectiveBases(raw), ...nounBeforeLess(raw)]) {
        const t = stem(base);
        if (this.postings.has(t) && isEnglishWord(base)) add(t, COMPARATIVE_WEIGHT);
      }
    if (variants.length === 0 && HAN.test(raw))
      for (const m of this.han.matches(raw)) add(m.token, HAN_OVERLAP * m.share);
    if (this.corrections.size > 5000) this.corrections.clear();
    this.corrections.set(key, variants);
    return variants;
  }

  /** The base's English words for a Chinese word (see englishGlosses), weighed by how rare they are in the base. */
  private glossed(raw: string): Variant[] {
    const cached = this.translations.get(raw);
    if (cached) return cached;
    const found: Variant[] = [];
    for (const token of glossTokens(raw)) {
      const df = this.postings.get(token)?.length;
      if (df) found.push({ token, weight: (GLOSS_WEIGHT * this.idf(df)) / this.idfMax });
    }
    if (this.translations.size > 5000) this.translations.clear();
    this.translations.set(raw, found);
    return found;
  }

  /** The base's Chinese synonyms of an unseen Chinese word, weighed by how rare they are in the base. */
  private synonymous(raw: string): Variant[] {
    const found: Variant[] = [];
    for (const token of this.synonyms.of(raw)) {
      const df = this.postings.get(token)?.length;
      if (df) found.push({ token, weight: (SYNONYM_WEIGHT * this.idf(df)) / this.idfMax });
    }
    return found;
  }

  /**
   * Vocabulary words one slip away ("aeras" → "areas", "countires" → "countries"): fuse.js counts a swap of
   * neighbours as two edits, too many for its threshold in a short word. At most two, in the base's word order.
   */
  private slips(raw: string): number[] {
    if (!this.byInitial) {
      this.byInitial = new Map();
      for (const at of this.vocabulary.all()) {
        const initial = this.vocabulary.words[at]![0]!;
        const list = this.byInitial.get(initial);
        if (list) list.push(at);
        else this.byInitial.set(initial, [at]);
      }
    }
    const found: number[] = [];
    for (const at of this.byInitial.get(raw[0]!) ?? []) {
      if (isSlip(raw, this.vocabulary.words[at]!) && found.push(at) === 2) break;
    }
    return found;
  }

  /** The share of its IDF a Chinese word the base knows counts for (see FUNCTION_WORD_WEIGHT, QUESTION_ONLY_CHARACTER). */
  private chineseWeight(token: string, raw: string): number {
    if (HanOverlap.isNoise(raw)) return FUNCTION_WORD_WEIGHT;
    const lone = Array.from(withoutEdgeParticles(raw)).length === 1;
    return lone && !this.inFactText(token) ? QUESTION_ONLY_CHARACTER : 1;
  }

  /** The question's words (at most MAX_QUERY_TOKENS), each with its weight and the index tokens that count for it. */
  terms(query: string, prefix: boolean): QueryTerm[] {
    const seen = new Set<string>();
    const cut = tokenizeQuery(query.slice(0, 600));
    // Words the segmenter cut across the base words are cut again, and a name asked in full counts once (spelt-out.ts);
    // not while typing: autocomplete has no time, and matches the words typed so far as they are.
    const known = (t: string) => this.postings.has(t);
    const recut = prefix ? cut : withoutSpeltOutNames(recutUnseen(splitJoined(cut, known), known));
    const tokens = recut.filter((t) => !seen.has(t.token) && seen.add(t.token));
    const last = tokens.at(-1)?.token;
    const checksFigure = !prefix && !HAN.test(query) && YES_NO.test(query) && !WH.test(query);
    // What the asker calls their own in the context ("our chamber") says who asks (asker.ts).
    const askersOwn = prefix ? NONE_OWNED : ownedInContext(query);
    const terms: QueryTerm[] = [];
    for (const { token, raw } of tokens) {
      if (terms.length === MAX_QUERY_TOKENS) break;
      if (isSourceWord(raw)) continue;
      // Everyday phrasing ("roughly", "big", "become", "supposed", any of the most frequent spoken words) is evidence
      // only where a fact's own text uses it: example questions are phrased like the members' and would otherwise turn
      // every filler word they hold into evidence.
      // (Not the word being typed, which may be the start of a name: "la" of "laos".)
      const typing = prefix && token === last;
      if (!typing && (isFiller(raw) || isEveryday(raw)) && !this.inFactText(token)) continue;
      // So is a Chinese stand-in verb (搞, 弄: "do"), which example questions use for every kind of action.
      if (!prefix && isChineseProVerb(raw) && !this.inFactText(token)) continue;
      const variants = this.variantsFor(token, raw, typing);
      if (this.fillerSlips.has(raw)) continue;
      const df = this.postings.get(token)?.length ?? 0;
      if (df === 0 && variants.length === 0) {
        // A figure a yes/no question checks ("does it carry 200,000 a day?") is the asker's guess: the fact that
        // states the true figure answers and corrects it.
        if (checksFigure && NUMBER.test(raw)) continue;
        // A word the base has never seen: everyday phrasing, chat shorthand and who is asking (a student, an exporter)
        // say nothing either way; an English word (a ticket, a lane, a prime minister) or a longer unknown name names
        // what the base does not cover.
        if (
          isFillerOrTypo(raw) ||
          isFillerOrTypo(token) ||
          (isChatNoise(raw) && !typedAsAcronym(raw, query)) ||
          isPersonWord(raw) ||
          askersOwn.has(raw) ||
          DESCRIPTION_ASKED.has(raw) ||
          (HAN.test(raw) && HanOverlap.isNoise(raw))
        )
          continue;
        // A Chinese verb or adverb (通往, 越来越) rephrases the question more often than it names what is asked.
        // A Chinese word made of the base's words is partial evidence for the facts holding them (see HanOverlap), and
        // so is its English translation for the facts whose English text uses it (see englishGlosses), and a Chinese
        // synonym the base holds (see ChineseSynonyms). (Not while typing: autocomplete has no time for it.)
        const partial = HAN.test(raw)
          ? [...this.han.partial(raw), ...(prefix ? [] : [...this.glossed(raw), ...this.synonymous(raw)])]
          : [];
        // An English word weighs by what it is, and a typo of a common word ("ofically", "efect") is that word (see
        // unseen-english.ts). Questions only: autocomplete and the nearest titles keep to the base's own words.
        const reading = HAN.test(raw) || prefix ? undefined : englishReading(raw);
        if (reading !== undefined && reading !== raw && isFillerOrTypo(reading)) continue;
        const share = HAN.test(raw) ? unseenShare(raw) : reading === undefined ? 1 : englishUnseenShare(reading);
        terms.push({
          text: token,
          idf: this.idfMax * UNSEEN_WEIGHT * share,
          weak: false,
          variants: partial,
          unseen: true,
        });
        continue;
      }
      // A Chinese word the base knows may still be missing from the one fact's translation that is meant, whose
      // English says it (东南亚 where the translation says 东盟, the English "Southeast Asia"): its English counts too,
      // less than for an unseen word (the translation had its chance).
      const bridged =
        !prefix && HAN.test(raw) && df > 0
          ? [
              ...variants,
              ...this.glossed(raw)
                .filter((g) => !variants.some((v) => v.token === g.token))
                .map((g) => ({ token: g.token, weight: g.weight * SEEN_GLOSS })),
            ]
          : variants;
      const idf = df > 0 ? this.idf(df) : this.idf(this.postings.get(variants[0]!.token)!.length);
      // A Chinese word of function characters only (都是, 已经, 是在) is rare in the base's text, so its IDF is high,
      // yet it names nothing: at full weight it outweighs the words that do.
      const guess = checksFigure && YEAR.test(raw) ? YEAR_CHECKED : 1;
      const weight = (prefix || !HAN.test(raw) ? 1 : this.chineseWeight(token, raw)) * guess;
      terms.push({ text: token, idf: idf * weight, weak: WEAK_TOKENS.has(token), variants: bridged });
    }
    return terms;
  }
}
