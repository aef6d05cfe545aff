import { defineConfig } from 'vitest/config';

/** `npm run mutate` only: the tests that cover the mutated safety-critical modules (see stryker.config.json). */
export default defineConfig({
  test: {
    include: [
      'tests/unit/moderation.test.ts',
      'tests/unit/post-ledger.test.ts',
      'tests/unit/scheduler-run.test.ts',
      'tests/unit/channel-poster.test.ts',
      'tests/unit/facts-command.test.ts',
      'tests/unit/reports-store.test.ts',
      'tests/e2e/reminders.test.ts',
      'tests/e2e/member-commands.test.ts',
      'tests/e2e/moderation.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
