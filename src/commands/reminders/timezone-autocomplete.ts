import type { AutocompleteInteraction } from 'discord.js';
import { searchTimeZones } from '../../knowledge/local-time.js';
import { clip, LIMITS } from '../../render/limits.js';
import { offsetLabel } from '../shared/server-time.js';
import type { BotContext } from '../types.js';
import { REMINDERS_OPTIONS } from './options.js';

/** Zone choices for what the user typed, with today's UTC offset in the label: "Asia/Kolkata (UTC+05:30)". */
export function timeZoneChoices(typed: string, now: Date): { name: string; value: string }[] {
  return searchTimeZones(typed.slice(0, 100), LIMITS.choices)
    .filter((zone) => zone.length <= LIMITS.choiceValue)
    .map((zone) => ({ name: clip(`${zone} (${offsetLabel(now, zone)})`, LIMITS.choiceName), value: zone }));
}

export async function timeZoneAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== REMINDERS_OPTIONS.timezone) return interaction.respond([]);
  await interaction.respond(timeZoneChoices(String(focused.value), ctx.now()));
}
