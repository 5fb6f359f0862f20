import { loadConfig } from '../config';
import { databaseTarget, openDatabase } from '../db/client';

const usage =
  'Usage: grassroots db migrate   — apply the migrations (and load the divisions) to DATABASE_URL or DATA_DIR';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== 'migrate') {
    console.log(usage);
    return args[0] === '--help' || args[0] === undefined ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(databaseTarget(config));
  try {
    await database.migrate();
    console.log(`Migrated the ${database.kind} database.`);
    return 0;
  } finally {
    await database.close();
  }
}
