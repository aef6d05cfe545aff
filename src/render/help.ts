import type { APIEmbed } from 'discord-api-types/v10';
import type { Fact } from '../knowledge/schema.js';
import { COLORS } from './fact-embed.js';
import { fitEmbed } from './limits.js';
import { t, type Lang } from '../i18n/catalogue.js';

/** The little of a command's JSON that /help reads: its name, description and subcommands. */
export interface HelpCommand {
  name: string;
  description: string;
  moderatorsOnly: boolean;
  subcommands: string[];
}

/** /help: what the bot knows, one line per command, and how to report a mistake. Moderator commands only for moderators. */
export function helpEmbed(input: {
  facts: readonly Fact[];
  commands: readonly HelpCommand[];
  moderator: boolean;
  lang?: Lang;
}): APIEmbed {
  const lang = input.lang ?? 'en';
  const count = (kind: Fact['kind']) => input.facts.filter((f) => f.kind === kind).length;
  const line = (c: HelpCommand) =>
    `\`/${c.name}${c.subcommands.length ? ` ${c.subcommands.join('|')}` : ''}\` — ${c.description}`;
  const everyone = input.commands.filter((c) => !c.moderatorsOnly);
  const moderators = input.commands.filter((c) => c.moderatorsOnly);
  const sections = [
    t(lang, 'help.intro', {
      total: input.facts.length,
      milestones: count('milestone'),
      figures: count('figure'),
      agreements: count('agreement'),
      topics: count('topic'),
    }),
    '',
    t(lang, 'help.commands'),
    ...everyone.map(line),
  ];
  if (input.moderator && moderators.length) sections.push('', t(lang, 'help.moderators'), ...moderators.map(line));
  sections.push('', t(lang, 'help.report'));
  return fitEmbed({ title: t(lang, 'help.title'), color: COLORS.notice, description: sections.join('\n') });
}
