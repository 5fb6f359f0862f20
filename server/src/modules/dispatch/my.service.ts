import type { MyAssignmentView } from '@grassroots/core';
import { requirePermission, type Actor } from '../../platform/access';
import type { DispatchDeps } from './dispatch.common';
import * as repo from './dispatch.repo';
import { groupNames } from './problem';
import { placesOf } from './problem.repo';

/**
 * D8/D15: the caller's own published assignments (county, group, dates, contact-point term); a group
 * leader also gets the group's members (§1: 组长 sees the members), a member the leader's name.
 */
export async function myAssignments(deps: DispatchDeps, actor: Actor): Promise<MyAssignmentView[]> {
  requirePermission(actor, 'dispatch.own');
  if (!actor.cadreId) return [];
  const mine = await repo.assignmentsOfCadre(deps.db, actor.organId, actor.cadreId);
  if (mine.length === 0) return [];
  const sameBatch = await repo.assignmentsOfBatches(
    deps.db,
    mine.map((m) => ({ roundId: m.roundId, batch: m.batch })),
  );
  const place = await placesOf(
    deps.db,
    sameBatch.map((a) => a.countyCode),
  );
  return mine.map((m) => {
    const batchRows = sameBatch.filter((a) => a.roundId === m.roundId && a.batch === m.batch);
    const groups = [...new Map(batchRows.map((a) => [a.groupKey, a])).values()].map((a) => ({
      id: a.groupKey,
      batch: a.batch,
      prefectureCode: place.county(a.countyCode).prefectureCode,
    }));
    const names = groupNames(groups, place.prefectureName);
    const members = batchRows.filter((a) => a.groupKey === m.groupKey);
    const here = place.county(m.countyCode);
    return {
      roundId: m.roundId,
      roundName: m.roundName,
      batch: m.batch,
      countyCode: m.countyCode,
      countyName: here.countyName,
      prefectureCode: here.prefectureCode,
      prefectureName: here.prefectureName,
      provinceName: here.provinceName,
      groupKey: m.groupKey,
      groupName: names.get(m.groupKey) ?? '',
      leader: m.leader,
      leaderName: members.find((a) => a.leader)?.name ?? '',
      startDate: m.startDate,
      endDate: m.endDate,
      contactUntil: m.contactUntil,
      members: m.leader
        ? members.map((a) => ({
            cadreId: a.cadreId,
            name: a.name,
            department: a.department,
            rank: a.rank,
            countyCode: a.countyCode,
            countyName: place.county(a.countyCode).countyName,
            leader: a.leader,
          }))
        : [],
    };
  });
}
