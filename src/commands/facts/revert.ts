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

/** /facts revert id: revision: reason: — puts the fact back to the state that revision left it in (a new revision). */
export async function revertFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const revisionId = interaction.options.getInteger(FACTS_OPTIONS.revision, true);
  const reason = interaction.options.getString(FACTS_OPTIONS.reason, true);
  const actor = actorOf(interaction);
  const lang = await replyLanguage(interaction, ctx);
  let change;
  try {
    change = await ctx.kb.revert(id, revisionId, actor, reason);
  } catch (error) {
    throw asRefusal(error, lang);
  }
  const { stored, revision } = change;
  const state = t(lang, stored.deleted ? 'facts.revertedRemoved' : 'facts.revertedLive');
  await respond(
    interaction,
    {
      content: clip(
        defuseMentions(t(lang, 'facts.reverted', { id, target: revisionId, revision: revision.id, state })),
        LIMITS.content,
      ),
      embeds: stored.deleted ? [] : [factEmbed(stored.fact)],
    },
    true,
  );
  await postModLog(interaction.client, ctx, {
    actor,
    action: 'revert',
    factId: id,
    title: stored.fact.title,
    reason: revision.reason,
    revisionId: revision.id,
  });
}
