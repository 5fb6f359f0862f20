import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client';

/** A raw SQL query whose rows are checked against a schema (both drivers answer `{ rows }`). */
export async function queryRows<T extends z.ZodType>(db: Db, query: SQL, row: T): Promise<z.infer<T>[]> {
  const result = await db.execute(query);
  return z.object({ rows: z.array(row) }).parse(result).rows;
}
