/** Discord markdown and mention syntax as a person reads it in a terminal: names for ids, times for timestamps. */

export interface Names {
  channels?: ReadonlyMap<string, string>;
  users?: ReadonlyMap<string, string>;
  roles?: ReadonlyMap<string, string>;
}

export interface TextOptions {
  names?: Names;
  /** Bold as ANSI escapes (a real terminal) rather than plain text (tests, pipes). */
  ansi?: boolean;
  now?: Date;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

function relative(seconds: number, now: Date): string {
  const diff = seconds - Math.round(now.getTime() / 1000);
  const [unit, size] = UNITS.find(([, s]) => Math.abs(diff) >= s) ?? ['second', 1];
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(diff / size), unit);
}

/** Discord's timestamp styles, shown in UTC so the terminal and the tests agree whatever the machine's zone. */
function timestamp(seconds: number, style: string, now: Date): string {
  if (style === 'R') return relative(seconds, now);
  const date = new Date(seconds * 1000);
  const opts: Record<string, Intl.DateTimeFormatOptions> = {
    t: { timeStyle: 'short' },
    T: { timeStyle: 'medium' },
    d: { dateStyle: 'short' },
    D: { dateStyle: 'long' },
    F: { dateStyle: 'full', timeStyle: 'short' },
  };
  return `${new Intl.DateTimeFormat('en-GB', {
    ...(opts[style] ?? { dateStyle: 'long', timeStyle: 'short' }),
    timeZone: 'UTC',
  }).format(date)} UTC`;
}

export function markdownToText(text: string, options: TextOptions = {}): string {
  const { names = {}, ansi = false, now = new Date() } = options;
  const bold = (s: string) => (ansi ? `\x1b[1m${s}\x1b[22m` : s);
  return (
    text
      .replace(/<#(\d+)>/g, (_, id: string) => `#${names.channels?.get(id) ?? id}`)
      .replace(/<@&(\d+)>/g, (_, id: string) => `@${names.roles?.get(id) ?? id}`)
      .replace(/<@!?\u200b?(\d+)>/g, (_, id: string) => `@${names.users?.get(id) ?? id}`)
      .replace(/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_, s: string, style?: string) =>
        timestamp(Number(s), style ?? 'f', now),
      )
      // Masked links: the title, then the address a terminal can open.
      .replace(/\[((?:\\.|[^\]\\])+)\]\((\S+?)\)/g, (_, label: string, url: string) => `${label} <${url}>`)
      .replace(/\*\*(.+?)\*\*/g, (_, s: string) => bold(s))
      .replace(/(^|[^\\*])\*([^*\s][^*]*?)\*/g, '$1$2')
      // Escaped markdown characters are shown as themselves.
      .replace(/\\([\\[\]*_~`|<>()#-])/g, '$1')
  );
}
