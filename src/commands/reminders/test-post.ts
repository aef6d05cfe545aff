import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { formatLongDate } from '../../scheduler/message.js';
import { isPostError } from '../../scheduler/poster.js';
import { testPost } from '../../scheduler/preview.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { effectiveSettings } from './guard.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';

/**
 * `/reminders test`: posts today's (or else the next) anniversaries NOW in the configured channel, marked "[Test]".
 * Never touches the ledger, so the real reminder still goes out on the day.
 */
export async function test(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const { stored, schedule } = await effectiveSettings(ctx, guildId, interaction.guildLocale);
  const lang = await replyLanguage(interaction, ctx);
  if (!stored?.channelId) throw new Refusal(t(lang, 'reminders.notSetUpTest'));
  const channelId = stored.channelId;
  const post = testPost({ settings: schedule, facts: ctx.kb.facts(), now: ctx.now() });
  if (!post) throw new Refusal(t(lang, 'reminders.noDated'));

  // Posting may wait on Discord's rate limits: acknowledge first (privately), then report.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let messageId: string;
  try {
    ({ messageId } = await ctx.poster.post(channelId, post.payload));
  } catch (error) {
    if (!isPostError(error)) throw error;
    ctx.log.warn('reminders: test post failed', { guildId, channelId, kind: error.kind, error: error.message });
    const key =
      { gone: 'failGone', forbidden: 'failForbidden', rejected: 'failRejected', unknown: 'failUnknown' }[
        error.kind as string
      ] ?? 'failLater';
    const reason = t(lang, `reminders.${key}`, { channel: channelId, message: error.message });
    throw new Refusal(t(lang, 'reminders.testFailed', { reason }));
  }
  ctx.log.info('reminders: test post sent', { guildId, channelId, messageId, by: interaction.user.id });
  const which =
    post.daysUntil === 0
      ? t(lang, 'reminders.whichToday')
      : t(lang, 'reminders.whichNext', { date: formatLongDate(post.localDate, lang), count: post.daysUntil });
  const state = stored.enabled ? '' : t(lang, 'reminders.offNote');
  await respond(
    interaction,
    {
      content: t(lang, 'reminders.testSent', {
        channel: channelId,
        which,
        link: `https://discord.com/channels/${guildId}/${channelId}/${messageId}`,
        state,
      }),
      embeds: [],
      components: [],
    },
    true,
  );
}
