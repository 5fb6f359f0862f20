import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, type DatabaseTarget } from '../../server/src/db/client';
import { departments, organs } from '../../server/src/db/schema';
import { importIntoOrgan } from '../../server/src/modules/imports/imports.service';
import { createFieldCipher } from '../../server/src/platform/crypto';
import { freshPostgres } from '../support/postgres';
import { generateCadreFile } from './generate';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const KEY = '00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef';
const DEPARTMENTS = ['办公室', '组织部', '宣传部', '统战部', '青年发展部', '学校部', '少年部', '社会联络部'];
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Peak resident memory while `work` runs, sampled every 10 ms (the process max RSS is only ever rising). */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; baseRss: number; peakRss: number }> {
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - started,
      baseRss,
      peakRss: Math.max(peakRss, process.memoryUsage().rss),
    };
  } finally {
    clearInterval(timer);
  }
}

async function benchOne(label: string, target: DatabaseTarget, file: Buffer): Promise<void> {
  const database = await openDatabase(target);
  try {
    await database.migrate();
    const db = database.db;
    const [organ] = await db
      .insert(organs)
      .values({ code: 'bench-import', name: '基准测试机关', level: 2, provinceCode: '43' })
      .returning();
    if (!organ) throw new Error('no organ');
    await db.insert(departments).values(DEPARTMENTS.map((name, sort) => ({ organId: organ.id, name, sort })));
    const cipher = createFieldCipher(KEY);
    const importOnce = () =>
      importIntoOrgan(
        db,
        cipher,
        { organId: organ.id, user: null },
        { kind: 'cadres', bytes: file, fileName: 'bench.xlsx', dryRun: false },
        'zh-CN',
        new Date(),
      );
    const first = await measured(importOnce);
    const again = await measured(importOnce);
    const line = (name: string, m: typeof first) =>
      `  ${label.padEnd(10)} ${name.padEnd(9)} ${String(Math.round(m.ms)).padStart(6)} ms  ` +
      `created ${m.result.created}, unchanged ${m.result.unchanged}, rejected ${m.result.rejected}  ` +
      `rss ${mb(m.baseRss)} → peak ${mb(m.peakRss)}`;
    console.log(line('import', first));
    console.log(line('re-import', again));
  } finally {
    await database.close();
  }
}

/**
 * R5 benchmark: the generated 10,000-row cadre workbook (20 bad rows) imported through the service —
 * read, check, upsert in one transaction, audit — into a fresh embedded PGlite (temp DATA_DIR) and a
 * fresh PostgreSQL database (dropped afterwards), then imported again (all unchanged).
 */
export async function runImportBench(): Promise<void> {
  const generated = await generateCadreFile(DEPARTMENTS, { count: ROWS });
  console.log(
    `cadre import: ${ROWS} rows, ${generated.bad.length} bad, ${Math.round(generated.xlsx.length / 1024)} KB .xlsx`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-import-'));
  try {
    await benchOne('PGlite', { kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') }, generated.xlsx);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const postgres = await freshPostgres('import');
  try {
    await benchOne('PostgreSQL', { kind: 'postgres', url: postgres.url, max: 4 }, generated.xlsx);
  } finally {
    await postgres.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runImportBench();
