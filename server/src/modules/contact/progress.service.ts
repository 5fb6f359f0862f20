import { quotaProgress, shanghaiDate, weekObligation, type ProgressReply } from '@grassroots/core';
import { requirePermission, type Actor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { cadreCounts } from '../worklog/counts.service';
import { dispatchedInYear, visibleCadre, type ContactDeps } from './contact.common';
import * as repo from './contact.repo';
import { ruleSetOf } from './rules.service';
import { concreteTasksDone } from './task-list.service';

/**
 * A1/C4/C5/C10 (SPEC §11 `GET /api/v1/progress`): every quota of a cadre's year against the
 * time-proportional expectation at today's Asia/Shanghai date. Log counts come from the work-log
 * counters; research, supervision items and concrete tasks from their own records.
 */
export async function getProgress(
  deps: ContactDeps,
  actor: Actor,
  cadreId: string | undefined,
  year: number,
): Promise<ProgressReply> {
  requirePermission(actor, 'contact.read');
  const id = cadreId ?? actor.cadreId;
  if (!id) throw new AppError('NOT_A_CADRE');
  const cadre = await visibleCadre(deps.db, actor, id);
  const asOf = shanghaiDate(deps.now());
  const [{ ruleSet }, { counts }, research, supervision, tasksDone, dispatched] = await Promise.all([
    ruleSetOf(deps.db, cadre.organId, year),
    cadreCounts(deps.db, actor, id, year),
    repo.findResearch(deps.db, id, year),
    repo.supervisionItemsDone(deps.db, id, year),
    concreteTasksDone(deps.db, id, year),
    dispatchedInYear(deps.db, id, year),
  ]);
  const quotas = quotaProgress(
    ruleSet,
    {
      summary: counts,
      researchReports: research ? 1 : 0,
      supervisionItemsDone: supervision.length,
      concreteTasksDone: tasksDone,
      dispatchedThisYear: dispatched,
    },
    asOf,
  );
  const week = weekObligation(
    ruleSet,
    { dispatchedThisYear: dispatched, grassrootsDays: counts.grassrootsDays },
    asOf,
  );
  return {
    cadreId: id,
    year,
    asOf,
    quotas: quotas.map((q) => ({ ...q })),
    // C4 下跨一级: talks with cadres fewer than two organ levels below are logged but not counted.
    talksNotCounting: counts.cadresTalked - counts.cadresTalkedCrossLevel,
    weekObligation: { status: week.status, daysDone: week.actual, daysRequired: week.target },
  };
}
