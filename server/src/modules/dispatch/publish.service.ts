import type { RoundView } from '@grassroots/core';
import { addMonths, validatePlan, type Plan } from '@grassroots/core/dispatch/index';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { accountsOfCadres, notifyMany, type NotificationInput } from '../notify/notify.service';
import {
  requirePlanning,
  roundView,
  versionToRead,
  visibleRound,
  type DispatchDeps,
} from './dispatch.common';
import * as repo from './dispatch.repo';
import { buildProblem, groupNames, type ProblemBook } from './problem';

// D7/D8: publishing turns a clean plan version into assignments, contact points and notifications.

/** D8: the dispatched county stays the cadre's contact point for two years from the start. */
export const CONTACT_MONTHS = 24;

export const MY_ASSIGNMENTS_LINK = '/dispatch/my-assignments';

function countyText(book: ProblemBook, code: string): string {
  const c = book.counties.get(code);
  if (!c) return code;
  return `${book.provinces.get(c.provinceCode) ?? ''}${book.prefectures.get(c.prefectureCode) ?? ''}${c.name}`;
}

/** X3: "您已被安排在第N批下沉到XX县，任XX工作小组组长/组员", with the group and the contact-point term. */
export function assignmentMessages(
  book: ProblemBook,
  plan: Plan,
): Map<string, { title: string; body: string }> {
  const groupName = groupNames(plan.groups, (code) => book.prefectures.get(code) ?? code);
  const byGroup = new Map<string, Plan['assignments']>();
  for (const a of plan.assignments) {
    const key = a.groupId ?? '';
    byGroup.set(key, [...(byGroup.get(key) ?? []), a]);
  }
  const nameOf = (id: string) => book.cadres.get(id)?.name ?? id;
  const out = new Map<string, { title: string; body: string }>();
  for (const a of plan.assignments) {
    const group = a.groupId ? (groupName.get(a.groupId) ?? '') : '';
    const members = byGroup.get(a.groupId ?? '') ?? [];
    const county = book.counties.get(a.countyCode)?.name ?? a.countyCode;
    const lines = [
      `您已被安排在第${a.batch}批（${a.start} 至 ${a.end}）下沉到${countyText(book, a.countyCode)}，任${group}${a.leader ? '组长' : '组员'}。`,
    ];
    if (a.leader) {
      const others = members.filter((m) => m.cadreId !== a.cadreId);
      lines.push(
        `小组成员：${others.map((m) => `${nameOf(m.cadreId)}（${book.counties.get(m.countyCode)?.name ?? m.countyCode}）`).join('、')}。请牵头做好小组的协商、督促和日常管理。`,
      );
    } else {
      const leader = members.find((m) => m.leader);
      if (leader) lines.push(`组长：${nameOf(leader.cadreId)}。`);
    }
    lines.push(
      `${county}将作为您的基层联系点，保持联系至${addMonths(a.start, CONTACT_MONTHS)}（下沉期满后通过调研、电话、网络等方式保持日常联系）。`,
    );
    out.set(a.cadreId, { title: `下沉基层安排：第${a.batch}批 ${county}`, body: lines.join('') });
  }
  return out;
}

/**
 * D7: publish a version with no hard violation — write the assignments (D8 contact points), freeze the
 * round and notify every assigned cadre, group leaders with their members, all in one transaction.
 */
export async function publishRound(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  version: number,
): Promise<{ round: RoundView; assignments: number; notified: number }> {
  requirePermission(actor, 'dispatch.plan');
  const round = await visibleRound(deps.db, actor, roundId);
  requirePlanning(round);
  const { plan } = await versionToRead(deps.db, round, version);
  const book = await buildProblem(deps.db, round);
  const violations = validatePlan(book.problem, plan);
  if (violations.length > 0) {
    throw new AppError('DISPATCH_PLAN_VIOLATIONS', { count: violations.length }, { violations }, 422);
  }
  const messages = assignmentMessages(book, plan);
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    const locked = await repo.lockRound(tx, actor.organId, roundId);
    if (!locked) throw notFound();
    requirePlanning(locked);
    if (locked.version !== round.version) throw new AppError('VERSION_CONFLICT');
    await repo.insertAssignments(
      tx,
      plan.assignments.map((a) => ({
        // The assignment belongs to the cadre's organ (a central round may post provincial cadres).
        organId: book.cadres.get(a.cadreId)?.organId ?? actor.organId,
        roundId,
        cadreId: a.cadreId,
        batch: a.batch,
        countyCode: a.countyCode,
        groupKey: a.groupId ?? '',
        leader: a.leader,
        startDate: a.start,
        endDate: a.end,
        contactUntil: addMonths(a.start, CONTACT_MONTHS),
      })),
    );
    const updated = await repo.updateRound(tx, locked, locked.version, {
      status: 'published',
      publishedVersion: version,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    const accounts = await accountsOfCadres(
      tx,
      plan.assignments.map((a) => a.cadreId),
    );
    const notes: NotificationInput[] = accounts.flatMap((u) => {
      const m = messages.get(u.cadreId);
      return m
        ? [
            {
              organId: u.organId,
              userId: u.userId,
              kind: 'dispatch.assigned',
              link: MY_ASSIGNMENTS_LINK,
              ...m,
            },
          ]
        : [];
    });
    const notified = await notifyMany(tx, notes);
    await auditChange(
      tx,
      actor,
      now,
      'dispatch.publish',
      { type: 'dispatch_round', id: roundId },
      {
        version,
        assignments: plan.assignments.length,
        groups: plan.groups.length,
        notified,
      },
    );
    return { round: updated, notified };
  });
  const latest = await repo.latestVersions(deps.db, actor.organId, [roundId]);
  return {
    round: roundView(result.round, latest.get(roundId) ?? null),
    assignments: plan.assignments.length,
    notified: result.notified,
  };
}
