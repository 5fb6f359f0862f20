import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dump: string };
  }
}

/**
 * Migrations run once here. PostgreSQL (DATABASE_URL set): every test file shares the migrated database
 * and builds its own organ as its tenant. PGlite: a migrated data directory is dumped once and each test
 * file starts its own embedded database from it.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openDatabase({ kind: 'postgres', url, max: 2 });
    await database.migrate();
    await database.close();
    project.provide('database', { kind: 'postgres', url });
    return;
  }
  const database = await openDatabase({ kind: 'pglite' });
  await database.migrate();
  const dump = await database.pglite?.dumpDataDir('gzip');
  if (!dump) throw new Error('PGlite dump failed');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'grassroots-test-')), 'pgdata.tar.gz');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('database', { kind: 'pglite', dump: file });
}
