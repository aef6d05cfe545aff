import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { channelPoster } from '../../bot/channel-poster.js';
import { formatLongDate } from '../../scheduler/message.js';
import { isPostError } from '../../scheduler/poster.js';
import { testPost } from '../../scheduler/preview.js';
import { refuse, respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { effectiveSettings } from './guard.js';

/**
 * `/reminders test`: posts today's (or else the next) anniversaries NOW in the configured channel, marked "[Test]".
 * Never touches the ledger, so the real reminder still goes out on the day.
 */
export async function test(interaction: ChatInputCommandInteraction, ctx: BotContext, guildId: string): Promise<void> {
  const { stored, schedule } = effectiveSettings(ctx, guildId, interaction.guildLocale);
  if (!stored?.channelId) {
    return refuse(interaction, 'Anniversary reminders are not set up in this server. Run `/reminders setup channel:#channel` first.');
  }
  const channelId = stored.channelId;
  const post = testPost({ settings: schedule, facts: ctx.kb.facts(), now: ctx.now() });
  if (!post) return refuse(interaction, 'The fact base has no anniversaries with a full date, so there is nothing to post.');

  // Posting may wait on Discord's rate limits: acknowledge first (privately), then report.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let messageId: string;
  try {
    ({ messageId } = await channelPoster(interaction.client).post(channelId, post.payload));
  } catch (error) {
    if (!isPostError(error)) throw error;
    ctx.log.warn('reminders: test post failed', { guildId, channelId, kind: error.kind, error: error.message });
    const reason =
      error.kind === 'gone'
        ? `<#${channelId}> no longer exists (or I cannot see it). Run \`/reminders setup\` with another channel.`
        : error.kind === 'forbidden'
          ? `I am missing permission to post in <#${channelId}>: I need View Channel, Send Messages and Embed Links there.`
          : error.kind === 'rejected'
            ? `Discord refused the message (${error.message}).`
            : error.kind === 'unknown'
              ? `no answer came back from Discord (${error.message}); check <#${channelId}> before trying again, it may have arrived.`
              : `Discord did not accept the message right now (${error.message}). Please try again in a minute.`;
    return refuse(interaction, `The test post failed: ${reason}`);
  }
  ctx.log.info('reminders: test post sent', { guildId, channelId, messageId, by: interaction.user.id });
  const which = post.daysUntil === 0 ? "today's anniversaries" : `the next anniversaries, on ${formatLongDate(post.localDate)} (in ${post.daysUntil} days)`;
  const state = stored.enabled ? '' : '\nNote: reminders are currently **off**; `/reminders setup` turns them on.';
  await respond(
    interaction,
    {
      content: `✅ Test post sent to <#${channelId}> with ${which}: https://discord.com/channels/${guildId}/${channelId}/${messageId}\nIt is marked as a test and not recorded, so the real reminder still goes out on the day.${state}`,
      embeds: [],
      components: [],
    },
    true,
  );
}
