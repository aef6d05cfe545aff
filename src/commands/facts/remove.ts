import type { ChatInputCommandInteraction } from 'discord.js';
import { factEmbed } from '../../render/fact-embed.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { actorOf } from './guard.js';
import { postModLog } from './mod-log.js';
import { asRefusal } from '../shared/refusal.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { FACTS_OPTIONS } from './options.js';

/** /facts remove id: reason: — hides the fact from members; its history stays and it can be restored. */
export async function removeFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const reason = interaction.options.getString(FACTS_OPTIONS.reason, true);
  const actor = actorOf(interaction);
  const lang = await replyLanguage(interaction, ctx);
  let change;
  try {
    change = await ctx.kb.remove(id, actor, reason);
  } catch (error) {
    throw asRefusal(error, lang);
  }
  const fact = change.stored.fact;
  await respond(
    interaction,
    {
      content: clip(
        defuseMentions(t(lang, 'facts.removed', { title: fact.title, id: fact.id, revision: change.revision.id })),
        LIMITS.content,
      ),
    },
    true,
  );
  await postModLog(interaction.client, ctx, {
    actor,
    action: 'remove',
    factId: fact.id,
    title: fact.title,
    reason: change.revision.reason,
    revisionId: change.revision.id,
  });
}

/** /facts restore id: — brings a removed fact back exactly as it was. */
export async function restoreFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  // The default reason is stored in the history, which is data: it stays English whoever reads it.
  const reason = interaction.options.getString(FACTS_OPTIONS.reason) ?? 'restored';
  const actor = actorOf(interaction);
  const lang = await replyLanguage(interaction, ctx);
  let change;
  try {
    change = await ctx.kb.restore(id, actor, reason);
  } catch (error) {
    throw asRefusal(error, lang);
  }
  const fact = change.stored.fact;
  await respond(
    interaction,
    {
      content: clip(
        defuseMentions(t(lang, 'facts.restored', { id: fact.id, revision: change.revision.id })),
        LIMITS.content,
      ),
      embeds: [factEmbed(fact)],
    },
    true,
  );
  await postModLog(interaction.client, ctx, {
    actor,
    action: 'restore',
    factId: fact.id,
    title: fact.title,
    reason: change.revision.reason,
    revisionId: change.revision.id,
  });
}
