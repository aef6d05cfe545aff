import type { APIEmbed } from 'discord-api-types/v10';

/** Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  inputLabel: 45,
  inputValue: 4000,
  placeholder: 100,
} as const;

/**
 * Cuts text to at most `max` UTF-16 units (never more than Discord's count, whether it counts units or code
 * points), ending with an ellipsis when it had to cut, and never splitting a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max)).replace(/[\ud800-\udbff]$/, '');
  const cut = text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '');
  return `${cut.trimEnd()}…`;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Brings any embed within Discord's limits: clips each part, then trims the description until the total fits. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: clip(f.name || '\u200b', LIMITS.fieldName),
      value: clip(f.value || '—', LIMITS.fieldValue),
    }));
  }
  const excess = embedLength(out) - LIMITS.embedTotal;
  if (excess > 0 && out.description)
    out.description = clip(out.description, Math.max(1, out.description.length - excess));
  while (embedLength(out) > LIMITS.embedTotal && out.fields?.length) out.fields = out.fields.slice(0, -1);
  return out;
}

/** Neutralises mass and role/user mentions in text we did not write; allowed_mentions is the first line of defence. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@([!&]?)(\d+)>/g, '<@\u200b$1$2>');
}

/** As many whole lines as fit in `max`, then "…and N more" for the rest. */
export function fitLines(lines: readonly string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const rest = lines.length - i - 1;
    const reserve = rest > 0 ? `\n…and ${rest} more`.length : 0;
    const add = (out.length ? 1 : 0) + lines[i]!.length;
    if (used + add + reserve > max) {
      out.push(`…and ${lines.length - i} more`);
      break;
    }
    out.push(lines[i]!);
    used += add;
  }
  return out.join('\n');
}
