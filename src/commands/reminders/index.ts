import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { MAX_COUNTDOWN_DAYS } from '../../knowledge/store/guild-settings.js';
import type { Command } from '../types.js';
import { disable } from './disable.js';
import { guardedGuildId } from '../shared/guards.js';
import { preview } from './preview.js';
import { REMINDER_CHANNEL_TYPES, setup } from './setup.js';
import { status } from './status.js';
import { test } from './test-post.js';
import { timeZoneAutocomplete } from './timezone-autocomplete.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';
import { Refusal } from '../shared/refusal.js';
import { REMINDERS_OPTIONS } from './options.js';

const SUBCOMMANDS = { setup, status, disable, preview, test } as const;

/** `/reminders`: anniversary posts for a server. Manage Server only (hidden by default, checked again in the handler). */
export const reminders: Command = {
  scope: 'global',
  guard: 'manageServer',
  data: new SlashCommandBuilder()
    .setName('reminders')
    .setDescription('Anniversary posts for this server (Manage Server)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('setup')
        .setDescription('Post anniversaries in a channel every day at a local time')
        .addChannelOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.channel)
            .setDescription('Text or announcement channel to post in')
            .setRequired(true)
            .addChannelTypes(...REMINDER_CHANNEL_TYPES),
        )
        .addStringOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.time)
            .setDescription('Local posting time, 24-hour HH:MM (default 09:00)')
            .setMaxLength(20),
        )
        .addStringOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.timezone)
            .setDescription('Time zone, e.g. Asia/Singapore (start typing a city)')
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addIntegerOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.countdown_days)
            .setDescription(
              `Also announce round anniversaries this many days ahead (0 = off, max ${MAX_COUNTDOWN_DAYS})`,
            )
            .setMinValue(0)
            .setMaxValue(MAX_COUNTDOWN_DAYS),
        )
        .addBooleanOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.fact_of_the_day)
            .setDescription('On days with no anniversary, post one fact (never the same within 30 days)'),
        )
        .addStringOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.language)
            .setDescription("The language posts are written in (default: the server's language)")
            .addChoices({ name: 'English', value: 'en' }, { name: '简体中文', value: 'zh-CN' }),
        ),
    )
    .addSubcommand((s) => s.setName('status').setDescription('Channel, time, next post, last problem and recent posts'))
    .addSubcommand((s) => s.setName('disable').setDescription('Stop anniversary posts (settings are kept)'))
    .addSubcommand((s) =>
      s
        .setName('preview')
        .setDescription('Show what would be posted on a day, without posting')
        .addStringOption((o) =>
          o
            .setName(REMINDERS_OPTIONS.date)
            .setDescription('YYYY-MM-DD (default: today in the server time zone)')
            .setMaxLength(10),
        ),
    )
    .addSubcommand((s) =>
      s.setName('test').setDescription("Post today's or the next anniversary now, marked as a test"),
    ),

  autocomplete: (interaction, ctx) => timeZoneAutocomplete(interaction, ctx),

  async execute(interaction, ctx) {
    const guildId = guardedGuildId(interaction);
    const name = interaction.options.getSubcommand(false);
    const handler =
      name && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name as keyof typeof SUBCOMMANDS] : undefined;
    if (!handler) throw new Refusal(t(await replyLanguage(interaction, ctx), 'reminders.unknownSub'));
    return handler(interaction, ctx, guildId);
  },
};
