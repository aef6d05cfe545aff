/**
 * The bot, its tests and the bench use the local Discord (packages/local-discord) only through its public API,
 * the package name, so its internals can change without touching the bot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every quoted string that names the local Discord, in import position or not (vi.mock, dynamic import, spawn paths). */
function localDiscordMentions(source: string): string[] {
  return [...source.matchAll(/['"`]([^'"`\n]*local-discord[^'"`\n]*)['"`]/g)].map((m) => m[1]!);
}

describe('the bot uses @corridor/local-discord through its public API only', () => {
  const files = ['src', 'tests', 'bench'].flatMap((d) => tsFiles(join(root, d)));
  const mentions = files.flatMap((file) =>
    localDiscordMentions(readFileSync(file, 'utf8')).map((m) => ({ file: file.slice(root.length + 1), m })),
  );

  it('imports it somewhere (the check below is not vacuous)', () => {
    expect(
      mentions.some(({ file, m }) => file === 'src/devtools/sandbox/session.ts' && m === '@corridor/local-discord'),
    ).toBe(true);
  });

  it('never reaches into its files', () => {
    const deep = mentions.filter(({ m }) => /local-discord\/|packages\//.test(m));
    expect(deep).toEqual([]);
  });
});
