import { ButtonStyle, type APIEmbed } from 'discord-api-types/v10';
import type { Fact } from '../knowledge/schema.js';
import { button, COLORS, customIds, factEmbed, row } from './fact-embed.js';
import { defuseMentions, fitEmbed, LIMITS, clip } from './limits.js';
import { keyFacts, sourceLine } from './format.js';

/** Several facts in one answer (a group, or "X and Y"): one field each with its key figure or date and its source. */
export function factsMessage(heading: string, facts: readonly Fact[]) {
  const shown = facts.slice(0, 10);
  const embed: APIEmbed = fitEmbed({
    title: defuseMentions(heading),
    color: COLORS.notice,
    fields: shown.map((f) => ({
      name: clip(defuseMentions(f.title), LIMITS.fieldName),
      value: clip(defuseMentions([keyFacts(f).slice(0, 2).map(([k, v]) => `${k}: ${v}`).join(' · '), sourceLine(f)].filter(Boolean).join('\n')), LIMITS.fieldValue),
      inline: false,
    })),
  });
  const buttons = shown.map((f) => button(customIds.openFact(f.id), f.title));
  const rows = [row(buttons.slice(0, 5)), row(buttons.slice(5, 10))].filter((r) => r.components.length > 0);
  return { embeds: [embed], components: rows };
}

/** A best guess, plainly marked, with the other candidates as buttons. */
export function guessMessage(fact: Fact, others: readonly Fact[]) {
  const embed = factEmbed(fact);
  const buttons = others.slice(0, 2).map((o) => button(customIds.openFact(o.id), o.title));
  buttons.push(button(customIds.report(fact.id), 'Report a problem', ButtonStyle.Danger));
  return { content: 'Best guess: I am not sure this is what you asked. If not, try one of the buttons.', embeds: [embed], components: [row(buttons)] };
}
