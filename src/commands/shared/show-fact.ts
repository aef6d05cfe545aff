import { escapeMarkdown, type RepliableInteraction } from 'discord.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Answer } from '../../knowledge/search/answer.js';
import { factsMessage, guessMessage } from '../../render/answer-embed.js';
import type { Fact, FactKind } from '../../knowledge/schema.js';
import { button, COLORS, customIds, factMessage, row } from '../../render/fact-embed.js';
import { clip, defuseMentions } from '../../render/limits.js';
import { respond } from './respond.js';
import { markOutcome } from '../../ops/outcome.js';

/** The fact's own related ids first, then other good matches for the question. */
export function relatedFor(fact: Fact, kb: KnowledgeBase, alsoMatched: readonly Fact[] = []): Fact[] {
  const out: Fact[] = [];
  for (const candidate of [...fact.related.map((id) => kb.get(id)), ...alsoMatched]) {
    if (candidate && candidate.id !== fact.id && !out.some((f) => f.id === candidate.id)) out.push(candidate);
  }
  return out.slice(0, 3);
}

export async function showFact(interaction: RepliableInteraction, kb: KnowledgeBase, fact: Fact, ephemeral: boolean, alsoMatched: readonly Fact[] = []): Promise<void> {
  await respond(interaction, factMessage(fact, relatedFor(fact, kb, alsoMatched)), ephemeral);
}

export async function showAnswer(interaction: RepliableInteraction, kb: KnowledgeBase, answer: Answer, question: string, ephemeral: boolean): Promise<void> {
  switch (answer.kind) {
    case 'fact':
      return showFact(interaction, kb, answer.fact, ephemeral, answer.others);
    case 'guess':
      return respond(interaction, guessMessage(answer.fact, answer.others), ephemeral);
    case 'list':
      return respond(interaction, factsMessage(`${answer.facts.length} facts on this`, answer.facts), ephemeral);
    case 'facts':
      return respond(interaction, factsMessage('These facts answer your question', answer.facts), ephemeral);
    case 'none':
      return showNoAnswer(interaction, kb, question, ephemeral, undefined, answer.nearest);
  }
}

/** "I don't have a fact on that", with the nearest titles as buttons so the asker can still get somewhere. */
export async function showNoAnswer(
  interaction: RepliableInteraction,
  kb: KnowledgeBase,
  query: string,
  ephemeral: boolean,
  kind?: FactKind,
  near: readonly Fact[] = kb.nearest(query, 3, kind),
): Promise<void> {
  markOutcome(interaction, 'unknown');
  const quoted = clip(escapeMarkdown(defuseMentions(query)), 200);
  const lines = [`I don't have a fact on “${quoted}”.`];
  if (near.length) lines.push('', 'Closest topics I do cover:', ...near.map((f) => `• ${escapeMarkdown(f.title)}`));
  lines.push('', 'Try other words, or `/timeline`, `/figures` and `/agreements` to browse.');
  await respond(
    interaction,
    {
      embeds: [{ title: 'No matching fact', description: lines.join('\n'), color: COLORS.notice }],
      components: near.length ? [row(near.map((f) => button(customIds.openFact(f.id), f.title)))] : [],
    },
    ephemeral,
  );
}
