import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('scale-out configuration', () => {
  it('defaults: a 30 s scheduler lease and Discord-recommended shards', () => {
    expect(loadConfig({})).toMatchObject({ schedulerLeaseMs: 30_000, totalShards: 'auto' });
    expect(loadConfig({ SCHEDULER_LEASE_SECONDS: '3', TOTAL_SHARDS: '4' })).toMatchObject({
      schedulerLeaseMs: 3000,
      totalShards: 4,
    });
  });

  it('a shard count or lease that is not a number is named in one line', () => {
    expect(() => loadConfig({ TOTAL_SHARDS: 'two' })).toThrow(
      /TOTAL_SHARDS: must be "auto" or a whole number of shards/,
    );
    expect(() => loadConfig({ TOTAL_SHARDS: '0' })).toThrow(/TOTAL_SHARDS/);
    expect(() => loadConfig({ SCHEDULER_LEASE_SECONDS: '0' })).toThrow(/SCHEDULER_LEASE_SECONDS: must be at least 1/);
  });
});
