import type { ChatInputCommandInteraction } from 'discord.js';
import { respond } from '../shared/respond.js';
import type { BotContext } from '../types.js';

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
      content: `📦 The fact base: ${ctx.kb.size} facts (removed ones are not included). Change the file and bring it back with \`/facts import\`.`,
      files: [{ attachment: Buffer.from(exportJson(ctx), 'utf8'), name }],
    },
    true,
  );
}
