import type { ParticipantView, PostType } from '@grassroots/core';
import type { Db } from '../../db/client';
import { cadreScope, requirePermission, type Actor, type CadreScope } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { visibleCadre, type ContactDeps } from './contact.common';
import * as repo from './contact.repo';

type Basis = ParticipantView['basis'];

/**
 * C1: full-time cadres take part unless exempted by an approved exemption; attached and part-time
 * cadres take part where their department has decided so; cadres who left take no part.
 */
export function participation(
  cadre: { postType: PostType; status: 'active' | 'left' },
  exempt: boolean,
  included: boolean | undefined,
): { participating: boolean; basis: Basis } {
  if (cadre.status === 'left') return { participating: false, basis: 'left' };
  if (exempt) return { participating: false, basis: 'exempt' };
  if (cadre.postType === 'full_time') return { participating: true, basis: 'full_time' };
  if (included === undefined) return { participating: false, basis: 'not_decided' };
  return { participating: included, basis: 'department_decision' };
}

/** C1: every cadre in the scope with whether and why they take part in the year. */
export async function participantsIn(
  db: Db,
  scope: CadreScope,
  organId: string,
  year: number,
): Promise<ParticipantView[]> {
  const rows = await repo.participantInputs(db, scope, organId, year);
  return rows.map((r) => ({
    cadreId: r.id,
    name: r.name,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    postType: r.postType,
    ...participation(r, r.exempt, r.included),
    contactPoints: r.contactPoints,
    taskListStatus: r.taskListStatus,
  }));
}

/** C1: the organ admin sees the organ's participants, a department head the department's. */
export async function listParticipants(deps: ContactDeps, actor: Actor, year: number) {
  requirePermission(actor, 'contact.manage');
  return { year, items: await participantsIn(deps.db, cadreScope(actor), actor.organId, year) };
}

/** C1: the department (its head, or the organ admin) decides whether an attached or part-time cadre takes part. */
export async function setInclusion(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
  included: boolean,
): Promise<ParticipantView> {
  requirePermission(actor, 'contact.manage');
  const cadre = await visibleCadre(deps.db, actor, cadreId);
  if (cadre.postType === 'full_time') throw new AppError('FULL_TIME_TAKES_PART');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await repo.saveInclusion(tx, {
      organId: actor.organId,
      year,
      cadreId,
      included,
      decidedBy: actor.displayName,
      decidedAt: now,
    });
    await auditChange(
      tx,
      actor,
      now,
      'contact.inclusion.set',
      { type: 'cadre', id: cadreId },
      { year, included },
    );
  });
  const self = { kind: 'self', organId: actor.organId, cadreId } as const;
  const [view] = await participantsIn(deps.db, self, actor.organId, year);
  if (!view) throw notFound();
  return view;
}
