import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childLogger, createLogger, prettyWanted, registerDatabaseUrl, registerSecret } from '../../src/logger.js';
import { parseLogs } from '../support/log-lines.js';

function collect(level: Parameters<typeof createLogger>[0] = 'debug') {
  const lines: string[] = [];
  return { lines, log: createLogger(level, (l) => lines.push(l)) };
}

describe('logger (pino)', () => {
  it('writes one JSON object per line with level, ISO time, message and structured fields', () => {
    const { lines, log } = collect();
    log.info('fact base loaded', { facts: 42 });
    log.warn('plain text extra', 'why');
    log.error('boom', new Error('it broke'));
    const [info, warn, error] = parseLogs(lines);
    expect(info).toMatchObject({ level: 30, msg: 'fact base loaded', facts: 42 });
    expect(new Date(info!.time as string).toISOString()).toBe(info!.time);
    expect(warn).toMatchObject({ level: 40, msg: 'plain text extra', extra: 'why' });
    expect(error).toMatchObject({ level: 50, msg: 'boom', err: { message: 'it broke', type: 'Error' } });
    expect((error!.err as { stack: string }).stack).toContain('logger.test.ts');
  });

  it('honours the level: debug lines are dropped at info, everything at silent', () => {
    const info = collect('info');
    info.log.debug('hidden');
    info.log.info('shown');
    expect(parseLogs(info.lines).map((e) => e.msg)).toEqual(['shown']);
    const silent = collect('silent');
    silent.log.error('nothing');
    expect(silent.lines).toEqual([]);
  });

  it('a child logger adds its bindings to every line, also over a wrapped (non-pino) logger', () => {
    const { lines, log } = collect();
    childLogger(log, { command: 'ask', guildId: '100000000000000001', interactionId: '9' }).info('answered', { ms: 3 });
    const wrapped = { debug: log.debug, info: log.info, warn: log.warn, error: log.error };
    childLogger(wrapped, { command: 'fact' }).error('failed', new Error('x'));
    const [a, b] = parseLogs(lines);
    expect(a).toMatchObject({
      command: 'ask',
      guildId: '100000000000000001',
      interactionId: '9',
      ms: 3,
      msg: 'answered',
    });
    expect(b).toMatchObject({ command: 'fact', msg: 'failed', err: { message: 'x' } });
  });

  it('masks the token and DATABASE_URL passwords wherever they appear; key-named secrets too', () => {
    const { lines, log } = collect();
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token-for-logger-test';
    registerSecret(token);
    registerDatabaseUrl('postgres://corridor:p%40ss-W0rd-registered@db.example:5432/corridor');
    log.error(`login failed with ${token}`, new Error(`bad token ${token}`));
    log.warn('pg said: password p@ss-W0rd-registered rejected');
    log.info('connecting', { url: 'postgresql://ops:unregistered-Secret9@10.0.0.5/corridor', token: 'short' });
    const text = lines.join('\n');
    for (const secret of [token, 'p@ss-W0rd-registered', 'p%40ss-W0rd-registered', 'unregistered-Secret9', '"short"'])
      expect(text).not.toContain(secret);
    expect(text).toContain('postgresql://ops:[redacted]@10.0.0.5/corridor');
    expect(parseLogs(lines)).toHaveLength(3);
  });

  it('is pretty only with LOG_FORMAT=pretty or auto on a terminal', () => {
    expect(prettyWanted('pretty', false)).toBe(true);
    expect(prettyWanted('auto', true)).toBe(true);
    expect(prettyWanted('auto', false)).toBe(false);
    expect(prettyWanted('json', true)).toBe(false);
  });

  it('writes JSON or pino-pretty text to stderr in a real process', () => {
    const stderrOf = (format: string) => {
      const script =
        `import('./src/logger.ts').then((m) => m.createLogger('info', undefined, '${format}` +
        `').info('hello operator', { n: 1 }))`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      return run.stderr;
    };
    expect(JSON.parse(stderrOf('json').trim())).toMatchObject({ level: 30, msg: 'hello operator', n: 1 });
    const pretty = stderrOf('pretty');
    expect(pretty).toMatch(/INFO.*hello operator/);
    expect(() => JSON.parse(pretty.trim())).toThrow();
  });
});
