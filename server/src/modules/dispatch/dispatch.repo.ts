import { and, asc, count, desc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  cadres,
  departments,
  dispatchAssignments,
  dispatchPlanVersions,
  dispatchRounds,
} from '../../db/schema';

// D1/D7/D8: rounds, plan versions and published assignments. Every query names the organ (X6).

export type RoundRow = typeof dispatchRounds.$inferSelect;
export type VersionRow = typeof dispatchPlanVersions.$inferSelect;
export type AssignmentInsert = typeof dispatchAssignments.$inferInsert;

export async function insertRound(tx: Db, values: typeof dispatchRounds.$inferInsert): Promise<RoundRow> {
  const [row] = await tx.insert(dispatchRounds).values(values).returning();
  if (!row) throw new Error('round not inserted');
  return row;
}

export async function findRound(db: Db, organId: string, id: string): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(dispatchRounds)
    .where(and(eq(dispatchRounds.organId, organId), eq(dispatchRounds.id, id)));
  return row;
}

/** The round locked for the rest of the transaction: version numbers and publishing are serialised. */
export async function lockRound(tx: Db, organId: string, id: string): Promise<RoundRow | undefined> {
  const [row] = await tx
    .select()
    .from(dispatchRounds)
    .where(and(eq(dispatchRounds.organId, organId), eq(dispatchRounds.id, id)))
    .for('update');
  return row;
}

