import type { RoundView } from '@grassroots/core';
import { planSchema, type Plan } from '@grassroots/core/dispatch/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import * as repo from './dispatch.repo';
import { calendarOf } from './problem';

/** What the dispatch services need: the database and the clock. */
export interface DispatchDeps {
  db: Db;
  now: () => Date;
}

/** S2: a round of the caller's organ; any other round is "not found". */
export async function visibleRound(db: Db, actor: Actor, id: string): Promise<repo.RoundRow> {
  const round = await repo.findRound(db, actor.organId, id);
  if (!round) throw notFound();
  return round;
}

/** D7: a published round is frozen; its plan changes no more. */
export function requirePlanning(round: repo.RoundRow): void {
  if (round.status === 'published') throw new AppError('DISPATCH_ROUND_PUBLISHED');
}

export function roundView(row: repo.RoundRow, latestPlanVersion: number | null): RoundView {
  const { batches, rules } = calendarOf(row);
  return {
    id: row.id,
    organId: row.organId,
    name: row.name,
    startYear: row.startYear,
    batches,
    rules,
    status: row.status,
    publishedVersion: row.publishedVersion,
    latestPlanVersion,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Export and map: the asked version, else the published one, else the newest. */
export async function versionToRead(
  db: Db,
  round: repo.RoundRow,
  version: number | undefined,
): Promise<{ row: repo.VersionRow; plan: Plan }> {
  let wanted = version ?? round.publishedVersion ?? undefined;
  if (wanted === undefined) {
    wanted = (await repo.latestVersions(db, round.organId, [round.id])).get(round.id);
    if (wanted === undefined) throw new AppError('DISPATCH_NO_PLAN');
  }
  const row = await repo.findVersion(db, round.organId, round.id, wanted);
  if (!row) throw notFound();
  return { row, plan: planSchema.parse(row.plan) };
}
