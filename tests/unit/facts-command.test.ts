import { describe, expect, it } from 'vitest';
import { facts } from '../../src/commands/facts/index.js';
import { factsForm, parseFormArgs } from '../../src/commands/facts/components/form.js';
import { downloadText, DownloadError, isJsonFile } from '../../src/commands/facts/download.js';
import { exportFileName } from '../../src/commands/facts/export.js';
import { TtlMap } from '../../src/commands/shared/ttl-map.js';
import { checkCommandLimits } from '@corridor/local-discord';

describe('/facts definition', () => {
  it('is a home-server command whose JSON is within Discord limits', () => {
    expect(facts.scope).toBe('home');
    const json = facts.data.toJSON();
    expect(checkCommandLimits([json])).toEqual([]);
    expect(json.default_member_permissions).toBe((1n << 5n).toString());
    expect((json.options ?? []).map((o) => o.name)).toEqual([
      'add',
      'edit',
      'remove',
      'restore',
      'history',
      'revert',
      'export',
      'import',
      'reports',
      'unanswered',
      'translate',
    ]);
  });
});

describe('custom ids', () => {
  it('fit in 100 characters even for the longest fact id and a large version', () => {
    const id = factsForm.id({ key: 'abcdef12', mode: 'edit', factId: 'x'.repeat(64), version: 9_999_999 });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseFormArgs(id.split(':').slice(1))).toEqual({
      key: 'abcdef12',
      mode: 'edit',
      factId: 'x'.repeat(64),
      version: 9_999_999,
    });
  });

  it('parse back, and refuse malformed ones', () => {
    expect(parseFormArgs(factsForm.id({ key: 'k', mode: 'add', kind: 'figure' }).split(':').slice(1))).toEqual({
      key: 'k',
      mode: 'add',
      kind: 'figure',
    });
    expect(parseFormArgs(['k', 'add', 'planet'])).toBeUndefined();
    expect(parseFormArgs(['k', 'edit', 'rcep', 'abc'])).toBeUndefined();
    expect(parseFormArgs(['k', 'edit', 'rcep', '0'])).toBeUndefined();
    expect(parseFormArgs([])).toBeUndefined();
  });
});

describe('TtlMap (drafts, pending imports)', () => {
  it('forgets entries after the TTL and hands each out once with take()', () => {
    let now = 0;
    const map = new TtlMap<string>(1000, 10, () => now);
    const key = map.create('draft');
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(map.get(key)).toBe('draft');
    now = 999;
    map.set(key, 'draft 2'); // restarts the clock
    now = 1998;
    expect(map.get(key)).toBe('draft 2');
    expect(map.take(key)).toBe('draft 2');
    expect(map.get(key)).toBeUndefined();
    const old = map.create('old');
    now = 5000;
    expect(map.get(old)).toBeUndefined();
  });

  it('keeps at most `max` entries', () => {
    const map = new TtlMap<number>(60_000, 3);
    const keys = [1, 2, 3, 4].map((n) => map.create(n));
    expect(map.size).toBe(3);
    expect(map.get(keys[0]!)).toBeUndefined();
    expect(map.get(keys[3]!)).toBe(4);
  });
});

describe('attachment download', () => {
  const respond =
    (body: string | Uint8Array, init: ResponseInit = {}) =>
    async () =>
      new Response(body, init);

  it('accepts .json files or a JSON content type only', () => {
    expect(isJsonFile('facts.json', null)).toBe(true);
    expect(isJsonFile('FACTS.JSON', 'text/plain')).toBe(true);
    expect(isJsonFile('facts', 'application/json; charset=utf-8')).toBe(true);
    expect(isJsonFile('facts.txt', 'text/plain')).toBe(false);
    expect(isJsonFile('facts.json.exe', null)).toBe(false);
  });

  it('returns the text, without a byte-order mark', async () => {
    expect(await downloadText('http://x', { fetcher: respond('\uFEFF[1,2]') })).toBe('[1,2]');
  });

  it('refuses a file over the limit, whether declared or streamed', async () => {
    await expect(downloadText('http://x', { maxBytes: 10, fetcher: respond('x'.repeat(11)) })).rejects.toThrow(
      /too big/,
    );
    await expect(
      downloadText('http://x', { maxBytes: 10, fetcher: respond('x', { headers: { 'content-length': '5000000' } }) }),
    ).rejects.toThrow(/too big \(4\.8 MB/);
  });

  it('explains HTTP errors, network errors and binary data', async () => {
    await expect(downloadText('http://x', { fetcher: respond('gone', { status: 404 }) })).rejects.toThrow(/HTTP 404/);
    await expect(
      downloadText('http://x', {
        fetcher: async () => {
          throw new Error('ECONNREFUSED');
        },
      }),
    ).rejects.toBeInstanceOf(DownloadError);
    await expect(
      downloadText('http://x', { fetcher: respond(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])) }),
    ).rejects.toThrow(/not UTF-8/);
  });
});

it('names the export file after the day', () => {
  expect(exportFileName(new Date('2025-05-03T23:59:00Z'))).toBe('corridor-facts-2025-05-03.json');
});
