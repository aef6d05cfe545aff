/**
 * The package stands on its own: its files import only each other, Node's built-ins and the packages its
 * package.json declares, never the bot that uses it (a bot-specific piece is passed in, like serveLocalDiscord's demo).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as Record<
  string,
  Record<string, string> | undefined
>;
const declared = new Set(
  ['dependencies', 'peerDependencies', 'devDependencies'].flatMap((k) => Object.keys(manifest[k] ?? {})),
);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Module specifiers of static imports/re-exports, side-effect imports and dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

/** 'discord.js' → 'discord.js', 'discord-api-types/v10' → 'discord-api-types', '@scope/name/x' → '@scope/name'. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('package boundary', () => {
  const files = [...tsFiles(join(packageRoot, 'src')), ...tsFiles(join(packageRoot, 'tests'))];

  it('finds the imports it checks', () => {
    const all = files.flatMap((f) => specifiers(readFileSync(f, 'utf8')));
    // Guards the regex: if it matched nothing, every check below would pass vacuously.
    expect(all).toContain('./local-discord.js');
    expect(all).toContain('discord-api-types/v10');
    expect(all).toContain('discord.js');
  });

  it('imports only its own files, node built-ins and declared dependencies', () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const ok = spec.startsWith('.')
          ? !relative(packageRoot, resolve(dirname(file), spec)).startsWith('..')
          : spec.startsWith('node:') || builtinModules.includes(spec) || declared.has(packageName(spec));
        if (!ok) outside.push(`${relative(packageRoot, file)}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
