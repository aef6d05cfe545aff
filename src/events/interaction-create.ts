import { MessageFlags, type Collection, type Interaction } from 'discord.js';
import type { BotContext, Command, ComponentHandler } from '../commands/types.js';
import { NO_PINGS, refuse } from '../commands/shared/respond.js';
import { Refusal } from '../commands/shared/refusal.js';
import { checkGuard } from '../commands/shared/guards.js';
import { componentMap, parseCustomId } from '../components/index.js';
import { withLogFields } from '../ops/log-scope.js';
import type { BotMetrics, InteractionKind } from '../ops/metrics.js';
import { outcomeOf, type InteractionOutcome } from '../ops/outcome.js';
import { t } from '../i18n/catalogue.js';
import { replyLanguage } from '../commands/shared/language.js';

/** The failure note's language; a broken store must not stop the apology, so it falls back to English. */
async function safeLanguage(
  interaction: Parameters<typeof replyLanguage>[0],
  ctx: Parameters<typeof replyLanguage>[1],
): Promise<string> {
  try {
    return await replyLanguage(interaction, ctx);
  } catch {
    return 'en';
  }
}

function describe(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName}`;
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return `component ${interaction.customId.split(':')[0]}`;
  return `interaction type ${interaction.type}`;
}

/** The kind and a bounded name for labels and logs: only names the bot defines, never anything a user typed. */
function labelOf(
  interaction: Interaction,
  commands: Collection<string, Command>,
  components: Map<string, ComponentHandler>,
): { kind: InteractionKind; name: string } | null {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const name = commands.has(interaction.commandName) ? interaction.commandName : 'unknown';
    return { kind: interaction.isAutocomplete() ? 'autocomplete' : 'command', name };
  }
  if (interaction.isButton() || interaction.isModalSubmit()) {
    const { prefix } = parseCustomId(interaction.customId);
    return { kind: 'component', name: components.has(prefix) ? prefix : 'unknown' };
  }
  return null;
}

async function route(
  interaction: Interaction,
  commands: Collection<string, Command>,
  components: Map<string, ComponentHandler>,
  ctx: BotContext,
): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = commands.get(interaction.commandName);
    if (!command) throw new Error(`unknown command ${interaction.commandName}`);
    await checkGuard(command.guard, interaction, ctx);
    await command.execute(interaction, ctx);
  } else if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  } else if (interaction.isButton() || interaction.isModalSubmit()) {
    const { prefix, args } = parseCustomId(interaction.customId);
    const handler = components.get(prefix);
    if (interaction.isButton() && handler?.button) {
      await checkGuard(handler.guard, interaction, ctx);
      await handler.button(interaction, args, ctx);
    } else if (interaction.isModalSubmit() && handler?.modal) {
      await checkGuard(handler.guard, interaction, ctx);
      await handler.modal(interaction, args, ctx);
    } else {
      // A made-up or outdated custom id is bad input, not a bug: one friendly line, nothing logged as an error.
      ctx.log.debug(
        `no ${interaction.isButton() ? 'button' : 'modal'} handler for custom id prefix "${prefix.slice(0, 40)}"`,
      );
      throw new Refusal(t(await replyLanguage(interaction, ctx), 'errors.unknownComponent'));
    }
  }
}

/** The single error boundary: whatever a handler throws is logged and answered privately; the process lives on. */
export function interactionCreate(
  commands: Collection<string, Command>,
  componentList: readonly ComponentHandler[],
  ctx: BotContext,
  metrics?: BotMetrics,
) {
  const components = componentMap(componentList);
  return (interaction: Interaction): Promise<void> => {
    const label = labelOf(interaction, commands, components);
    // Every line logged while handling this interaction (through the bot's scoped ctx.log) carries what it was,
    // where, and its id. The context object itself stays the same: some state is keyed by its identity.
    const fields = {
      command: label
        ? label.kind === 'command'
          ? label.name
          : `${label.kind}:${label.name}`
        : `type-${interaction.type}`,
      guildId: interaction.guildId ?? null,
      interactionId: interaction.id,
    };
    return withLogFields(fields, () => handle(interaction, label));
  };

  async function handle(
    interaction: Interaction,
    label: { kind: InteractionKind; name: string } | null,
  ): Promise<void> {
    const started = performance.now();
    let outcome: InteractionOutcome | undefined;
    try {
      try {
        await route(interaction, commands, components, ctx);
      } catch (error) {
        // A refusal is the user's error: answered privately, counted as refused, not logged as a failure.
        if (!(error instanceof Refusal) || !interaction.isRepliable()) throw error;
        await refuse(interaction, error.message, [...error.details]);
      }
    } catch (error) {
      outcome = 'error';
      ctx.log.error(`${describe(interaction)} failed`, error);
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          const body = { content: t(await safeLanguage(interaction, ctx), 'errors.wrong'), allowedMentions: NO_PINGS };
          if (interaction.deferred && !interaction.replied) await interaction.editReply(body);
          else if (interaction.replied) await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
          else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
        }
      } catch (replyError) {
        ctx.log.warn(`could not tell the user about the failure of ${describe(interaction)}`, replyError);
      }
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const result = outcome ?? outcomeOf(interaction);
      if (label && metrics) metrics.interaction(label.kind, label.name, result, seconds);
      // One access line per interaction (debug for autocomplete, which fires on every keystroke).
      const fields = { outcome: result, ms: Math.round(seconds * 1000) };
      if (label?.kind === 'autocomplete') ctx.log.debug('interaction handled', fields);
      else ctx.log.info('interaction handled', fields);
    }
  }
}
