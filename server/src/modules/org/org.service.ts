import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  departmentBody,
  grassrootsOrgBody,
  grassrootsOrgPatch,
  grassrootsOrgQuery,
  OrganView,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { departments, grassrootsOrgs } from '../../db/schema';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { isUniqueViolation } from '../../db/errors';
import * as repo from './org.repo';

/** R2: the organs an actor may name: its own, its ancestors and its descendants (names only). */
export async function visibleOrgans(db: Db, actor: Actor): Promise<OrganView[]> {
  requirePermission(actor, 'org.read');
  const all = await repo.allOrgans(db);
  const byId = new Map(all.map((o) => [o.id, o]));
  const visible = new Set<string>();
  for (let o = byId.get(actor.organId); o; o = o.parentId ? byId.get(o.parentId) : undefined)
    visible.add(o.id);
  let frontier = [actor.organId];
  while (frontier.length > 0) {
    const next = all.filter((o) => o.parentId !== null && frontier.includes(o.parentId)).map((o) => o.id);
    next.forEach((id) => visible.add(id));
    frontier = next;
  }
  return all
    .filter((o) => visible.has(o.id))
    .map((o) => ({
      id: o.id,
      parentId: o.parentId,
      code: o.code,
      name: o.name,
      level: o.level,
      seatCountyCode: o.seatCountyCode,
      provinceCode: o.provinceCode,
    }));
}

export async function listDepartments(db: Db, actor: Actor, organId: string) {
  const organs = await visibleOrgans(db, actor);
  if (!organs.some((o) => o.id === organId)) throw notFound();
  return repo.departmentsOf(db, organId);
}

export async function createDepartment(
  db: Db,
  actor: Actor,
  organId: string,
  body: z.infer<typeof departmentBody>,
  now: Date,
) {
  requirePermission(actor, 'org.manage');
  if (organId !== actor.organId) throw new AppError('OUT_OF_SCOPE');
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(departments)
        .values({ organId, ...body })
        .returning();
      if (!row) throw new AppError('INTERNAL');
      await auditChange(tx, actor, now, 'department.create', { type: 'department', id: row.id }, body);
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { what: body.name });
    throw e;
  }
}

async function requireCounty(db: Db, code: string) {
  const found = await repo.countiesExist(db, [code]);
  if (!found.has(code)) throw new AppError('UNKNOWN_COUNTY', { code });
}

export async function listGrassrootsOrgs(db: Db, actor: Actor, q: z.infer<typeof grassrootsOrgQuery>) {
  requirePermission(actor, 'grassroots.read');
  return repo.listGrassrootsOrgs(db, actor.organId, q);
}

export async function getGrassrootsOrg(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'grassroots.read');
  const row = await repo.findGrassrootsOrg(db, actor.organId, id);
  if (!row) throw notFound();
  return row;
}

export async function createGrassrootsOrg(
  db: Db,
  actor: Actor,
  body: z.infer<typeof grassrootsOrgBody>,
  now: Date,
) {
  requirePermission(actor, 'grassroots.write');
  await requireCounty(db, body.countyCode);
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(grassrootsOrgs)
        .values({ organId: actor.organId, ...body })
        .returning({ id: grassrootsOrgs.id });
      if (!row) throw new AppError('INTERNAL');
      await auditChange(
        tx,
        actor,
        now,
        'grassroots_org.create',
        { type: 'grassroots_org', id: row.id },
        body,
      );
      return row.id;
    });
    return await getGrassrootsOrg(db, actor, id);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { what: body.name });
    throw e;
  }
}

/** S6: an update names the version it read; a stale version is a conflict, never an overwrite. */
export async function updateGrassrootsOrg(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.infer<typeof grassrootsOrgPatch>,
  now: Date,
) {
  requirePermission(actor, 'grassroots.write');
  await getGrassrootsOrg(db, actor, id);
  const { version, ...fields } = patch;
  if (fields.countyCode) await requireCounty(db, fields.countyCode);
  try {
    await db.transaction(async (tx) => {
      const rows = await tx
        .update(grassrootsOrgs)
        .set({ ...fields, version: sql`${grassrootsOrgs.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(grassrootsOrgs.id, id),
            eq(grassrootsOrgs.organId, actor.organId),
            eq(grassrootsOrgs.version, version),
          ),
        )
        .returning({ id: grassrootsOrgs.id });
      if (rows.length === 0) throw new AppError('VERSION_CONFLICT');
      await auditChange(tx, actor, now, 'grassroots_org.update', { type: 'grassroots_org', id }, fields);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { what: fields.name ?? '' });
    throw e;
  }
  return getGrassrootsOrg(db, actor, id);
}
