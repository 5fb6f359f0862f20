import type { z } from 'zod';
import {
  contactPointLimits,
  proximityOf,
  type ContactPointSource,
  type contactPointsBody,
  type ContactPointsView,
  type pointCandidate,
  type pointCandidateQuery,
} from '@grassroots/core';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { requireOwnDepartmentHead, visibleCadre, type ContactDeps } from './contact.common';
import * as repo from './contact.repo';

/** C2: the organ's grassroots organizations a contact point can be chosen from, nearest first. */
export async function pointCandidates(
  deps: ContactDeps,
  actor: Actor,
  q: z.infer<typeof pointCandidateQuery>,
): Promise<{ items: z.infer<typeof pointCandidate>[]; total: number }> {
  requirePermission(actor, 'contact.read');
  const seat = await repo.organSeat(deps.db, actor.organId);
  const county = seat?.seatCountyCode ?? null;
  const province = county?.slice(0, 2) ?? seat?.provinceCode ?? null;
  // '-' matches no code, so a missing seat puts every organization in the further bands.
  const near = { county: county ?? '-', prefecture: county?.slice(0, 4) ?? '-', province: province ?? '-' };
  const { rows, total } = await repo.pointCandidates(deps.db, actor.organId, near, q);
  return {
    items: rows.map((r) => ({ ...r, proximity: proximityOf(county, province, r.countyCode) })),
    total,
  };
}

export async function getPoints(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
): Promise<ContactPointsView> {
  requirePermission(actor, 'contact.read');
  await visibleCadre(deps.db, actor, cadreId);
  const rows = await repo.pointsOf(deps.db, [cadreId], year);
  const dispatched = await repo.dispatchContactCounties(deps.db, cadreId, `${year}-01-01`);
  return {
    cadreId,
    year,
    points: rows.map(({ cadreId: _c, ...p }) => p),
    dispatchCounties: dispatched,
  };
}

/**
 * C2: set a cadre's 3–4 contact points — the cadre for themself (个人联系), the department head for the
 * department's cadres (部门联系). A point given without a source keeps its recorded one.
 */
export async function putPoints(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
  body: z.infer<typeof contactPointsBody>,
): Promise<ContactPointsView> {
  requirePermission(actor, 'contact.points');
  const cadre = await visibleCadre(deps.db, actor, cadreId);
  const bySelf = actor.cadreId === cadreId;
  if (!bySelf) requireOwnDepartmentHead(actor, cadre.departmentId);
  const ids = body.points.map((p) => p.grassrootsOrgId);
  const orgs = new Map((await repo.orgsOfOrgan(deps.db, actor.organId, ids)).map((o) => [o.id, o.name]));
  const unknown = ids.find((id) => !orgs.has(id));
  if (unknown)
    throw new AppError('UNKNOWN_REFERENCE', { what: '基层组织' }, { grassrootsOrgId: unknown }, 400);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new AppError('CONTACT_POINTS_DUPLICATE', { name: orgs.get(id) ?? id });
    seen.add(id);
  }
  const { min, max } = contactPointLimits;
  if (ids.length < min || ids.length > max)
    throw new AppError('CONTACT_POINTS_COUNT', { min, max, count: ids.length });
  const recorded = new Map(
    (await repo.pointsOf(deps.db, [cadreId], year)).map((p) => [p.grassrootsOrgId, p]),
  );
  const fallback: ContactPointSource = bySelf ? 'individual' : 'department';
  const points = body.points.map((p) => ({
    grassrootsOrgId: p.grassrootsOrgId,
    source: p.source ?? recorded.get(p.grassrootsOrgId)?.source ?? fallback,
  }));
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await repo.lockCadre(tx, cadreId);
    await repo.replacePoints(tx, { organId: actor.organId, year, cadreId }, points);
    await auditChange(tx, actor, now, 'contact.points.set', { type: 'cadre', id: cadreId }, { year, points });
  });
  return getPoints(deps, actor, year, cadreId);
}
