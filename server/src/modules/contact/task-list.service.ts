import type { z } from 'zod';
import {
  taskItems,
  taskProposal,
  type QuotaRuleSet,
  type reviewBody,
  type taskListBody,
  type TaskListView,
  type TaskProposal,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { requireOwnDepartmentHead, requireSelf, visibleCadre, type ContactDeps } from './contact.common';
import { assignmentOf, ruleSetOf } from './rules.service';
import * as repo from './task-list.repo';

type Status = repo.TaskListRow['status'];

const emptyProposal = (): TaskProposal =>
  taskProposal.parse({ items: Object.fromEntries(taskItems.map((k) => [k, ''])) });

/** C3: the task list as the cadre, the department head and the organ admin see it, history included. */
async function viewOf(db: Db, organId: string, cadreId: string, year: number): Promise<TaskListView> {
  const [row, assignment] = await Promise.all([
    repo.findTaskList(db, cadreId, year),
    assignmentOf(db, organId, year),
  ]);
  const history = row ? await repo.historyOf(db, row.id) : [];
  return {
    cadreId,
    year,
    status: row?.status ?? 'none',
    assignment: assignment.assignment,
    proposal: row ? taskProposal.parse(row.proposal) : emptyProposal(),
    reviewComment: row?.reviewComment ?? null,
    approvedBy: row?.approvedBy ?? null,
    approvedAt: row?.approvedAt?.toISOString() ?? null,
    locked: row?.status === 'approved',
    version: row?.version ?? null,
    history: history.map((h) => ({
      version: h.version,
      status: h.status,
      action: h.action,
      actorName: h.actorName,
      at: h.at.toISOString(),
      comment: h.comment,
    })),
  };
}

export async function getTaskList(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
): Promise<TaskListView> {
  requirePermission(actor, 'contact.read');
  await visibleCadre(deps.db, actor, cadreId);
  return viewOf(deps.db, actor.organId, cadreId, year);
}

/** C4: 推动工作 — the proposal names 2–3 concrete work tasks (the rule set's range). */
function checkConcreteTasks(ruleSet: QuotaRuleSet, proposal: TaskProposal): void {
  const { concreteTasksMin: min, concreteTasksMax: max } = ruleSet.quotas;
  const n = proposal.concreteTasks.length;
  if (n < min || n > max) throw new AppError('CONCRETE_TASKS_COUNT', { min, max, count: n });
}

// A task's done mark is the cadre's report on an approved list (POST …/tasks/:index), not part of a
// proposal: a re-proposed task keeps the mark it had, a new one starts undone.
function carryDone(next: TaskProposal, previous: TaskProposal | null): TaskProposal {
  const done = new Set(previous?.concreteTasks.filter((t) => t.done).map((t) => t.title) ?? []);
  return { ...next, concreteTasks: next.concreteTasks.map((t) => ({ ...t, done: done.has(t.title) })) };
}

/** C3: one step of the approval flow, kept in the history and the audit chain. */
async function transition(
  tx: Db,
  actor: Actor,
  now: Date,
  current: repo.TaskListRow,
  change: repo.TaskListChange & { status: Status },
  action: string,
  comment: string | null,
): Promise<void> {
  const after = await repo.updateTaskList(tx, current, change, now);
  if (!after) throw new AppError('VERSION_CONFLICT');
  await repo.appendHistory(tx, {
    organId: after.organId,
    taskListId: after.id,
    version: after.version,
    status: after.status,
    proposal: after.proposal,
    action,
    actorName: actor.displayName,
    at: now,
    comment,
  });
  await auditChange(
    tx,
    actor,
    now,
    `contact.task_list.${action}`,
    { type: 'task_list', id: after.id },
    { version: after.version, status: after.status },
  );
}

/**
 * C3 个人提: the cadre proposes the year's list (→ proposed). An approved list is locked: changing it
 * takes `requestChange`, which sends it back for approval.
 */
export async function proposeTaskList(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
  body: z.infer<typeof taskListBody>,
): Promise<TaskListView> {
  requirePermission(actor, 'contact.own');
  await visibleCadre(deps.db, actor, cadreId);
  requireSelf(actor, cadreId);
  const { ruleSet } = await ruleSetOf(deps.db, actor.organId, year);
  const now = deps.now();
  try {
    await deps.db.transaction(async (tx) => {
      const current = await repo.findTaskList(tx, cadreId, year, true);
      if (current?.status === 'approved' && !body.requestChange) throw new AppError('TASK_LIST_LOCKED');
      if ((current?.version ?? null) !== body.version) throw new AppError('VERSION_CONFLICT');
      checkConcreteTasks(ruleSet, body.proposal);
      const previous = current ? taskProposal.parse(current.proposal) : null;
      const proposal = carryDone(body.proposal, previous);
      if (current) {
        const action = current.status === 'approved' ? 'request_change' : 'propose';
        const change = { status: 'proposed' as const, proposal, approvedBy: null, approvedAt: null };
        await transition(tx, actor, now, current, change, action, null);
        return;
      }
      const created = await repo.insertTaskList(tx, {
        organId: actor.organId,
        year,
        cadreId,
        status: 'proposed',
        proposal,
        version: 1,
        updatedAt: now,
      });
      if (!created) throw new AppError('INTERNAL');
      await repo.appendHistory(tx, {
        organId: actor.organId,
        taskListId: created.id,
        version: 1,
        status: 'proposed',
        proposal,
        action: 'propose',
        actorName: actor.displayName,
        at: now,
        comment: null,
      });
      await auditChange(
        tx,
        actor,
        now,
        'contact.task_list.propose',
        { type: 'task_list', id: created.id },
        { version: 1, status: 'proposed' },
      );
    });
  } catch (e) {
    // Two first proposals at once: the second finds the list taken, as with any stale version.
    if (isUniqueViolation(e)) throw new AppError('VERSION_CONFLICT');
    throw e;
  }
  return viewOf(deps.db, actor.organId, cadreId, year);
}

/** C3 共同定: the head of the cadre's own department approves (locks) or returns a proposed list. */
export async function reviewTaskList(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
  body: z.infer<typeof reviewBody>,
  decision: 'approve' | 'return',
): Promise<TaskListView> {
  requirePermission(actor, 'contact.review');
  const cadre = await visibleCadre(deps.db, actor, cadreId);
  requireOwnDepartmentHead(actor, cadre.departmentId);
  if (decision === 'return' && body.comment === '') throw new AppError('RETURN_NEEDS_COMMENT');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await repo.findTaskList(tx, cadreId, year, true);
    if (!current) throw notFound();
    if (current.version !== body.version) throw new AppError('VERSION_CONFLICT');
    if (current.status !== 'proposed') throw new AppError('TASK_LIST_NOT_PROPOSED');
    const approve = decision === 'approve';
    const change = {
      status: approve ? ('approved' as const) : ('returned' as const),
      reviewComment: body.comment === '' ? null : body.comment,
      approvedBy: approve ? actor.displayName : null,
      approvedAt: approve ? now : null,
    };
    await transition(tx, actor, now, current, change, decision, change.reviewComment);
  });
  return viewOf(deps.db, actor.organId, cadreId, year);
}

