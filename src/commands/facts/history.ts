import type { ChatInputCommandInteraction } from 'discord.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Revision } from '../../knowledge/store/facts.js';
import { historyLine, revisionEmbed } from '../../render/fact-diff.js';
import { respond } from '../shared/respond.js';
import { sendList } from '../shared/send-list.js';
import type { BotContext } from '../types.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

/** The state a revision started from; for a fact that was hidden at the time, the state it was hidden in. */
export function stateBefore(revisions: readonly Revision[], rev: Revision): Fact | null {
  if (rev.before) return rev.before;
  const previous = revisions[revisions.indexOf(rev) - 1];
  return previous ? (previous.after ?? previous.before) : null;
}

/** /facts history id: [revision:] — the list of revisions, or one revision's diff. */
export async function showHistory(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString(FACTS_OPTIONS.id, true).trim();
  const revisionId = interaction.options.getInteger(FACTS_OPTIONS.revision);
  const revisions = await ctx.kb.history(id);
  const lang = await replyLanguage(interaction, ctx);
  if (!revisions.length) throw new Refusal(t(lang, 'facts.noSuchFact', { id }));
  if (revisionId !== null) {
    const rev = revisions.find((r) => r.id === revisionId);
    if (!rev) throw new Refusal(t(lang, 'facts.notThisFact', { revision: revisionId, id }));
    return respond(interaction, { embeds: [revisionEmbed(rev, stateBefore(revisions, rev), lang)] }, true);
  }
  const stored = await ctx.kb.stored(id);
  const title = t(lang, stored?.deleted ? 'facts.historyTitleRemoved' : 'facts.historyTitle', { id });
  const lines = [...revisions].reverse().map((rev) => historyLine(rev, lang));
  await sendList(
    interaction,
    ctx,
    {
      title,
      lines,
      footer: t(lang, revisions.length === 1 ? 'facts.historyFooterOne' : 'facts.historyFooter', {
        count: revisions.length,
      }),
      lang,
    },
    true,
  );
}
