import { and, asc, count, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  contactYearDocs,
  dispatchAssignments,
  attachments,
  cadres,
  contactInclusions,
  contactPoints,
  departmentPlans,
  departments,
  divisions,
  exemptions,
  grassrootsOrgs,
  organs,
  researchReports,
  taskLists,
  worklogEntries,
} from '../../db/schema';
import type { CadreScope } from '../../platform/access';
import { scopeCondition } from '../people/people.repo';
import { containsPattern } from '../../db/like';

export type YearDocKind = 'rule_set' | 'assignment';

/** C3/C4: the organ's rule set or assignment for a year, with its version. */
export async function findYearDoc(db: Db, organId: string, year: number, kind: YearDocKind) {
  const [row] = await db
    .select({ doc: contactYearDocs.doc, version: contactYearDocs.version })
    .from(contactYearDocs)
    .where(
      and(
        eq(contactYearDocs.organId, organId),
        eq(contactYearDocs.year, year),
        eq(contactYearDocs.kind, kind),
      ),
    );
  return row;
}

/** S6: insert (expected null) or replace the version read; false when someone else got there first. */
export async function saveYearDoc(
  tx: Db,
  key: { organId: string; year: number; kind: YearDocKind },
  expected: number | null,
  doc: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  if (expected === null) {
    const rows = await tx
      .insert(contactYearDocs)
      .values({ ...key, doc, version: 1, updatedAt: now })
      .onConflictDoNothing()
      .returning({ year: contactYearDocs.year });
    return rows.length > 0;
  }
  const rows = await tx
    .update(contactYearDocs)
    .set({ doc, version: expected + 1, updatedAt: now })
    .where(
      and(
        eq(contactYearDocs.organId, key.organId),
        eq(contactYearDocs.year, key.year),
        eq(contactYearDocs.kind, key.kind),
        eq(contactYearDocs.version, expected),
      ),
    )
    .returning({ year: contactYearDocs.year });
  return rows.length > 0;
}

/** C1: the cadres in scope with what decides their participation in a year. */
export async function participantInputs(db: Db, scope: CadreScope, organId: string, year: number) {
  const scoped = scopeCondition(scope);
  if (!scoped) return [];
  const [people, exempt, inclusions, points, lists] = await Promise.all([
    db
      .select({
        id: cadres.id,
        name: cadres.name,
        departmentId: cadres.departmentId,
        departmentName: departments.name,
        postType: cadres.postType,
        status: cadres.status,
      })
      .from(cadres)
      .innerJoin(departments, eq(departments.id, cadres.departmentId))
      .where(scoped)
      .orderBy(asc(departments.sort), asc(departments.name), asc(cadres.name), asc(cadres.id)),
    db
      .selectDistinct({ cadreId: exemptions.cadreId })
      .from(exemptions)
      .where(
        and(
          eq(exemptions.organId, organId),
          inArray(exemptions.scope, ['contact', 'all']),
          isNull(exemptions.revokedAt),
          or(isNull(exemptions.year), eq(exemptions.year, year)),
        ),
      ),
    db
      .select({ cadreId: contactInclusions.cadreId, included: contactInclusions.included })
      .from(contactInclusions)
      .where(and(eq(contactInclusions.organId, organId), eq(contactInclusions.year, year))),
    db
      .select({ cadreId: contactPoints.cadreId, n: count() })
      .from(contactPoints)
      .where(and(eq(contactPoints.organId, organId), eq(contactPoints.year, year)))
      .groupBy(contactPoints.cadreId),
    db
      .select({ cadreId: taskLists.cadreId, status: taskLists.status })
      .from(taskLists)
      .where(and(eq(taskLists.organId, organId), eq(taskLists.year, year))),
  ]);
  const exemptIds = new Set(exempt.map((e) => e.cadreId));
  const included = new Map(inclusions.map((i) => [i.cadreId, i.included]));
  const pointCounts = new Map(points.map((p) => [p.cadreId, p.n]));
  const statuses = new Map(lists.map((l) => [l.cadreId, l.status]));
  return people.map((p) => ({
    ...p,
    exempt: exemptIds.has(p.id),
    included: included.get(p.id),
    contactPoints: pointCounts.get(p.id) ?? 0,
    taskListStatus: statuses.get(p.id) ?? ('none' as const),
  }));
}

