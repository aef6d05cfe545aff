import { defineConfig } from 'vitest/config';

/**
 * `npm test -w @corridor/local-discord`: the package's tests alone. Without this file vitest would pick up the
 * bot's root config (and its reporter path). The root `npm test` runs these tests too, under the root config.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
