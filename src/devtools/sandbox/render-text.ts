/** Turns what the bot sent (a message body, a modal, autocomplete choices) into terminal text. */
import { markdownToText, type TextOptions } from './markdown-text.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}
interface Button {
  type: number;
  label?: string;
  custom_id?: string;
  disabled?: boolean;
}
export interface MessageLike {
  content?: string;
  embeds?: Embed[];
  components?: { components?: Button[] }[];
  flags?: number;
  attachments?: { filename?: string; size?: number }[];
}

const EPHEMERAL = 64;

/** Returns the text and the buttons in display order, so "1" can press the first. */
export function renderMessage(
  message: MessageLike,
  firstButton = 1,
  options: TextOptions = {},
): { text: string; buttons: Button[] } {
  const lines: string[] = [];
  const md = (text: string) => markdownToText(text, options);
  if (message.flags && message.flags & EPHEMERAL) lines.push('(only you can see this)');
  if (message.content) lines.push(md(message.content));
  for (const e of message.embeds ?? []) {
    if (e.title) lines.push(`┌─ ${md(e.title)}`);
    if (e.description)
      lines.push(
        ...md(e.description)
          .split('\n')
          .map((l) => `│ ${l}`),
      );
    for (const f of e.fields ?? []) {
      // A multi-line field (sources) reads better indented under its name.
      const value = md(f.value);
      lines.push(
        value.includes('\n')
          ? `│ ${md(f.name)}:\n${value
              .split('\n')
              .map((l) => `│   ${l}`)
              .join('\n')}`
          : `│ ${md(f.name)}: ${value}`,
      );
    }
    // Discord shows footers as plain text, so they are too.
    if (e.footer?.text) lines.push(`└─ ${e.footer.text}`);
  }
  for (const a of message.attachments ?? [])
    lines.push(`📎 ${a.filename ?? 'file'}${a.size !== undefined ? ` (${a.size} bytes)` : ''}`);
  const buttons = (message.components ?? [])
    .flatMap((row) => row.components ?? [])
    .filter((c) => c.type === 2 && c.custom_id);
  if (buttons.length) {
    lines.push(
      buttons.map((b, i) => `[${firstButton + i}] ${b.label ?? ''}${b.disabled ? ' (disabled)' : ''}`).join('   '),
    );
  }
  return { text: lines.join('\n'), buttons };
}

export function renderChoices(choices: { name: string; value: string | number }[]): string {
  if (!choices.length) return '(no suggestions)';
  return choices.map((c) => `  ${c.name}  →  ${c.value}`).join('\n');
}
