import type { PlanEditBody, PlanVersionItem, PlanVersionView } from '@grassroots/core';
import {
  CENTRAL,
  planSchema,
  solvePlan,
  validatePlan,
  type Explanation,
  type Plan,
  type Problem,
  type Violation,
} from '@grassroots/core/dispatch/index';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { requirePlanning, visibleRound, type DispatchDeps } from './dispatch.common';
import * as repo from './dispatch.repo';
import { buildProblem, planNamesOf, type ProblemBook } from './problem';

// D7: generate, validate, edit and keep every version of a round's plan.

function versionView(
  row: repo.VersionRow,
  round: repo.RoundRow,
  plan: Plan,
  book: ProblemBook,
  violations: Violation[],
  explanations: Explanation[],
): PlanVersionView {
  return {
    version: row.version,
    source: row.source,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    published: round.publishedVersion === row.version,
    assigned: plan.stats.assigned,
    groups: plan.stats.groups,
    plan,
    violations,
    explanations,
    names: planNamesOf(book, plan),
  };
}

/** D7: save a new version; versions are numbered under the round's lock and never overwritten. */
async function saveVersion(
  deps: DispatchDeps,
  actor: Actor,
  round: repo.RoundRow,
  v: { plan: Plan; problem: Problem; violations: number; source: 'solver' | 'edit'; note: string },
  basedOn: number | null,
): Promise<repo.VersionRow> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const locked = await repo.lockRound(tx, actor.organId, round.id);
    if (!locked) throw notFound();
    requirePlanning(locked);
    // The problem was built from the round as read before; a calendar changed since makes it stale.
    if (locked.version !== round.version) throw new AppError('VERSION_CONFLICT');
    const version = await repo.nextVersion(tx, actor.organId, round.id);
    const row = await repo.insertVersion(tx, {
      organId: actor.organId,
      roundId: round.id,
      version,
      plan: v.plan,
      problem: v.problem,
      violations: v.violations,
      source: v.source,
      note: v.note,
      createdBy: actor.displayName,
    });
    await auditChange(
      tx,
      actor,
      now,
      'dispatch.plan.save',
      { type: 'dispatch_round', id: round.id },
      {
        version,
        source: v.source,
        basedOn,
        violations: v.violations,
        assigned: v.plan.stats.assigned,
      },
    );
    return row;
  });
}

/** D7: run the solver on the round's current problem and keep the result as a new version. */
export async function solveRound(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  note: string,
): Promise<PlanVersionView> {
  requirePermission(actor, 'dispatch.plan');
  const round = await visibleRound(deps.db, actor, roundId);
  requirePlanning(round);
  const book = await buildProblem(deps.db, round);
  const { plan, infeasible } = solvePlan(book.problem);
  const violations = validatePlan(book.problem, plan);
  const row = await saveVersion(
    deps,
    actor,
    round,
    { plan, problem: book.problem, violations: violations.length, source: 'solver', note },
    null,
  );
  return versionView(row, round, plan, book, violations, infeasible);
}

/** §11: a hand-edited plan's summary is recomputed; the client's figures are not trusted. */
function restated(plan: Plan, problem: Problem): Plan {
  const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
  return {
    ...plan,
    stats: {
      assigned: plan.assignments.length,
      groups: plan.groups.length,
      mixedGroups: plan.groups.filter((g) => g.memberIds.some((id) => central.has(id))).length,
      seconds: 0,
    },
  };
}

/** D7: keep a hand-edited plan as a draft version, violations and all (only publishing needs none). */
export async function saveEditedPlan(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  body: PlanEditBody,
): Promise<PlanVersionView> {
  requirePermission(actor, 'dispatch.plan');
  const round = await visibleRound(deps.db, actor, roundId);
  requirePlanning(round);
  if (body.basedOn !== null && !(await repo.findVersion(deps.db, actor.organId, roundId, body.basedOn))) {
    throw new AppError('UNKNOWN_REFERENCE', { what: `方案版本 ${body.basedOn}` });
  }
  const book = await buildProblem(deps.db, round);
  const plan = restated(body.plan, book.problem);
  const violations = validatePlan(book.problem, plan);
  const row = await saveVersion(
    deps,
    actor,
    round,
    { plan, problem: book.problem, violations: violations.length, source: 'edit', note: body.note },
    body.basedOn,
  );
  return versionView(row, round, plan, book, violations, []);
}

/** D7: live validation of a plan being edited; nothing is saved. */
export async function validateRoundPlan(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  plan: Plan,
): Promise<{ violations: Violation[] }> {
  requirePermission(actor, 'dispatch.plan');
  const round = await visibleRound(deps.db, actor, roundId);
  const book = await buildProblem(deps.db, round);
  return { violations: validatePlan(book.problem, plan) };
}

export async function listPlanVersions(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
): Promise<{ items: PlanVersionItem[] }> {
  requirePermission(actor, 'dispatch.read');
  const round = await visibleRound(deps.db, actor, roundId);
  const rows = await repo.listVersions(deps.db, actor.organId, roundId);
  return {
    items: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      published: round.publishedVersion === r.version,
    })),
  };
}

/** D7: one version, validated against the organ's cadres and counties as they are now. */
export async function getPlanVersion(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  version: number,
): Promise<PlanVersionView> {
  requirePermission(actor, 'dispatch.read');
  const round = await visibleRound(deps.db, actor, roundId);
  const row = await repo.findVersion(deps.db, actor.organId, roundId, version);
  if (!row) throw notFound();
  const plan = planSchema.parse(row.plan);
  const book = await buildProblem(deps.db, round);
  return versionView(row, round, plan, book, validatePlan(book.problem, plan), []);
}
