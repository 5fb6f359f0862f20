import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { parseOrExplain } from './args';

const usage = [
  'Usage: grassroots backup --out FILE     back up the database (PGlite: data directory archive; PostgreSQL: pg_dump -Fc)',
  '       grassroots restore --in FILE     restore it (stop the server first; PGlite keeps the old directory as pgdata.before-restore-<time>)',
].join('\n');

/** S7: backup and restore by command. */
export async function run(args: string[]): Promise<number> {
  const restoring = args[0] === 'restore';
  const parsed = parseOrExplain(
    restoring ? args.slice(1) : args,
    { out: { type: 'string' }, in: { type: 'string' }, help: { type: 'boolean' } },
    usage,
  );
  if (!parsed) return 2;
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  const config = loadConfig();
  const file = restoring ? parsed.values.in : parsed.values.out;
  if (!file) {
    console.error(usage);
    return 2;
  }
  if (config.databaseUrl) {
    const cmd = restoring
      ? spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '-d', config.databaseUrl, file], {
          stdio: 'inherit',
        })
      : spawnSync('pg_dump', ['-Fc', '-f', file, config.databaseUrl], { stdio: 'inherit' });
    if (cmd.error)
      console.error(`${restoring ? 'pg_restore' : 'pg_dump'} could not run: ${cmd.error.message}`);
    return cmd.status === 0 ? 0 : 1;
  }
  const dataDir = path.join(config.dataDir, 'pgdata');
  if (restoring) {
    if (!existsSync(file)) {
      console.error(`No such file: ${file}`);
      return 2;
    }
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
      renameSync(dataDir, `${dataDir}.before-restore-${Date.now()}`);
    const database = await openDatabase({
      kind: 'pglite',
      dataDir,
      loadDataDir: new Blob([readFileSync(file)]),
    });
    await database.close();
    console.log(`Restored ${file} into ${dataDir}.`);
    return 0;
  }
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const dump = await database.pglite?.dumpDataDir('gzip');
    if (!dump) throw new Error('PGlite did not produce a dump');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    console.log(`Backed up ${dataDir} to ${file}.`);
    return 0;
  } finally {
    await database.close();
  }
}
