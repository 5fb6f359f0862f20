import type { z } from 'zod';
import { shanghaiDate, type DepartmentPlanView, type departmentPlansReply } from '@grassroots/core';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { requireOwnDepartmentHead, type ContactDeps } from './contact.common';
import * as repo from './contact.repo';
import { participantsIn } from './participants.service';
import { ruleSetOf } from './rules.service';

/**
 * C9: the organization department sees which departments have submitted their plan, and which not; a
 * department head sees the own department's line.
 */
export async function listDepartmentPlans(
  deps: ContactDeps,
  actor: Actor,
  year: number,
): Promise<z.infer<typeof departmentPlansReply>> {
  requirePermission(actor, 'contact.manage');
  const wholeOrgan = actor.roles.includes('organ_admin');
  if (!wholeOrgan && !actor.departmentId) throw notFound();
  const organ = { kind: 'organ', organId: actor.organId } as const;
  const [allDepts, plans, people, { ruleSet }] = await Promise.all([
    repo.departmentsOfOrgan(deps.db, actor.organId),
    repo.plansOf(deps.db, actor.organId, year),
    participantsIn(deps.db, organ, actor.organId, year),
    ruleSetOf(deps.db, actor.organId, year),
  ]);
  const depts = wholeOrgan ? allDepts : allDepts.filter((d) => d.id === actor.departmentId);
  const planOf = new Map(plans.map((p) => [p.departmentId, p]));
  const items: DepartmentPlanView[] = depts.map((d) => {
    const mine = people.filter((p) => p.departmentId === d.id && p.participating);
    const plan = planOf.get(d.id);
    return {
      departmentId: d.id,
      departmentName: d.name,
      participants: mine.length,
      withContactPoints: mine.filter((p) => p.contactPoints > 0).length,
      submittedAt: plan?.submittedAt.toISOString() ?? null,
      submittedBy: plan?.submittedBy ?? null,
    };
  });
  const deadline = ruleSet.deadlines.departmentPlan;
  const submitted = items.filter((i) => i.submittedAt !== null).length;
  return {
    year,
    deadline,
    deadlinePassed: shanghaiDate(deps.now()) > deadline,
    submitted,
    notSubmitted: items.length - submitted,
    items,
  };
}

/**
 * C9: the department head submits the department's plan — every participant with the named contact
 * organizations — as a snapshot; submitting again replaces it.
 */
export async function submitDepartmentPlan(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  departmentId: string,
): Promise<DepartmentPlanView> {
  requirePermission(actor, 'contact.review');
  const dept = (await repo.departmentsOfOrgan(deps.db, actor.organId)).find((d) => d.id === departmentId);
  if (!dept) throw notFound();
  requireOwnDepartmentHead(actor, departmentId);
  const scope = { kind: 'department', organId: actor.organId, departmentId } as const;
  const participants = (await participantsIn(deps.db, scope, actor.organId, year)).filter(
    (p) => p.participating,
  );
  const missing = participants.filter((p) => p.contactPoints === 0);
  if (missing.length > 0)
    throw new AppError('PLAN_INCOMPLETE', { names: missing.map((p) => p.name).join('、') });
  const points = await repo.pointsOf(
    deps.db,
    participants.map((p) => p.cadreId),
    year,
  );
  const snapshot = {
    participants: participants.map((p) => ({
      cadreId: p.cadreId,
      name: p.name,
      postType: p.postType,
      basis: p.basis,
      points: points
        .filter((c) => c.cadreId === p.cadreId)
        .map((c) => ({ grassrootsOrgId: c.grassrootsOrgId, name: c.name, source: c.source })),
    })),
  };
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await repo.savePlan(tx, {
      organId: actor.organId,
      year,
      departmentId,
      submittedBy: actor.displayName,
      submittedAt: now,
      snapshot,
    });
    await auditChange(
      tx,
      actor,
      now,
      'contact.department_plan.submit',
      { type: 'department', id: departmentId },
      { year, participants: participants.length },
    );
  });
  return {
    departmentId,
    departmentName: dept.name,
    participants: participants.length,
    withContactPoints: participants.length,
    submittedAt: now.toISOString(),
    submittedBy: actor.displayName,
  };
}