export async function saveInclusion(
  tx: Db,
  row: {
    organId: string;
    year: number;
    cadreId: string;
    included: boolean;
    decidedBy: string;
    decidedAt: Date;
  },
) {
  await tx
    .insert(contactInclusions)
    .values(row)
    .onConflictDoUpdate({
      target: [contactInclusions.cadreId, contactInclusions.year],
      set: { included: row.included, decidedBy: row.decidedBy, decidedAt: row.decidedAt },
    });
}

/** C2: a cadre's contact points of a year, in the order they were set, with names. */
export function pointsOf(db: Db, cadreIds: string[], year: number) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      cadreId: contactPoints.cadreId,
      grassrootsOrgId: contactPoints.grassrootsOrgId,
      source: contactPoints.source,
      name: grassrootsOrgs.name,
      countyCode: grassrootsOrgs.countyCode,
      countyName: divisions.name,
    })
    .from(contactPoints)
    .innerJoin(grassrootsOrgs, eq(grassrootsOrgs.id, contactPoints.grassrootsOrgId))
    .leftJoin(divisions, eq(divisions.code, grassrootsOrgs.countyCode))
    .where(and(inArray(contactPoints.cadreId, cadreIds), eq(contactPoints.year, year)))
    .orderBy(asc(contactPoints.cadreId), asc(contactPoints.sort));
}

export async function orgsOfOrgan(db: Db, organId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: grassrootsOrgs.id, name: grassrootsOrgs.name })
    .from(grassrootsOrgs)
    .where(and(eq(grassrootsOrgs.organId, organId), inArray(grassrootsOrgs.id, ids)));
}

/** S6: serialise writes that replace a cadre's set of rows (contact points) for the transaction. */
export async function lockCadre(tx: Db, cadreId: string) {
  await tx.select({ id: cadres.id }).from(cadres).where(eq(cadres.id, cadreId)).for('update');
}

export async function replacePoints(
  tx: Db,
  key: { organId: string; year: number; cadreId: string },
  points: {
    grassrootsOrgId: string;
    source: 'department' | 'individual' | 'city_recommended' | 'dispatch';
  }[],
) {
  await tx
    .delete(contactPoints)
    .where(and(eq(contactPoints.cadreId, key.cadreId), eq(contactPoints.year, key.year)));
  if (points.length === 0) return;
  await tx.insert(contactPoints).values(points.map((p, sort) => ({ ...key, ...p, sort })));
}

export async function organSeat(db: Db, organId: string) {
  const [row] = await db
    .select({ seatCountyCode: organs.seatCountyCode, provinceCode: organs.provinceCode })
    .from(organs)
    .where(eq(organs.id, organId));
  return row;
}

/** C2: the organ's grassroots organizations, nearest the seat first (county, prefecture, province). */
export async function pointCandidates(
  db: Db,
  organId: string,
  near: { county: string; prefecture: string; province: string },
  q: { q?: string | undefined; page: number; pageSize: number },
) {
  const conds: SQL[] = [eq(grassrootsOrgs.organId, organId)];
  if (q.q) conds.push(ilike(grassrootsOrgs.name, containsPattern(q.q)));
  const where = and(...conds);
  const code = grassrootsOrgs.countyCode;
  const rank = sql`case when ${code} = ${near.county} then 0
    when left(${code}, 4) = ${near.prefecture} then 1
    when left(${code}, 2) = ${near.province} then 2 else 3 end`;
  const rows = await db
    .select({
      id: grassrootsOrgs.id,
      name: grassrootsOrgs.name,
      type: grassrootsOrgs.type,
      countyCode: grassrootsOrgs.countyCode,
      countyName: divisions.name,
    })
    .from(grassrootsOrgs)
    .leftJoin(divisions, eq(divisions.code, grassrootsOrgs.countyCode))
    .where(where)
    .orderBy(rank, asc(code), asc(grassrootsOrgs.name), asc(grassrootsOrgs.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(grassrootsOrgs).where(where);
  return { rows, total: total?.n ?? 0 };
}

export function departmentsOfOrgan(db: Db, organId: string) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organId, organId))
    .orderBy(asc(departments.sort), asc(departments.name));
}

