import { loadConfig, type Config } from './config';
import { databaseTarget, openDatabase, type Database } from './db/client';
import { seedIfEmpty, type SeedResult } from './db/seed-demo';
import { createFieldCipher } from './platform/crypto';
import { resolveDataKey } from './platform/data-key';
import type { AppDeps } from './deps';

/** Config → database (migrated, seeded on first start) → the dependencies every entry point shares. */
export async function openRuntime(
  config: Config = loadConfig(),
): Promise<{ deps: AppDeps; database: Database; seeded: SeedResult | null }> {
  const database = await openDatabase(databaseTarget(config));
  await database.migrate();
  const cipher = createFieldCipher(resolveDataKey(config.dataKey, config.dataDir).key);
  const now = () => new Date();
  const seeded = await seedIfEmpty(database.db, cipher, {
    demo: config.demo,
    adminPassword: config.adminPassword,
    now: now(),
  });
  return { deps: { db: database.db, config, now, cipher }, database, seeded };
}