/** C4: the cadre marks a concrete task of the approved list done (or not yet). */
export async function markTask(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
  index: number,
  done: boolean,
): Promise<TaskListView> {
  requirePermission(actor, 'contact.own');
  await visibleCadre(deps.db, actor, cadreId);
  requireSelf(actor, cadreId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await repo.findTaskList(tx, cadreId, year, true);
    if (!current) throw notFound();
    if (current.status !== 'approved') throw new AppError('TASK_LIST_NOT_APPROVED');
    const proposal = taskProposal.parse(current.proposal);
    if (index >= proposal.concreteTasks.length) throw notFound();
    const concreteTasks = proposal.concreteTasks.map((t, i) => (i === index ? { ...t, done } : t));
    const after = await repo.updateTaskList(tx, current, { proposal: { ...proposal, concreteTasks } }, now);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await auditChange(
      tx,
      actor,
      now,
      'contact.task_list.task_done',
      { type: 'task_list', id: current.id },
      { index, done },
    );
  });
  return viewOf(deps.db, actor.organId, cadreId, year);
}

/** C4/A1: concrete tasks done count only on an approved list. */
export async function concreteTasksDone(db: Db, cadreId: string, year: number): Promise<number> {
  const row = await repo.findTaskList(db, cadreId, year);
  if (row?.status !== 'approved') return 0;
  return taskProposal.parse(row.proposal).concreteTasks.filter((t) => t.done).length;
}