export function plansOf(db: Db, organId: string, year: number) {
  return db
    .select()
    .from(departmentPlans)
    .where(and(eq(departmentPlans.organId, organId), eq(departmentPlans.year, year)));
}

export async function savePlan(tx: Db, row: typeof departmentPlans.$inferInsert) {
  await tx
    .insert(departmentPlans)
    .values(row)
    .onConflictDoUpdate({
      target: [departmentPlans.departmentId, departmentPlans.year],
      set: { submittedBy: row.submittedBy, submittedAt: row.submittedAt, snapshot: row.snapshot },
    });
}

export async function findResearch(db: Db, cadreId: string, year: number) {
  const [row] = await db
    .select()
    .from(researchReports)
    .where(and(eq(researchReports.cadreId, cadreId), eq(researchReports.year, year)));
  return row;
}

/** L6: a file the actor uploaded, to be linked to a record of theirs. */
export async function ownAttachment(db: Db, actor: { organId: string; userId: string }, id: string) {
  const [file] = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        eq(attachments.id, id),
        eq(attachments.organId, actor.organId),
        eq(attachments.ownerId, actor.userId),
      ),
    );
  return file !== undefined;
}

type ResearchFields = Pick<typeof researchReports.$inferInsert, 'topic' | 'summary' | 'attachmentId'>;

export async function insertResearch(
  tx: Db,
  key: { organId: string; year: number; cadreId: string },
  fields: ResearchFields,
  now: Date,
): Promise<string | undefined> {
  const [row] = await tx
    .insert(researchReports)
    .values({ ...key, ...fields, submittedAt: now })
    .returning({ id: researchReports.id });
  return row?.id;
}

/** S6: revise the version read; undefined when it moved on meanwhile. */
export async function updateResearch(
  tx: Db,
  key: { year: number; cadreId: string },
  version: number,
  fields: ResearchFields,
  now: Date,
): Promise<string | undefined> {
  const [row] = await tx
    .update(researchReports)
    .set({ ...fields, submittedAt: now, version: sql`${researchReports.version} + 1` })
    .where(
      and(
        eq(researchReports.cadreId, key.cadreId),
        eq(researchReports.year, key.year),
        eq(researchReports.version, version),
      ),
    )
    .returning({ id: researchReports.id });
  return row?.id;
}

/** C4 推动工作: distinct supervision items of the cadre's live supervision entries touching the year. */
export async function supervisionItemsDone(db: Db, cadreId: string, year: number): Promise<string[]> {
  const item = sql<string>`unnest(${worklogEntries.supervisionItems})`;
  const rows = await db
    .selectDistinct({ item })
    .from(worklogEntries)
    .where(
      and(
        eq(worklogEntries.cadreId, cadreId),
        eq(worklogEntries.status, 'active'),
        eq(worklogEntries.type, 'supervision'),
        gte(worklogEntries.dateTo, `${year}-01-01`),
        lte(worklogEntries.dateFrom, `${year}-12-31`),
      ),
    );
  return rows.map((r) => r.item).sort();
}

/** D8: counties of published dispatches whose two-year contact period reaches into the year. */
export async function dispatchContactCounties(db: Db, cadreId: string, yearStart: string) {
  return db
    .select({
      countyCode: dispatchAssignments.countyCode,
      countyName: divisions.name,
      until: dispatchAssignments.contactUntil,
    })
    .from(dispatchAssignments)
    .leftJoin(divisions, eq(divisions.code, dispatchAssignments.countyCode))
    .where(and(eq(dispatchAssignments.cadreId, cadreId), gte(dispatchAssignments.contactUntil, yearStart)))
    .orderBy(asc(dispatchAssignments.startDate));
}
