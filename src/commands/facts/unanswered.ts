import { ButtonStyle, type ChatInputCommandInteraction } from 'discord.js';
import { attachUnanswered, nearestLive, type AttachAs } from '../../knowledge/attach-question.js';
import { plain } from '../../render/fact-diff.js';
import { button, row } from '../../render/fact-embed.js';
import { clip, defuseMentions, LIMITS } from '../../render/limits.js';
import { unansweredFooter, unansweredLine } from '../../render/unanswered-list.js';
import { respond } from '../shared/respond.js';
import { sendList } from '../shared/send-list.js';
import type { BotContext } from '../types.js';
import { factsUnanswered } from './components/unanswered.js';
import { actorOf } from './guard.js';
import { postModLog } from './mod-log.js';
import { asRefusal, Refusal } from '../shared/refusal.js';
import { FACTS_OPTIONS } from './options.js';
import { replyLanguage } from '../shared/language.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/catalogue.js';

/** At most this many groups are listed (10 pages); the footer gives the total. */
const LISTED = 100;

/** /facts unanswered [attach: id: as: reason:] [clear:] — the questions the bot could not answer, and what to do with them. */
export async function unanswered(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const attach = interaction.options.getString(FACTS_OPTIONS.attach)?.trim() || null;
  const id = interaction.options.getString(FACTS_OPTIONS.id)?.trim() || null;
  const clear = interaction.options.getBoolean(FACTS_OPTIONS.clear) ?? false;
  const lang = await replyLanguage(interaction, ctx);
  if (clear && (attach || id)) throw new Refusal(t(lang, 'facts.unanswered.clearAlone'));
  if (clear) return clearLog(interaction, ctx, lang);
  if (attach && !id) throw new Refusal(t(lang, 'facts.unanswered.needId'));
  if (id && !attach) throw new Refusal(t(lang, 'facts.unanswered.needAttach'));
  if (attach && id) return attachToFact(interaction, ctx, attach, id, lang);
  return listUnanswered(interaction, ctx, lang);
}

async function listUnanswered(interaction: ChatInputCommandInteraction, ctx: BotContext, lang: Lang): Promise<void> {
  const groups = await ctx.store.unanswered.groups(LISTED);
  const total = await ctx.store.unanswered.countGroups();
  const asked = await ctx.store.unanswered.count();
  const lines = groups.length
    ? groups.map((g) => unansweredLine(g, (group) => nearestLive(ctx.kb, group), lang))
    : [t(lang, 'facts.unanswered.none')];
  const shown = total > groups.length ? t(lang, 'facts.unanswered.shown', { shown: groups.length, total }) : '';
  const title = t(lang, 'facts.unanswered.title', { total, asked });
  await sendList(interaction, ctx, { title, lines, footer: `${unansweredFooter(lang)}${shown}`, lang }, true);
}

async function attachToFact(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  group: string,
  factId: string,
  lang: Lang,
): Promise<void> {
  const as: AttachAs = interaction.options.getString(FACTS_OPTIONS.as) === 'alias' ? 'alias' : 'question';
  const actor = actorOf(interaction);
  let result;
  try {
    result = await attachUnanswered(ctx.kb, ctx.store, {
      group,
      factId,
      as,
      actor,
      reason: interaction.options.getString(FACTS_OPTIONS.reason) ?? undefined,
    });
  } catch (error) {
    throw asRefusal(error, lang);
  }
  const { change, text, undoRevisionId } = result;
  const what = t(lang, as === 'alias' ? 'facts.unanswered.asAlias' : 'facts.unanswered.asQuestion');
  const content = [
    t(lang, 'facts.unanswered.attached', {
      text: plain(clip(text, 200)),
      id: factId,
      what,
      revision: change.revision.id,
    }),
    t(lang, 'facts.unanswered.undo', { id: factId, revision: undoRevisionId }),
  ].join('\n');
  await respond(interaction, { content: clip(defuseMentions(content), LIMITS.content) }, true);
  await postModLog(interaction.client, ctx, {
    actor,
    action: 'attached',
    factId,
    title: change.stored.fact.title,
    reason: change.revision.reason,
    revisionId: change.revision.id,
  });
}

/** Asks first: the log cannot be restored. The button carries the newest row id, so later questions survive. */
async function clearLog(interaction: ChatInputCommandInteraction, ctx: BotContext, lang: Lang): Promise<void> {
  const asked = await ctx.store.unanswered.count();
  if (!asked) throw new Refusal(t(lang, 'facts.unanswered.alreadyEmpty'));
  const [groups, upToId] = [await ctx.store.unanswered.countGroups(), await ctx.store.unanswered.lastId()];
  await respond(interaction, clearPrompt(asked, groups, upToId, lang), true);
}

/** "Delete all n?" with the two buttons; `upToId` is the newest row shown. */
export function clearPrompt(asked: number, groups: number, upToId: number, lang: Lang = DEFAULT_LANG) {
  const content = t(lang, asked === 1 ? 'facts.unanswered.clearPromptOne' : 'facts.unanswered.clearPrompt', {
    count: asked,
    groups,
  });
  const buttons = [
    button(factsUnanswered.id({ clearUpTo: upToId }), t(lang, 'facts.unanswered.clearButton'), ButtonStyle.Danger),
    button(factsUnanswered.id('cancel'), t(lang, 'facts.unanswered.cancel')),
  ];
  return { content, components: [row(buttons)] };
}

/** The confirmed clear, from the button under /facts unanswered clear:True. */
export async function clearConfirmed(
  ctx: BotContext,
  upToId: number,
  lang: Lang = DEFAULT_LANG,
): Promise<{ removed: number; content: string }> {
  const removed = await ctx.store.unanswered.clear(upToId);
  return {
    removed,
    content: t(lang, removed === 1 ? 'facts.unanswered.clearedOne' : 'facts.unanswered.cleared', { count: removed }),
  };
}
