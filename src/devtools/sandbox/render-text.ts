/** Turns what the bot sent (a message body, a modal, autocomplete choices) into terminal text. */

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
export function renderMessage(message: MessageLike, firstButton = 1): { text: string; buttons: Button[] } {
  const lines: string[] = [];
  if (message.flags && message.flags & EPHEMERAL) lines.push('(only you can see this)');
  if (message.content) lines.push(message.content);
  for (const e of message.embeds ?? []) {
    if (e.title) lines.push(`┌─ ${e.title}`);
    if (e.description) lines.push(...e.description.split('\n').map((l) => `│ ${l}`));
    for (const f of e.fields ?? []) lines.push(`│ ${f.name}: ${f.value}`);
    if (e.footer?.text) lines.push(`└─ ${e.footer.text}`);
  }
  for (const a of message.attachments ?? []) lines.push(`📎 ${a.filename ?? 'file'}${a.size !== undefined ? ` (${a.size} bytes)` : ''}`);
  const buttons = (message.components ?? []).flatMap((row) => row.components ?? []).filter((c) => c.type === 2 && c.custom_id);
  if (buttons.length) {
    lines.push(buttons.map((b, i) => `[${firstButton + i}] ${b.label ?? ''}${b.disabled ? ' (disabled)' : ''}`).join('   '));
  }
  return { text: lines.join('\n'), buttons };
}

export function renderChoices(choices: { name: string; value: string | number }[]): string {
  if (!choices.length) return '(no suggestions)';
  return choices.map((c) => `  ${c.name}  →  ${c.value}`).join('\n');
}
