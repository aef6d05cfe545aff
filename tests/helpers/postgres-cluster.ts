/**
 * A throwaway PostgreSQL server for tests: the machine's own server binaries (initdb, pg_ctl), a cluster in a temp
 * folder, a free port on 127.0.0.1, trust authentication, durability off (fsync) for speed. PostgreSQL refuses to
 * run as root, so under root the cluster belongs to the `postgres` user (or `nobody`) and runs through runuser.
 * No binaries: a loud error saying how to install them. Tests never skip or mock PostgreSQL.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export const INSTALL_HINT = [
  'The PostgreSQL contract tests start their own throwaway PostgreSQL server, but no server binaries (initdb, pg_ctl) were found.',
  'Install them, then run the tests again:',
  '  Debian/Ubuntu: apt-get install -y postgresql   (.ci/run does this when they are missing)',
  '  Fedora:        dnf install -y postgresql-server',
  '  macOS:         brew install postgresql@16',
  'or point PG_BIN at the folder holding initdb and pg_ctl (e.g. PG_BIN=/usr/lib/postgresql/15/bin).',
].join('\n');

export class PostgresUnavailableError extends Error {
  override name = 'PostgresUnavailableError';
}

/** PG_BIN when set (and then only it), else PATH, then Debian's /usr/lib/postgresql/<version>/bin (newest first). */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  const has = (dir: string): boolean => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (env.PG_BIN) return has(env.PG_BIN) ? env.PG_BIN : null;
  const candidates: string[] = [];
  candidates.push(...(env.PATH ?? '').split(delimiter).filter(Boolean));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  return candidates.find(has) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Under root: the unprivileged account the server runs as. */
function serverUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  return spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
}

export interface PostgresCluster {
  /** A connection URL for `database` (trust auth: the password is there only to exercise redaction). */
  url(database: string): string;
  /** Creates an empty database with a fresh name and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(env: NodeJS.ProcessEnv = process.env): Promise<PostgresCluster> {
  const bin = findPostgresBin(env);
  if (!bin) throw new PostgresUnavailableError(INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'corridor-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const user = serverUser();
  const run = (file: string, args: string[]): void => {
    const [cmd, argv] = user ? ['runuser', ['-u', user, '--', join(bin, file), ...args]] : [join(bin, file), args];
    execFileSync(cmd, argv, { stdio: 'pipe', cwd: dir });
  };
  if (user) {
    execFileSync('chown', [user, dir]);
    chmodSync(dir, 0o700);
  }
  const port = await freePort();
  let started = false;
  const stop = (): void => {
    if (started)
      spawnSync(
        user ? 'runuser' : join(bin, 'pg_ctl'),
        [...(user ? ['-u', user, '--', join(bin, 'pg_ctl')] : []), '-D', data, '-m', 'immediate', '-w', 'stop'],
        { stdio: 'ignore' },
      );
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop); // a crashed test run must not leave a server behind
  try {
    run('initdb', ['-D', data, '-U', 'corridor', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
    started = true;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    stop();
    throw new PostgresUnavailableError(
      `Could not start a throwaway PostgreSQL from ${bin}:\n${detail}\n${serverLog}\n\n${INSTALL_HINT}`,
    );
  }

  const url = (database: string): string => `postgres://corridor:not-a-real-secret@127.0.0.1:${port}/${database}`;
  const admin = new pg.Pool({ connectionString: url('postgres'), max: 2 });
  let n = 0;
  return {
    url,
    async createDatabase() {
      const name = `contract_${process.pid}_${++n}`;
      await admin.query(`CREATE DATABASE ${name}`); // a generated identifier: CREATE DATABASE takes no parameters
      return url(name);
    },
    async stop() {
      await admin.end().catch(() => undefined);
      stop();
      process.removeListener('exit', stop);
    },
  };
}
