import { ButtonStyle, type ChatInputCommandInteraction } from 'discord.js';
import { attachUnanswered, nearestLive, type AttachAs } from '../../knowledge/attach-question.js';
import { clearUnanswered, countUnanswered, countUnansweredGroups, lastUnansweredId, unansweredGroups } from '../../knowledge/store/unanswered.js';
import { plain } from '../../render/fact-diff.js';
import { button, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { UNANSWERED_FOOTER, unansweredLine } from '../../render/unanswered-list.js';
import { respond } from '../shared/respond.js';
import { sendList } from '../shared/send-list.js';
import type { BotContext } from '../types.js';
import { factsUnanswered } from './components/unanswered.js';
import { actorOf } from './guard.js';
import { postModLog } from './mod-log.js';
import { asRefusal, Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';

/** At most this many groups are listed (10 pages); the footer gives the total. */
const LISTED = 100;

/** /facts unanswered [attach: id: as: reason:] [clear:] — the questions the bot could not answer, and what to do with them. */
export async function unanswered(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const attach = interaction.options.getString(FACTS_OPTIONS.attach)?.trim() || null;
  const id = interaction.options.getString(FACTS_OPTIONS.id)?.trim() || null;
  const clear = interaction.options.getBoolean(FACTS_OPTIONS.clear) ?? false;
  if (clear && (attach || id)) throw new Refusal('Clear the log on its own, without attach: or id:. Nothing was changed.');
  if (clear) return clearLog(interaction, ctx);
  if (attach && !id) throw new Refusal('Say which fact to attach it to with id:. Nothing was changed.');
  if (id && !attach) throw new Refusal('Say which question to attach with attach: (its # from this list, or its text). Nothing was changed.');
  if (attach && id) return attachToFact(interaction, ctx, attach, id);
  return listUnanswered(interaction, ctx);
}

async function listUnanswered(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const groups = unansweredGroups(ctx.db, LISTED);
  const total = countUnansweredGroups(ctx.db);
  const asked = countUnanswered(ctx.db);
  const lines = groups.length
    ? groups.map((g) => unansweredLine(g, (group) => nearestLive(ctx.kb, group)))
    : ['No unanswered questions are logged. Questions that get “I don’t know”, and wrong answers members report with their question, appear here.'];
  const shown = total > groups.length ? ` · the ${groups.length} most asked of ${total}` : '';
  await sendList(interaction, ctx, { title: `Unanswered questions: ${total} (asked ${asked} times)`, lines, footer: `${UNANSWERED_FOOTER}${shown}` }, true);
}

async function attachToFact(interaction: ChatInputCommandInteraction, ctx: BotContext, group: string, factId: string): Promise<void> {
  const as: AttachAs = interaction.options.getString(FACTS_OPTIONS.as) === 'alias' ? 'alias' : 'question';
  const actor = actorOf(interaction);
  let result;
  try {
    result = attachUnanswered(ctx.kb, ctx.db, { group, factId, as, actor, reason: interaction.options.getString(FACTS_OPTIONS.reason) ?? undefined });
  } catch (error) {
    throw asRefusal(error);
  }
  const { change, text, undoRevisionId } = result;
  const what = as === 'alias' ? 'an alias' : 'an example question';
  const content = [
    `📎 Attached “${plain(clip(text, 200))}” to \`${factId}\` as ${what} (revision #${change.revision.id}); it left the unanswered list.`,
    `To undo: \`/facts revert id:${factId} revision:${undoRevisionId}\``,
  ].join('\n');
  await respond(interaction, { content: clip(defuseMentions(content), LIMITS.content) }, true);
  await postModLog(interaction.client, ctx, { actor, action: 'attach unanswered question', factId, title: change.stored.fact.title, reason: change.revision.reason, revisionId: change.revision.id });
}

/** Asks first: the log cannot be restored. The button carries the newest row id, so later questions survive. */
async function clearLog(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const asked = countUnanswered(ctx.db);
  if (!asked) throw new Refusal('The unanswered-question log is already empty.');
  await respond(interaction, clearPrompt(asked, countUnansweredGroups(ctx.db), lastUnansweredId(ctx.db)), true);
}

/** "Delete all n?" with the two buttons; `upToId` is the newest row shown. */
export function clearPrompt(asked: number, groups: number, upToId: number) {
  const content = `Delete all ${asked} logged question${asked === 1 ? '' : 's'} (${groups} in the list) for good? Questions asked after this message are kept.`;
  const buttons = [button(factsUnanswered.id({ clearUpTo: upToId }), 'Clear the log', ButtonStyle.Danger), button(factsUnanswered.id('cancel'), 'Cancel')];
  return { content, components: [row(buttons)] };
}

/** The confirmed clear, from the button under /facts unanswered clear:True. */
export function clearConfirmed(ctx: BotContext, upToId: number): { removed: number; content: string } {
  const removed = clearUnanswered(ctx.db, upToId);
  return { removed, content: `🧹 Cleared the unanswered-question log (${removed} logged question${removed === 1 ? '' : 's'}).` };
}
