import { and, asc, count, eq, ilike, like, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { grassrootsOrgQuery } from '@grassroots/core';
import type { Db } from '../../db/client';
import { departments, divisions, grassrootsOrgs, organs } from '../../db/schema';
import { containsPattern } from '../../db/like';

export const allOrgans = (db: Db) => db.select().from(organs).orderBy(asc(organs.level), asc(organs.code));

export const departmentsOf = (db: Db, organId: string) =>
  db
    .select()
    .from(departments)
    .where(eq(departments.organId, organId))
    .orderBy(asc(departments.sort), asc(departments.name));

export function divisionsUnder(db: Db, parent: string | undefined) {
  const where = parent === undefined ? eq(divisions.level, 1) : eq(divisions.parentCode, parent);
  return db.select().from(divisions).where(where).orderBy(asc(divisions.code));
}

export async function countiesExist(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: divisions.code }).from(divisions).where(eq(divisions.level, 3));
  const all = new Set(rows.map((r) => r.code));
  return new Set(codes.filter((c) => all.has(c)));
}

const orgColumns = {
  id: grassrootsOrgs.id,
  organId: grassrootsOrgs.organId,
  name: grassrootsOrgs.name,
  type: grassrootsOrgs.type,
  countyCode: grassrootsOrgs.countyCode,
  countyName: divisions.name,
  address: grassrootsOrgs.address,
  twoNew: grassrootsOrgs.twoNew,
  contactPerson: grassrootsOrgs.contactPerson,
  version: grassrootsOrgs.version,
};

/** Grassroots organizations of one organ (the caller's scope), filtered and paged. */
export async function listGrassrootsOrgs(db: Db, organId: string, q: z.infer<typeof grassrootsOrgQuery>) {
  const conds: SQL[] = [eq(grassrootsOrgs.organId, organId)];
  if (q.q) conds.push(ilike(grassrootsOrgs.name, containsPattern(q.q)));
  if (q.type) conds.push(eq(grassrootsOrgs.type, q.type));
  if (q.countyCode) conds.push(like(grassrootsOrgs.countyCode, `${q.countyCode}%`));
  if (q.twoNew) conds.push(eq(grassrootsOrgs.twoNew, q.twoNew === 'true'));
  const where = and(...conds);
  const items = await db
    .select(orgColumns)
    .from(grassrootsOrgs)
    .leftJoin(divisions, eq(divisions.code, grassrootsOrgs.countyCode))
    .where(where)
    .orderBy(asc(grassrootsOrgs.countyCode), asc(grassrootsOrgs.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(grassrootsOrgs).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findGrassrootsOrg(db: Db, organId: string, id: string) {
  const [row] = await db
    .select(orgColumns)
    .from(grassrootsOrgs)
    .leftJoin(divisions, eq(divisions.code, grassrootsOrgs.countyCode))
    .where(and(eq(grassrootsOrgs.organId, organId), eq(grassrootsOrgs.id, id)));
  return row;
}
