import type { ChatInputCommandInteraction } from 'discord.js';
import { factEmbed } from '../../render/fact-embed.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { actorOf } from './guard.js';
import { postModLog } from './mod-log.js';
import { asRefusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

/** /facts remove id: reason: — hides the fact from members; its history stays and it can be restored. */
export async function removeFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const reason = interaction.options.getString(FACTS_OPTIONS.reason, true);
  const actor = actorOf(interaction);
  let change;
  try {
    change = ctx.kb.remove(id, actor, reason);
  } catch (error) {
    throw asRefusal(error);
  }
  const fact = change.stored.fact;
  await respond(
    interaction,
    {
      content: clip(
        defuseMentions(
          `🗑️ Removed “${fact.title}” (\`${fact.id}\`, revision #${change.revision.id}): members no longer see it. ` +
            `Undo with \`/facts restore id:${fact.id}\`.`,
        ),
        LIMITS.content,
      ),
    },
    true,
  );
  await postModLog(interaction.client, ctx, { actor, action: 'remove', factId: fact.id, title: fact.title, reason: change.revision.reason, revisionId: change.revision.id });
}

/** /facts restore id: — brings a removed fact back exactly as it was. */
export async function restoreFact(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const reason = interaction.options.getString(FACTS_OPTIONS.reason) ?? 'restored';
  const actor = actorOf(interaction);
  let change;
  try {
    change = ctx.kb.restore(id, actor, reason);
  } catch (error) {
    throw asRefusal(error);
  }
  const fact = change.stored.fact;
  await respond(
    interaction,
    {
      content: clip(defuseMentions(`♻️ Restored \`${fact.id}\` (revision #${change.revision.id}); members see it again.`), LIMITS.content),
      embeds: [factEmbed(fact)],
    },
    true,
  );
  await postModLog(interaction.client, ctx, { actor, action: 'restore', factId: fact.id, title: fact.title, reason: change.revision.reason, revisionId: change.revision.id });
}
