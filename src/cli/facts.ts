import { readFileSync } from 'node:fs';
import { configFromEnvironment } from '../env.js';
import { KnowledgeError } from '../knowledge/knowledge-base.js';
import { openKnowledge } from '../knowledge/open.js';
import { unansweredReport } from './unanswered.js';
import { exitWithError } from './exit.js';

const USAGE =
  'usage: npm run --silent facts -- export   |   npm run facts -- import FILE [--dry-run] [--reason "why"]   ' +
  '|   npm run facts -- unanswered [--json]';
const CLI_ACTOR = { id: 'cli', name: `command line (${process.env.USER ?? 'local user'})` };

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    exitWithError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    exitWithError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'export') {
    const { store, kb } = await openKnowledge(configFromEnvironment());
    process.stdout.write(`${JSON.stringify(kb.facts(), null, 2)}\n`);
    await store.close();
    return;
  }
  if (command === 'import') {
    const dryRun = rest.includes('--dry-run');
    const reasonAt = rest.indexOf('--reason');
    const reason = reasonAt >= 0 ? (rest[reasonAt + 1] ?? '') : 'imported from the command line';
    const file = rest.find((a, i) => !a.startsWith('--') && !(reasonAt >= 0 && i === reasonAt + 1));
    if (!file) exitWithError(`import needs a file; ${USAGE}`);
    const raw = readJson(file);
    const { store, kb } = await openKnowledge(configFromEnvironment());
    try {
      const plan = dryRun ? (await kb.planImport(raw)).plan : await kb.applyImport(raw, CLI_ACTOR, reason);
      const verb = dryRun ? 'would add' : 'added';
      process.stdout.write(
        `${verb} ${plan.added.length}, ${dryRun ? 'would change' : 'changed'} ${plan.changed.length}, ` +
          `${dryRun ? 'would remove' : 'removed'} ${plan.removed.length}, unchanged ${plan.unchanged}\n`,
      );
    } catch (err) {
      if (err instanceof KnowledgeError) exitWithError([err.message, ...err.problems].join('\n'));
      throw err;
    } finally {
      await store.close();
    }
    return;
  }
  if (command === 'unanswered') {
    const unknown = rest.find((a) => a !== '--json');
    if (unknown) exitWithError(`unknown option "${unknown}"; ${USAGE}`);
    const { store, kb } = await openKnowledge(configFromEnvironment());
    try {
      process.stdout.write(await unansweredReport(store, kb, rest.includes('--json')));
    } finally {
      await store.close();
    }
    return;
  }
  exitWithError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
}

try {
  await main(process.argv.slice(2));
} catch (err) {
  exitWithError(err instanceof Error ? err.message : String(err), 1);
}
