import type { ChatInputCommandInteraction } from 'discord.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';
import { replyLanguage } from '../shared/language.js';
import { t } from '../../i18n/catalogue.js';

export function exportFileName(now: Date): string {
  return `corridor-facts-${now.toISOString().slice(0, 10)}.json`;
}

/** The whole current base as JSON, in the same shape `/facts import` and `npm run facts -- import` read. */
export function exportJson(ctx: Pick<BotContext, 'kb'>): string {
  return `${JSON.stringify(ctx.kb.facts(), null, 2)}\n`;
}

/** /facts export — attaches the current base as a JSON file, only for the moderator who asked. */
export async function exportFacts(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const name = exportFileName(ctx.now());
  await respond(
    interaction,
    {
      content: t(await replyLanguage(interaction, ctx), 'facts.exported', { count: ctx.kb.size }),
      files: [{ attachment: Buffer.from(exportJson(ctx), 'utf8'), name }],
    },
    true,
  );
}
