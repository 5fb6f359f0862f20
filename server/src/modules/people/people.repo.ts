import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { cadreQuery } from '@grassroots/core';
import type { Db } from '../../db/client';
import { cadres, departments, dispatchAssignments, exemptions } from '../../db/schema';
import type { CadreScope } from '../../platform/access';
import { containsPattern } from '../../db/like';

/** STYLE 4: list queries carry the caller's scope, so a forgotten check fails closed. */
export function scopeCondition(scope: CadreScope): SQL | undefined {
  switch (scope.kind) {
    case 'organ':
      return eq(cadres.organId, scope.organId);
    case 'department':
      return and(eq(cadres.organId, scope.organId), eq(cadres.departmentId, scope.departmentId));
    case 'group':
      // Self, and the members of every dispatch group this cadre leads (members may be of other organs, D6).
      return or(
        eq(cadres.id, scope.cadreId),
        sql`${cadres.id} in (select m.cadre_id from ${dispatchAssignments} m join ${dispatchAssignments} l
          on l.round_id = m.round_id and l.group_key = m.group_key where l.cadre_id = ${scope.cadreId} and l.leader)`,
      );
    case 'self':
      return and(eq(cadres.organId, scope.organId), eq(cadres.id, scope.cadreId));
    case 'none':
      return undefined;
  }
}

export type CadreRow = typeof cadres.$inferSelect & { departmentName: string };

export async function listCadres(db: Db, scope: CadreScope, q: z.infer<typeof cadreQuery>) {
  const scoped = scopeCondition(scope);
  if (!scoped) return { rows: [] as CadreRow[], total: 0 };
  const conds: SQL[] = [scoped];
  if (q.q) conds.push(ilike(cadres.name, containsPattern(q.q)));
  if (q.departmentId) conds.push(eq(cadres.departmentId, q.departmentId));
  if (q.rank) conds.push(eq(cadres.rank, q.rank));
  if (q.postType) conds.push(eq(cadres.postType, q.postType));
  if (q.status) conds.push(eq(cadres.status, q.status));
  const where = and(...conds);
  const rows = await db
    .select({ c: cadres, departmentName: departments.name })
    .from(cadres)
    .innerJoin(departments, eq(departments.id, cadres.departmentId))
    .where(where)
    .orderBy(asc(departments.sort), asc(departments.name), asc(cadres.name), asc(cadres.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(cadres).where(where);
  return { rows: rows.map((r) => ({ ...r.c, departmentName: r.departmentName })), total: total?.n ?? 0 };
}

export async function findCadre(db: Db, scope: CadreScope, id: string): Promise<CadreRow | undefined> {
  const scoped = scopeCondition(scope);
  if (!scoped) return undefined;
  const [row] = await db
    .select({ c: cadres, departmentName: departments.name })
    .from(cadres)
    .innerJoin(departments, eq(departments.id, cadres.departmentId))
    .where(and(scoped, eq(cadres.id, id)));
  return row ? { ...row.c, departmentName: row.departmentName } : undefined;
}

export const exemptionsOf = (db: Db, cadreIds: string[]) =>
  cadreIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(exemptions)
        .where(inArray(exemptions.cadreId, cadreIds))
        .orderBy(asc(exemptions.approvedOn));

export async function exemptCadreIds(db: Db, cadreIds: string[]): Promise<Set<string>> {
  if (cadreIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: exemptions.cadreId })
    .from(exemptions)
    .where(and(inArray(exemptions.cadreId, cadreIds), isNull(exemptions.revokedAt)));
  return new Set(rows.map((r) => r.id));
}

export async function directory(db: Db, organId: string, q: string | undefined) {
  const conds: SQL[] = [eq(cadres.organId, organId)];
  if (q) conds.push(ilike(cadres.name, containsPattern(q)));
  return db
    .select({ id: cadres.id, name: cadres.name, departmentName: departments.name })
    .from(cadres)
    .innerJoin(departments, eq(departments.id, cadres.departmentId))
    .where(and(...conds))
    .orderBy(asc(cadres.name))
    .limit(50);
}

export async function departmentInOrgan(db: Db, organId: string, departmentId: string) {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, departmentId), eq(departments.organId, organId)));
  return row !== undefined;
}
