import type { z } from 'zod';
import type { roundQuery, RoundBody, RoundPatch, RoundView } from '@grassroots/core';
import { defaultBatches, dispatchRulesSchema, type Problem } from '@grassroots/core/dispatch/index';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { requirePlanning, roundView, visibleRound, type DispatchDeps } from './dispatch.common';
import * as repo from './dispatch.repo';
import { buildProblem } from './problem';

const target = (id: string) => ({ type: 'dispatch_round', id });

/** D1: a new round; the seed's calendar unless the organ gives its own dates. */
export async function createRound(deps: DispatchDeps, actor: Actor, body: RoundBody): Promise<RoundView> {
  requirePermission(actor, 'dispatch.plan');
  const batches = body.batches ?? defaultBatches(body.startYear);
  const rules = body.rules ?? dispatchRulesSchema.parse({});
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await repo.insertRound(tx, {
      organId: actor.organId,
      name: body.name,
      startYear: body.startYear,
      batches,
      rules,
    });
    await auditChange(tx, actor, now, 'dispatch.round.create', target(inserted.id), {
      name: body.name,
      startYear: body.startYear,
      batches,
    });
    return inserted;
  });
  return roundView(row, null);
}

export async function listRounds(
  deps: DispatchDeps,
  actor: Actor,
  q: z.infer<typeof roundQuery>,
): Promise<{ items: RoundView[]; total: number }> {
  requirePermission(actor, 'dispatch.read');
  const { rows, total } = await repo.listRounds(deps.db, actor.organId, q);
  const latest = await repo.latestVersions(
    deps.db,
    actor.organId,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => roundView(r, latest.get(r.id) ?? null)), total };
}

export async function getRound(deps: DispatchDeps, actor: Actor, id: string): Promise<RoundView> {
  requirePermission(actor, 'dispatch.read');
  const round = await visibleRound(deps.db, actor, id);
  const latest = await repo.latestVersions(deps.db, actor.organId, [id]);
  return roundView(round, latest.get(id) ?? null);
}

/** D1: rename, move batch dates or change the rules while planning; a stale version gets 409 (S6). */
export async function updateRound(
  deps: DispatchDeps,
  actor: Actor,
  id: string,
  patch: RoundPatch,
): Promise<RoundView> {
  requirePermission(actor, 'dispatch.plan');
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const round = await repo.lockRound(tx, actor.organId, id);
    if (!round) throw notFound();
    if (round.version !== patch.version) throw new AppError('VERSION_CONFLICT');
    requirePlanning(round);
    const set = {
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.batches === undefined ? {} : { batches: patch.batches }),
      ...(patch.rules === undefined ? {} : { rules: patch.rules }),
    };
    const updated = await repo.updateRound(tx, round, patch.version, set);
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await auditChange(tx, actor, now, 'dispatch.round.update', target(id), {
      fields: Object.keys(set),
      ...set,
    });
    return updated;
  });
  const latest = await repo.latestVersions(deps.db, actor.organId, [id]);
  return roundView(row, latest.get(id) ?? null);
}

/** §11: the round's problem.json as the organ's data stands now (D2–D5). */
export async function roundProblem(deps: DispatchDeps, actor: Actor, id: string): Promise<Problem> {
  requirePermission(actor, 'dispatch.plan');
  const round = await visibleRound(deps.db, actor, id);
  return (await buildProblem(deps.db, round)).problem;
}
