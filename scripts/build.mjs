// npm run build: src/ to dist/ as JavaScript, so npm start and its shards run on plain Node instead of tsx (about
// 46 MB less RSS and no transpiling at start-up). Plain JavaScript so that building needs no loader either.
//  1. tsc -b: the bot (tsconfig.build.json; the JSON it imports is emitted by tsc) and @corridor/local-discord, which
//     the offline sandbox imports, into dist/node_modules/, where Node resolves it before the package's TypeScript.
//  2. The data files the code reads next to its modules (new URL('./facts/', import.meta.url) and the like): every
//     file under src/ that is not TypeScript, mirrored into dist/; copies whose source is gone are deleted.
//  3. Word lists the search derives from a package's data before the bot is ready, written once here (chinese-pos.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const projects = [
  { config: 'tsconfig.build.json', src: join(root, 'src'), out: dist },
  {
    config: 'packages/local-discord/tsconfig.build.json',
    src: join(root, 'packages', 'local-discord', 'src'),
    out: join(dist, 'node_modules', '@corridor', 'local-discord'),
  },
];

/** Every file under dir, relative to it; dist's own node_modules left out. */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`node_modules/`));
}

const isModule = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts');

// tsc's incremental build re-emits only what changed, so a deleted output would stay missing: rebuild in full then.
for (const { src, out } of projects) {
  const missing = files(src).some((f) => isModule(f) && !existsSync(join(out, f.replace(/\.ts$/, '.js'))));
  if (missing) rmSync(join(out, '.tsbuildinfo'), { force: true });
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-b', ...projects.map((p) => p.config)], { cwd: root, stdio: 'inherit' });

writeFileSync(
  join(projects[1].out, 'package.json'),
  `${JSON.stringify({ name: '@corridor/local-discord', private: true, type: 'module', exports: { '.': './index.js' } }, null, 2)}\n`,
);

const data = files(projects[0].src).filter((f) => !f.endsWith('.ts'));
// Written below from a package's data: kept, not deleted as a copy whose source is gone.
const built = ['knowledge/search/chinese-not-nominal.txt'];
const wanted = new Set([...data, ...built]);
for (const f of files(dist)) {
  if (!f.endsWith('.js') && f !== '.tsbuildinfo' && !wanted.has(f)) rmSync(join(dist, f));
}
for (const f of data) {
  mkdirSync(dirname(join(dist, f)), { recursive: true });
  copyFileSync(join(projects[0].src, f), join(dist, f));
}

// 3. Word lists derived from a package's data that the index needs before the bot is ready, so start-up reads them
//    instead of deriving them (chinese-pos.ts).
const { writeBuiltWords } = await import(pathToFileURL(join(dist, 'knowledge', 'search', 'chinese-pos.js')).href);
writeBuiltWords();
