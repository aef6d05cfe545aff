import { ButtonStyle, type APIEmbed } from 'discord-api-types/v10';
import type { Fact } from '../knowledge/schema.js';
import { button, COLORS, factEmbed, type AnswerIds, row } from './fact-embed.js';
import { clip, defuseMentions, embedLength, fitEmbed, LIMITS } from './limits.js';
import { briefKeyFacts, labelled, sourceLine } from './format.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { leadSentence, localTitle } from './fact-text.js';
import { plain } from './fact-diff.js';

/** Longest quote of a part no fact answers (the question itself is at most 300). */
const MISSING_QUOTE = 200;
/** Longest first sentence a fact shows among several (the nine areas of 3.0 take 354 characters). */
const MAX_LEAD = 400;
/** Below this a clipped sentence says too little to be worth showing. */
const MIN_LEAD = 40;

/**
 * Several facts in one answer (a group, or "X and Y"): one field each with its key figure or date and its source.
 * A fact in `guessed` answers its part only as a best guess, and says so as plainly as a one-fact guess does; a part
 * in `missing` has no fact, and the answer says so, quoting it.
 */
export function factsMessage(
  ids: AnswerIds,
  heading: string,
  facts: readonly Fact[],
  lang: Lang = 'en',
  guessed: readonly string[] = [],
  missing: readonly string[] = [],
) {
  const shown = facts.slice(0, 10);
  const marked = shown.some((f) => guessed.includes(f.id));
  const notes = [
    ...missing.map((part) => t(lang, 'answer.partMissing', { part: plain(clip(part, MISSING_QUOTE)) })),
    ...(marked ? [t(lang, 'answer.partsGuessed')] : []),
  ];
  const name = (f: Fact) => {
    const title = localTitle(f, lang);
    return guessed.includes(f.id) ? t(lang, 'answer.partGuessed', { title }) : title;
  };
  const keys = (f: Fact) =>
    briefKeyFacts(f, lang)
      .map(([k, v]) => labelled(k, v, lang))
      .join(' · ');
  const value = (f: Fact, lead: number) =>
    clip(
      defuseMentions([clip(leadSentence(f, lang), lead), keys(f), sourceLine(f, lang)].filter(Boolean).join('\n')),
      LIMITS.fieldValue,
    );
  const embed = (lead: number): APIEmbed => ({
    title: defuseMentions(heading),
    ...(notes.length ? { description: notes.join('\n') } : {}),
    color: COLORS.notice,
    fields: shown.map((f) => ({
      name: clip(defuseMentions(name(f)), LIMITS.fieldName),
      value: value(f, lead),
      inline: false,
    })),
  });
  // Each fact says what it states in one sentence; the sentences share what room the embed has left, so that ten
  // facts still all fit (Discord counts 6000 characters for the whole embed).
  const room = LIMITS.embedTotal - embedLength(embed(0)) - shown.length;
  const share = Math.min(MAX_LEAD, Math.floor(room / Math.max(1, shown.length)));
  const lead = share >= MIN_LEAD ? share : 0;
  const buttons = shown.map((f) => button(ids.openFact(f.id, lang), localTitle(f, lang)));
  const rows = [row(buttons.slice(0, 5)), row(buttons.slice(5, 10))].filter((r) => r.components.length > 0);
  return { embeds: [fitEmbed(embed(lead))], components: rows };
}

/** A best guess, plainly marked, with the other candidates as buttons. */
export function guessMessage(ids: AnswerIds, fact: Fact, others: readonly Fact[], lang: Lang = 'en') {
  const embed = factEmbed(fact, lang);
  const buttons = others.slice(0, 2).map((o) => button(ids.openFact(o.id, lang), localTitle(o, lang)));
  buttons.push(button(ids.report(fact.id), t(lang, 'fact.report'), ButtonStyle.Danger));
  return { content: t(lang, 'answer.guess'), embeds: [embed], components: [row(buttons)] };
}
