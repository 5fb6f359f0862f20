import { and, asc, count, eq, ilike, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/raw';
import { worklogEntries, youthContacts } from '../../db/schema';
import { containsPattern } from '../../db/like';

export type YouthRow = typeof youthContacts.$inferSelect;

export async function listOwn(
  db: Db,
  cadreId: string,
  f: { q?: string | undefined; relation?: 'friend' | 'help_pair' | undefined },
) {
  const conds: SQL[] = [eq(youthContacts.cadreId, cadreId)];
  if (f.q) conds.push(ilike(youthContacts.name, containsPattern(f.q)));
  if (f.relation) conds.push(eq(youthContacts.relation, f.relation));
  return db
    .select()
    .from(youthContacts)
    .where(and(...conds))
    .orderBy(asc(youthContacts.name), asc(youthContacts.id));
}

export async function findOwn(db: Db, cadreId: string, id: string): Promise<YouthRow | undefined> {
  const [row] = await db
    .select()
    .from(youthContacts)
    .where(and(eq(youthContacts.cadreId, cadreId), eq(youthContacts.id, id)));
  return row;
}

/** Y3: last contact and number of live entries naming each contact, derived from the log. */
export async function contactStats(
  db: Db,
  cadreId: string,
): Promise<Map<string, { last: string; count: number }>> {
  const rows = await queryRows(
    db,
    sql`
    select y as youth_id, max(${worklogEntries.dateTo})::text as last, count(*)::int as n
    from ${worklogEntries}, unnest(${worklogEntries.youthIds}) as y
    where ${worklogEntries.cadreId} = ${cadreId} and ${worklogEntries.status} = 'active'
    group by y`,
    z.object({ youth_id: z.string(), last: z.string(), n: z.coerce.number() }),
  );
  return new Map(rows.map((r) => [r.youth_id, { last: r.last, count: r.n }]));
}

/** Y5: which of these phone hashes another cadre of the organ also holds (never who). */
export async function hashesKnownElsewhere(
  db: Db,
  organId: string,
  cadreId: string,
  hashes: string[],
): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ h: youthContacts.phoneHash })
    .from(youthContacts)
    .where(
      and(
        eq(youthContacts.organId, organId),
        ne(youthContacts.cadreId, cadreId),
        inArray(youthContacts.phoneHash, hashes),
      ),
    );
  return new Set(rows.flatMap((r) => (r.h ? [r.h] : [])));
}

export async function relationCounts(db: Db, cadreIds: string[]) {
  if (cadreIds.length === 0) return [];
  return db
    .select({ cadreId: youthContacts.cadreId, relation: youthContacts.relation, n: count() })
    .from(youthContacts)
    .where(inArray(youthContacts.cadreId, cadreIds))
    .groupBy(youthContacts.cadreId, youthContacts.relation);
}
