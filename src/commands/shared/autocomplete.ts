import type { AutocompleteInteraction } from 'discord.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { FactKind } from '../../knowledge/schema.js';
import { clip, LIMITS } from '../../render/limits.js';
import { localTitle } from '../../render/fact-text.js';
import type { Lang } from '../../i18n/catalogue.js';
import type { BotContext } from '../types.js';
import { replyLanguage } from './language.js';

/** Fuzzy matches while typing: at most 25 choices, names 1–100 characters, the fact id as the value. */
export function factChoices(
  kb: KnowledgeBase,
  typed: string,
  kind?: FactKind,
  lang: Lang = 'en',
): { name: string; value: string }[] {
  return kb
    .suggest(typed.slice(0, 200), LIMITS.choices, kind)
    .map((f) => ({ name: clip(localTitle(f, lang), LIMITS.choiceName), value: f.id }));
}

/** Suggestions are titled in the language the member types or reads in. */
export async function respondWithFacts(
  interaction: AutocompleteInteraction,
  ctx: Pick<BotContext, 'kb' | 'store'>,
  kind?: FactKind,
): Promise<void> {
  const typed = interaction.options.getFocused();
  await interaction.respond(factChoices(ctx.kb, typed, kind, await replyLanguage(interaction, ctx, typed)));
}
