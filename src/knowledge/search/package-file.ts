import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The bytes of a data file an installed package ships (not one of its modules: its package.json "exports" may not
 * list it), or undefined when the package or the file is missing, so a word list can fall back to doing without.
 */
export function readPackageFile(pkg: string, file: string): Buffer | undefined {
  try {
    const root = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
    return readFileSync(join(root, file));
  } catch {
    return undefined;
  }
}
