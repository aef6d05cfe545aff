import { SlashCommandBuilder } from 'discord.js';
import { helpEmbed, type HelpCommand } from '../render/help.js';
import { moderatorVerdict } from './facts/guard.js';
import { respond } from './shared/respond.js';
import type { Command } from './types.js';
import { replyLanguage } from './shared/language.js';
import { commandTexts, type Lang } from '../i18n/catalogue.js';

const SUBCOMMAND = 1;

/** A command's line in the reader's language: the same localized description Discord shows in its picker. */
function describe(command: Command, lang: Lang): HelpCommand {
  const json = command.data.toJSON();
  return {
    name: json.name,
    description: commandTexts()[lang]?.[json.name]?.description ?? json.description,
    moderatorsOnly: command.scope === 'home',
    subcommands: (json.options ?? []).filter((o) => o.type === SUBCOMMAND).map((o) => o.name),
  };
}

export const help: Command = {
  scope: 'global',
  guard: 'none',
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What Corridor knows, its commands, and how to report a mistake'),

  async execute(interaction, ctx) {
    // Imported when run: the command list includes /help itself.
    const { ALL_COMMANDS } = await import('./index.js');
    const moderator = moderatorVerdict(interaction, ctx.config).allowed;
    const lang = await replyLanguage(interaction, ctx);
    const embed = helpEmbed({
      facts: ctx.kb.facts(),
      commands: ALL_COMMANDS.map((c) => describe(c, lang)),
      moderator,
      lang,
    });
    // Only for the asker: a moderator's help lists commands others cannot use.
    await respond(interaction, { embeds: [embed] }, true);
  },
};