export async function listRounds(db: Db, organId: string, page: { page: number; pageSize: number }) {
  const where = eq(dispatchRounds.organId, organId);
  const rows = await db
    .select()
    .from(dispatchRounds)
    .where(where)
    .orderBy(desc(dispatchRounds.startYear), desc(dispatchRounds.createdAt))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(dispatchRounds).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** D1: a versioned update; undefined when the version moved on (S6). */
export async function updateRound(
  tx: Db,
  round: RoundRow,
  expectedVersion: number,
  set: Partial<Pick<RoundRow, 'name' | 'batches' | 'rules' | 'status' | 'publishedVersion'>>,
): Promise<RoundRow | undefined> {
  const [row] = await tx
    .update(dispatchRounds)
    .set({ ...set, version: expectedVersion + 1 })
    .where(
      and(
        eq(dispatchRounds.organId, round.organId),
        eq(dispatchRounds.id, round.id),
        eq(dispatchRounds.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function latestVersions(db: Db, organId: string, roundIds: string[]) {
  if (roundIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ roundId: dispatchPlanVersions.roundId, v: max(dispatchPlanVersions.version) })
    .from(dispatchPlanVersions)
    .where(and(eq(dispatchPlanVersions.organId, organId), inArray(dispatchPlanVersions.roundId, roundIds)))
    .groupBy(dispatchPlanVersions.roundId);
  return new Map(rows.flatMap((r) => (r.v === null ? [] : [[r.roundId, r.v] as const])));
}

/** D7: the next version number; call with the round locked. */
export async function nextVersion(tx: Db, organId: string, roundId: string): Promise<number> {
  const latest = await latestVersions(tx, organId, [roundId]);
  return (latest.get(roundId) ?? 0) + 1;
}

export async function insertVersion(
  tx: Db,
  values: typeof dispatchPlanVersions.$inferInsert,
): Promise<VersionRow> {
  const [row] = await tx.insert(dispatchPlanVersions).values(values).returning();
  if (!row) throw new Error('plan version not inserted');
  return row;
}

export function listVersions(db: Db, organId: string, roundId: string) {
  return db
    .select({
      version: dispatchPlanVersions.version,
      source: dispatchPlanVersions.source,
      violations: dispatchPlanVersions.violations,
      note: dispatchPlanVersions.note,
      createdBy: dispatchPlanVersions.createdBy,
      createdAt: dispatchPlanVersions.createdAt,
      assigned: sql<number>`coalesce((${dispatchPlanVersions.plan}->'stats'->>'assigned')::int, 0)`,
      groups: sql<number>`coalesce((${dispatchPlanVersions.plan}->'stats'->>'groups')::int, 0)`,
    })
    .from(dispatchPlanVersions)
    .where(and(eq(dispatchPlanVersions.organId, organId), eq(dispatchPlanVersions.roundId, roundId)))
    .orderBy(desc(dispatchPlanVersions.version));
}

export async function findVersion(
  db: Db,
  organId: string,
  roundId: string,
  version: number,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(dispatchPlanVersions)
    .where(
      and(
        eq(dispatchPlanVersions.organId, organId),
        eq(dispatchPlanVersions.roundId, roundId),
        eq(dispatchPlanVersions.version, version),
      ),
    );
  return row;
}

export async function insertAssignments(tx: Db, rows: AssignmentInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    if (chunk.length > 0) await tx.insert(dispatchAssignments).values(chunk);
  }
}

/** D5 回避: counties these cadres were posted to by other published rounds. */
export async function earlierCounties(db: Db, cadreIds: string[], roundId: string) {
  const out = new Map<string, string[]>();
  if (cadreIds.length === 0) return out;
  const rows = await db
    .select({ cadreId: dispatchAssignments.cadreId, countyCode: dispatchAssignments.countyCode })
    .from(dispatchAssignments)
    .where(and(inArray(dispatchAssignments.cadreId, cadreIds), ne(dispatchAssignments.roundId, roundId)));
  for (const r of rows) out.set(r.cadreId, [...(out.get(r.cadreId) ?? []), r.countyCode]);
  return out;
}

const assignmentColumns = {
  roundId: dispatchAssignments.roundId,
  roundName: dispatchRounds.name,
  cadreId: dispatchAssignments.cadreId,
  batch: dispatchAssignments.batch,
  countyCode: dispatchAssignments.countyCode,
  groupKey: dispatchAssignments.groupKey,
  leader: dispatchAssignments.leader,
  startDate: dispatchAssignments.startDate,
  endDate: dispatchAssignments.endDate,
  contactUntil: dispatchAssignments.contactUntil,
  name: cadres.name,
  rank: cadres.rank,
  department: departments.name,
};

/** D8/D15: a cadre's own published assignments (the assignment carries the cadre's organ). */
export function assignmentsOfCadre(db: Db, organId: string, cadreId: string) {
  return db
    .select(assignmentColumns)
    .from(dispatchAssignments)
    .innerJoin(dispatchRounds, eq(dispatchRounds.id, dispatchAssignments.roundId))
    .innerJoin(cadres, eq(cadres.id, dispatchAssignments.cadreId))
    .innerJoin(departments, eq(departments.id, cadres.departmentId))
    .where(and(eq(dispatchAssignments.organId, organId), eq(dispatchAssignments.cadreId, cadreId)))
    .orderBy(asc(dispatchAssignments.startDate));
}

/** D6: everyone posted in these rounds' batches (members of a group may belong to other organs). */
export function assignmentsOfBatches(db: Db, keys: { roundId: string; batch: number }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  const roundIds = [...new Set(keys.map((k) => k.roundId))];
  const batches = [...new Set(keys.map((k) => k.batch))];
  return db
    .select(assignmentColumns)
    .from(dispatchAssignments)
    .innerJoin(dispatchRounds, eq(dispatchRounds.id, dispatchAssignments.roundId))
    .innerJoin(cadres, eq(cadres.id, dispatchAssignments.cadreId))
    .innerJoin(departments, eq(departments.id, cadres.departmentId))
    .where(and(inArray(dispatchAssignments.roundId, roundIds), inArray(dispatchAssignments.batch, batches)))
    .orderBy(desc(dispatchAssignments.leader), asc(dispatchAssignments.countyCode));
}

/**
 * D15: the periods a cadre was dispatched (published assignments), for `isDispatchedInYear` in core;
 * the contact module's research credit reads this.
 */
export function dispatchPeriods(db: Db, organId: string, cadreId: string) {
  return db
    .select({ from: dispatchAssignments.startDate, to: dispatchAssignments.endDate })
    .from(dispatchAssignments)
    .where(and(eq(dispatchAssignments.organId, organId), eq(dispatchAssignments.cadreId, cadreId)))
    .orderBy(asc(dispatchAssignments.startDate));
}
