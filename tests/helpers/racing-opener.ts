/**
 * Child process for tests/unit/migrate-race.test.ts: waits for a shared start instant (so that every child
 * opens the new database in the same few milliseconds), then runs the start-up path and prints "ok <facts>".
 *
 *   node --import tsx tests/helpers/racing-opener.ts <db path> <start at, ms since epoch>
 */
import { openKnowledge } from '../../src/knowledge/open.js';

const [dbPath, startAtText] = process.argv.slice(2);
if (!dbPath || !startAtText) {
  process.stderr.write('usage: racing-opener <db path> <start at ms>\n');
  process.exit(2);
}
const startAt = Number(startAtText);
while (Date.now() < startAt) {
  // Spin rather than sleep: a timer would add its own jitter to the start.
}
const { store, kb } = await openKnowledge(dbPath);
process.stdout.write(`ok ${kb.facts().length}\n`);
await store.close();
