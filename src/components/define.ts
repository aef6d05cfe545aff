import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import type { BotContext, ComponentHandler, Guard } from '../commands/types.js';

/** What one button or modal declares: its prefix, who may use it, how its id is built and read back, and its handlers. */
export interface ComponentDefinition<Prefix extends string, Args, Made extends unknown[]> {
  prefix: Prefix;
  guard: Guard;
  /** The parts after "prefix:" (the wire format: "prefix:part:part", ≤100 characters). */
  make(...made: Made): readonly (string | number)[];
  /** Reads the parts back; whatever a made-up id gives is the handler's to refuse. */
  parse(parts: readonly string[]): Args;
  button?: (interaction: ButtonInteraction, args: Args, ctx: BotContext) => Promise<unknown>;
  modal?: (interaction: ModalSubmitInteraction, args: Args, ctx: BotContext) => Promise<unknown>;
}

/** A routed component that also builds its own custom ids, so an id is made where it is handled. */
export interface Component<Prefix extends string, Args, Made extends unknown[]> extends ComponentHandler {
  prefix: Prefix;
  id(...made: Made): string;
  parse(customId: string): Args;
}

/** The custom id's parts after the prefix ("prefix:a:b" gives ["a", "b"]). */
export function partsOf(customId: string): string[] {
  return customId.split(':').slice(1);
}

export function defineComponent<const Prefix extends string, Args, Made extends unknown[]>(
  def: ComponentDefinition<Prefix, Args, Made>,
): Component<Prefix, Args, Made> {
  const { button, modal } = def;
  return {
    prefix: def.prefix,
    guard: def.guard,
    id: (...made) => [def.prefix, ...def.make(...made)].join(':'),
    parse: (customId) => def.parse(partsOf(customId)),
    ...(button
      ? {
          button: (interaction: ButtonInteraction, parts: string[], ctx: BotContext) =>
            button(interaction, def.parse(parts), ctx),
        }
      : {}),
    ...(modal
      ? {
          modal: (interaction: ModalSubmitInteraction, parts: string[], ctx: BotContext) =>
            modal(interaction, def.parse(parts), ctx),
        }
      : {}),
  };
}
