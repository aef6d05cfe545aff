import type {
  APIApplicationCommandInteractionDataOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;
type OptionJson = NonNullable<CommandJson['options']>[number];
type RawOption = APIApplicationCommandInteractionDataOption;

export type SandboxInput =
  | { kind: 'command'; name: string; options: RawOption[] }
  | { kind: 'complete'; name: string; options: RawOption[] }
  | { kind: 'press'; index: number }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

const SUB = 1;
const GROUP = 2;
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
const CHANNEL = 7;
const NUMBER = 10;

/** Splits `key:value`, `key:"two words"` and bare words, keeping quotes out of values. */
function words(text: string): { key?: string; value: string }[] {
  const out: { key?: string; value: string }[] = [];
  for (const m of text.matchAll(/([a-z_]+):(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/gi)) {
    if (m[1]) out.push({ key: m[1].toLowerCase(), value: m[2] ?? m[3] ?? '' });
    else out.push({ value: m[4] ?? m[5] ?? '' });
  }
  return out;
}

function convert(option: OptionJson, value: string, channels: Map<string, string>): RawOption | string {
  switch (option.type) {
    case STRING:
      return { name: option.name, type: STRING, value };
    case INTEGER:
    case NUMBER: {
      const n = Number(value);
      if (!Number.isFinite(n) || (option.type === INTEGER && !Number.isInteger(n)))
        return `${option.name} needs a number`;
      return { name: option.name, type: option.type, value: n };
    }
    case BOOLEAN:
      return { name: option.name, type: BOOLEAN, value: /^(true|yes|y|1|on)$/i.test(value) };
    case CHANNEL: {
      const id = channels.get(value.replace(/^#/, '').toLowerCase()) ?? (/^\d{17,20}$/.test(value) ? value : undefined);
      if (!id) return `unknown channel ${value}; try one of: ${[...channels.keys()].map((c) => `#${c}`).join(', ')}`;
      return { name: option.name, type: CHANNEL, value: id };
    }
    default:
      return `option ${option.name} cannot be typed in the sandbox`;
  }
}

/**
 * Reads one sandbox line: `/ask what is RCEP`, `/timeline from:2020 topic:railway`, `/reminders setup channel:#general`,
 * `?fact china-la` (autocomplete), a number to press a button of the last reply, `help`, `quit`.
 */
export function parseSandboxInput(
  line: string,
  commands: readonly CommandJson[],
  channels: Map<string, string>,
): SandboxInput {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^(quit|exit|\.exit|q)$/i.test(text)) return { kind: 'quit' };
  if (/^(help|\?|h)$/i.test(text)) return { kind: 'help' };
  if (/^\d+$/.test(text)) return { kind: 'press', index: Number(text) };
  const m = text.match(/^([/?])([\w-]+)\s*(.*)$/s);
  if (!m) return { kind: 'error', message: 'Start with / and a command, e.g. /ask what is RCEP (type help for more).' };
  const [, sigil, name, rest] = m as unknown as [string, string, string, string];
  const command = commands.find((c) => c.name === name.toLowerCase());
  if (!command)
    return { kind: 'error', message: `No command /${name}. Commands: ${commands.map((c) => `/${c.name}`).join(' ')}` };

  let parts = words(rest);
  let options: OptionJson[] = command.options ?? [];
  const wrap: { name: string; type: number }[] = [];
  // Descend into subcommand groups and subcommands named by the first words.
  while (options.some((o) => o.type === SUB || o.type === GROUP)) {
    const first = parts[0];
    const sub =
      first && !first.key
        ? options.find((o) => o.name === first.value.toLowerCase() && (o.type === SUB || o.type === GROUP))
        : undefined;
    if (!sub)
      return { kind: 'error', message: `/${command.name} needs one of: ${options.map((o) => o.name).join(', ')}` };
    wrap.push({ name: sub.name, type: sub.type });
    parts = parts.slice(1);
    options = ('options' in sub ? sub.options : undefined) ?? [];
  }

  const given: RawOption[] = [];
  const free: string[] = [];
  // Bare words right after a typed text option, e.g. "test" in `reason:a test`, with the option they follow.
  const trailing: { option: string; word: string }[] = [];
  let lastText: string | undefined;
  for (const part of parts) {
    const option = part.key ? options.find((o) => o.name === part.key) : undefined;
    if (!option) {
      free.push(part.key ? `${part.key}:${part.value}` : part.value);
      if (lastText) trailing.push({ option: lastText, word: part.key ? `${part.key}:${part.value}` : part.value });
      continue;
    }
    const converted = convert(option, part.value, channels);
    if (typeof converted === 'string') return { kind: 'error', message: converted };
    given.push(converted);
    lastText = option.type === STRING ? option.name : undefined;
  }
  const autocomplete = sigil === '?';
  if (free.length) {
    const target = options.find(
      (o) =>
        o.type === STRING &&
        !given.some((g) => g.name === o.name) &&
        (!autocomplete || ('autocomplete' in o && o.autocomplete)),
    );
    if (!target && trailing.length === free.length) {
      // No other option takes text, so the words belong to the text option they follow: `question:what is rcep`.
      for (const { option, word } of trailing) {
        const g = given.find((x) => x.name === option) as { value: string } | undefined;
        if (g) g.value = `${g.value} ${word}`;
      }
      if (autocomplete) {
        const focus = given.find((g) => g.name === trailing.at(-1)!.option) as { focused?: boolean } | undefined;
        if (focus) focus.focused = true;
      }
    } else {
      if (!target)
        return {
          kind: 'error',
          message:
            `Not sure which option "${free.join(' ')}" is for; use name:value (options: ` +
            `${options.map((o) => o.name).join(', ') || 'none'}).`,
        };
      given.push({
        name: target.name,
        type: STRING,
        value: free.join(' '),
        ...(autocomplete ? { focused: true } : {}),
      });
    }
  } else if (autocomplete) {
    const target = options.find((o) => 'autocomplete' in o && o.autocomplete);
    if (!target) return { kind: 'error', message: `/${command.name} has no autocomplete option.` };
    given.push({ name: target.name, type: STRING, value: '', focused: true });
  }
  if (!autocomplete) {
    const missing = options.filter((o) => 'required' in o && o.required && !given.some((g) => g.name === o.name));
    if (missing.length)
      return { kind: 'error', message: `/${command.name} needs ${missing.map((o) => `${o.name}:…`).join(' ')}` };
  }
  const nested = wrap.reduceRight<RawOption[]>(
    (inner, w) => [{ name: w.name, type: w.type, options: inner } as RawOption],
    given,
  );
  return { kind: autocomplete ? 'complete' : 'command', name: command.name, options: nested };
}
