/**
 * Child process for tests/unit/store-crash.test.ts: writes changes through the KnowledgeBase as fast as it can
 * and prints "ack <n> <fact id> <version> <revision id>" after each committed change, until it is killed.
 *
 *   node --import tsx tests/helpers/crash-writer.ts <db path> <tag> [max changes]
 */
import { writeSync } from 'node:fs';
import { openKnowledge } from '../../src/knowledge/open.js';
import type { ChangeResult } from '../../src/knowledge/knowledge-base.js';

const [dbPath, tag, maxText] = process.argv.slice(2);
if (!dbPath || !tag) {
  process.stderr.write('usage: crash-writer <db path> <tag> [max changes]\n');
  process.exit(2);
}
const max = Number(maxText ?? 100_000);
const { kb } = await openKnowledge(dbPath);
const actor = { id: 'crash-writer', name: 'crash writer' };
const targets = kb
  .facts()
  .slice(0, 8)
  .map((f) => f.id);

const added: string[] = [];

for (let n = 1; n <= max; n++) {
  const reason = `${tag}#${n}`;
  let change: ChangeResult;
  const mine = added.at(-1);
  if (n % 10 === 0) {
    change = await kb.add(
      {
        kind: 'milestone',
        id: `crash-${tag}-${n}`,
        title: `Crash test fact ${tag} ${n}`,
        summary: `A fact written by the crash writer, change ${reason}.`,
        date: '2024-01-02',
        sources: [{ publisher: 'Crash Test', title: 'Writer', date: '2024-01-02' }],
      },
      actor,
      reason,
    );
    added.push(change.stored.fact.id);
  } else if (n % 5 === 0 && mine) {
    // Remove / restore only the writer's own facts: nothing else refers to them.
    change = (await kb.stored(mine))!.deleted
      ? await kb.restore(mine, actor, reason)
      : await kb.remove(mine, actor, reason);
  } else {
    const id = targets[n % targets.length]!;
    const stored = (await kb.stored(id))!;
    const summary = `${stored.fact.summary.replace(/ \[[^\]]*\]$/, '').slice(0, 900)} [${reason}]`;
    change = await kb.edit(id, { ...stored.fact, summary }, stored.version, actor, reason);
  }
  // Synchronous write: the ack leaves only after the commit above returned.
  writeSync(1, `ack ${n} ${change.revision.factId} ${change.revision.version} ${change.revision.id}\n`);
}
