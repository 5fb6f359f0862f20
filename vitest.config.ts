import { defineConfig } from 'vitest/config';

// One runner for unit (core), integration (server, against PGlite or PostgreSQL) and web tests.
// DATABASE_URL set → server tests run against that PostgreSQL database; unset → embedded PGlite.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['core/src/**/*.test.ts'] } },
      // Pure web logic (plan edits, offline outbox rules); pages are covered by the browser journeys.
      { test: { name: 'web', include: ['web/src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
