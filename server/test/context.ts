import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import type { Config } from '../src/config';
import { openDatabase, type Database } from '../src/db/client';
import type { AppDeps } from '../src/deps';
import { createFieldCipher } from '../src/platform/crypto';

export const TEST_DATA_KEY = '00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  deps: AppDeps;
  /** The clock the app reads; tests move it to cross idle timeouts and lockouts. */
  clock: { now: Date; advance: (ms: number) => void };
  close: () => Promise<void>;
}

/** A real app on a real database (PGlite from the migrated dump, or the shared PostgreSQL). */
export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const target = inject('database');
  const database =
    target.kind === 'postgres'
      ? await openDatabase({ kind: 'postgres', url: target.url, max: 4 })
      : await openDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(target.dump)]) });
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: undefined,
    adminPassword: undefined,
    demo: false,
    dataKey: TEST_DATA_KEY,
    secureCookies: false,
    loginRateLimit: 10_000,
    s3: undefined,
    ...overrides,
  };
  const deps: AppDeps = {
    db: database.db,
    config,
    now: () => clock.now,
    cipher: createFieldCipher(TEST_DATA_KEY),
  };
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    deps,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
