/**
 * `npm run bench:memory`: the bot's memory after 100,000 simulated interactions (asks, autocompletes and button
 * presses from 20,000 different members), with discord.js's default caches and with Corridor's limits, each in its
 * own child process so the local Discord's bookkeeping is not counted. Writes bench/memory-results.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { LocalDiscord } from '@corridor/local-discord';
import { prng } from '../tests/support/prng.js';

const TOTAL = Number(process.env.BENCH_INTERACTIONS ?? 100_000);
const MEMBERS = 20_000;
const BATCH = 50;
const CHECKPOINTS = 4;
const QUESTIONS = [
  'when did the china laos railway open?',
  'what is RCEP',
  'China-ASEAN trade volume 2023',
  'CAFTA 3.0 upgrade',
  'ticket price to Vientiane',
];

interface Sample {
  done: number;
  rss: number;
  heapUsed: number;
  users: number;
  members: number;
  messages: number;
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as T));
    child.send(message);
  });
}

async function run(mode: 'default' | 'limited'): Promise<Sample[]> {
  const local = await LocalDiscord.start({
    guilds: [
      {
        id: '100000000000000001',
        name: 'Home',
        channels: [
          { id: '200000000000000001', name: 'general' },
          { id: '200000000000000002', name: 'trade' },
        ],
      },
      { id: '100000000000000002', name: 'Other', channels: [{ id: '200000000000000101', name: 'general' }] },
    ],
  });
  const dir = mkdtempSync(join(os.tmpdir(), 'corridor-memory-'));
  const child = fork(
    join(import.meta.dirname, 'memory-bot.ts'),
    [mode, join(dir, 'bench.db'), local.restBase, local.token, local.applicationId],
    {
      execArgv: ['--expose-gc', '--import', 'tsx'],
    },
  );
  await new Promise((resolve) => child.once('message', resolve));

  const rng = prng(11);
  const samples: Sample[] = [{ done: 0, ...(await ask<Omit<Sample, 'done'>>(child, 'measure')) }];
  let lastAnswer: { id: string; related?: string } | undefined;
  const started = performance.now();
  for (let done = 0; done < TOTAL;) {
    const ids: string[] = [];
    for (let i = 0; i < BATCH && done < TOTAL; i++, done++) {
      const n = Math.floor(rng() * MEMBERS);
      const who = {
        user: { id: String(410_000_000_000_000_000n + BigInt(n)), username: `member${n}` },
        guildId: n % 3 === 0 ? '100000000000000002' : '100000000000000001',
      };
      const roll = rng();
      if (roll < 0.15 && lastAnswer?.related) {
        ids.push(
          local.sendButton({
            customId: lastAnswer.related,
            messageId: local.originalMessage(lastAnswer.id)?.id,
            ...who,
          }).id,
        );
      } else if (roll < 0.3) {
        ids.push(
          local.sendAutocomplete({
            name: 'fact',
            options: [{ name: 'name', type: 3, value: QUESTIONS[n % QUESTIONS.length]!.slice(0, 6), focused: true }],
            ...who,
          }).id,
        );
      } else {
        const q = QUESTIONS[n % QUESTIONS.length]!;
        ids.push(local.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: q }], ...who }).id);
      }
    }
    for (const id of ids) {
      const body = (await local.waitForResponse(id, 30_000)).body as {
        data?: { components?: { components?: { custom_id?: string }[] }[] };
      };
      const related = body.data?.components?.[0]?.components?.find((c) => c.custom_id?.startsWith('fact:'))?.custom_id;
      if (related) lastAnswer = { id, related };
    }
    // The parent's record of every request is not what is measured, and every wait scans it: drop it per batch.
    local.requests.length = 0;
    if (done % (TOTAL / CHECKPOINTS) === 0) {
      samples.push({ done, ...(await ask<Omit<Sample, 'done'>>(child, 'measure')) });
      const s = samples.at(-1)!;
      log(
        `  ${mode}: ${done} interactions, RSS ${mb(s.rss)}, heap ${mb(s.heapUsed)}, cached users ${s.users}, ` +
          `members ${s.members}, messages ${s.messages} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
  await local.stop();
  rmSync(dir, { recursive: true, force: true });
  return samples;
}

log(`Corridor memory: ${TOTAL} interactions from ${MEMBERS} members, batches of ${BATCH}`);
const results = { default: await run('default'), limited: await run('limited') };
const rows = (['default', 'limited'] as const).flatMap((mode) =>
  results[mode].map(
    (s) =>
      `| ${mode === 'default' ? 'discord.js defaults (before)' : 'Corridor limits (after)'} | ${s.done} | ` +
      `${mb(s.rss)} | ${mb(s.heapUsed)} | ${s.users} | ${s.members} | ${s.messages} |`,
  ),
);
const md = [
  '# Memory after many interactions',
  '',
  `\`npm run bench:memory\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}` +
    `, ${new Date().toISOString().slice(0, 10)}.`,
  `${TOTAL} interactions (70% /ask, 15% /fact autocomplete, 15% button presses on an answer) from ${MEMBERS} members in two servers;`,
  'the bot runs in its own process and is measured after a full GC.',
  '',
  '| caches | interactions | RSS | heap used | cached users | cached members | cached messages |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
].join('\n');
writeFileSync(join(import.meta.dirname, 'memory-results.md'), md);
log(md);
