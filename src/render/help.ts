import type { APIEmbed } from 'discord-api-types/v10';
import type { Fact } from '../knowledge/schema.js';
import { COLORS } from './fact-embed.js';
import { fitEmbed } from './limits.js';

/** The little of a command's JSON that /help reads: its name, description and subcommands. */
export interface HelpCommand {
  name: string;
  description: string;
  moderatorsOnly: boolean;
  subcommands: string[];
}

/** /help: what the bot knows, one line per command, and how to report a mistake. Moderator commands only for moderators. */
export function helpEmbed(input: { facts: readonly Fact[]; commands: readonly HelpCommand[]; moderator: boolean }): APIEmbed {
  const count = (kind: Fact['kind']) => input.facts.filter((f) => f.kind === kind).length;
  const line = (c: HelpCommand) =>
    `\`/${c.name}${c.subcommands.length ? ` ${c.subcommands.join('|')}` : ''}\` — ${c.description}`;
  const everyone = input.commands.filter((c) => !c.moderatorsOnly);
  const moderators = input.commands.filter((c) => c.moderatorsOnly);
  const sections = [
    `I answer questions about China–ASEAN economic cooperation from ${input.facts.length} curated, cited facts: ` +
      `${count('milestone')} milestones, ${count('figure')} figures, ${count('agreement')} agreements and ${count('topic')} background topics.`,
    '',
    '**Commands**',
    ...everyone.map(line),
  ];
  if (input.moderator && moderators.length) sections.push('', '**For moderators**', ...moderators.map(line));
  sections.push('', '**Found a mistake?** Press **Report a problem** under any answer; it goes straight to the moderators.');
  return fitEmbed({ title: 'Corridor help', color: COLORS.notice, description: sections.join('\n') });
}
