import { Locale, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';

/** Discord's locales (https://discord.com/developers/docs/reference#locales): only these may key a localization. */
export const DISCORD_LOCALES: readonly string[] = Object.values(Locale);

/** One command's, option's or choice's text in a locale; options and choices nest by their English name/value. */
export interface CommandText {
  name?: string;
  description?: string;
  options?: Record<string, CommandText>;
  choices?: Record<string, string>;
}
export type CommandTexts = Record<string, CommandText>;

type Node = {
  name: string;
  description?: string;
  options?: Node[];
  choices?: { name: string; value: string | number }[];
} & Record<string, unknown>;

/**
 * Adds `name_localizations` and `description_localizations` from each locale's table to a command and everything
 * under it. A missing entry is left out (Discord then shows the English), never filled with an empty string.
 */
export function localizeCommand(
  command: RESTPostAPIChatInputApplicationCommandsJSONBody,
  tables: Readonly<Record<string, CommandTexts>>,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const entries = Object.entries(tables).filter(([locale]) => DISCORD_LOCALES.includes(locale));
  const walk = (node: Node, texts: [string, CommandText | undefined][]): Node => {
    const out: Node = { ...node };
    const names = Object.fromEntries(texts.filter(([, t]) => t?.name).map(([l, t]) => [l, t!.name!]));
    const descriptions = Object.fromEntries(
      texts.filter(([, t]) => t?.description).map(([l, t]) => [l, t!.description!]),
    );
    if (Object.keys(names).length) out.name_localizations = { ...(node.name_localizations as object), ...names };
    if (Object.keys(descriptions).length)
      out.description_localizations = { ...(node.description_localizations as object), ...descriptions };
    if (node.options)
      out.options = node.options.map((o) =>
        walk(
          o,
          texts.map(([l, t]) => [l, t?.options?.[o.name]]),
        ),
      );
    if (node.choices) {
      out.choices = node.choices.map((c) => {
        const localized: Record<string, string> = {};
        for (const [l, t] of texts) {
          const name = t?.choices?.[String(c.value)];
          if (name) localized[l] = name;
        }
        return Object.keys(localized).length ? { ...c, name_localizations: localized } : c;
      });
    }
    return out;
  };
  return walk(
    command as unknown as Node,
    entries.map(([l, table]) => [l, table[command.name]]),
  ) as unknown as RESTPostAPIChatInputApplicationCommandsJSONBody;
}
