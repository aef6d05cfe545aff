/**
 * `npm run start:sharded`: discord.js's ShardingManager runs one bot process (index.js, built) per gateway shard.
 * Discord requires sharding from 2,500 servers. The shards share the store (the SQLite file, or PostgreSQL with
 * DATABASE_URL, shared with instances on other machines too): one process (the lease holder) runs the scheduler,
 * and each follows the others' fact edits (see scheduler/leader.ts, knowledge/watch-facts.ts).
 */
import { ShardingManager } from 'discord.js';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configOrExit } from './env.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.token) {
    process.stderr.write(
      'start:sharded needs DISCORD_TOKEN (see .env.example); "npm start" runs the offline sandbox without one.\n',
    );
    process.exit(1);
  }
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  // The sibling index with this file's own extension: dist/index.js when built (npm run start:sharded), plain Node;
  // src/index.ts under tsx (development and the tests), through tsx's loader as this process has it.
  const ext = extname(fileURLToPath(import.meta.url));
  const manager = new ShardingManager(fileURLToPath(new URL(`./index${ext}`, import.meta.url)), {
    token: config.token,
    totalShards: config.totalShards ?? 'auto',
    execArgv: ext === '.ts' ? ['--import', 'tsx'] : [],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log.info(`shard ${shard.id + 1}/${manager.totalShards} launched`);
    shard.on('death', () => log.warn(`shard ${shard.id} exited${manager.respawn ? '; respawning' : ''}`));
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping ${manager.shards.size} shard(s)`);
    manager.respawn = false;
    // Each shard stops itself cleanly on SIGTERM (in-flight answers, the running tick, the database).
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    );
    void Promise.all(exits).then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await manager.spawn({ amount: manager.totalShards });
}

main().catch((err: unknown) => {
  process.stderr.write(`Corridor could not start its shards: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
