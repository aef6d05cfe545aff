import type { AutocompleteInteraction } from 'discord.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { FactKind } from '../../knowledge/schema.js';
import { clip, LIMITS } from '../../render/limits.js';

/** Fuzzy matches while typing: at most 25 choices, names 1–100 characters, the fact id as the value. */
export function factChoices(kb: KnowledgeBase, typed: string, kind?: FactKind): { name: string; value: string }[] {
  return kb
    .suggest(typed.slice(0, 200), LIMITS.choices, kind)
    .map((f) => ({ name: clip(f.title, LIMITS.choiceName), value: f.id }));
}

export async function respondWithFacts(interaction: AutocompleteInteraction, kb: KnowledgeBase, kind?: FactKind): Promise<void> {
  await interaction.respond(factChoices(kb, interaction.options.getFocused(), kind));
}
