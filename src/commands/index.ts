import { Collection } from 'discord.js';
import { about } from './about.js';
import { agreements } from './agreements.js';
import { ask } from './ask.js';
import { fact } from './fact.js';
import { facts } from './facts/index.js';
import { figures } from './figures.js';
import { help } from './help.js';
import { reminders } from './reminders/index.js';
import { timeline } from './timeline.js';
import { upcoming } from './upcoming.js';
import type { Command } from './types.js';

export const ALL_COMMANDS: readonly Command[] = [
  ask,
  fact,
  timeline,
  figures,
  agreements,
  about,
  help,
  upcoming,
  reminders,
  facts,
];

export function commandCollection(commands: readonly Command[] = ALL_COMMANDS): Collection<string, Command> {
  return new Collection(commands.map((c) => [c.data.name, c]));
}
