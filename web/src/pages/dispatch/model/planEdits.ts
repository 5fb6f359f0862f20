import {
  CENTRAL,
  serviceWindow,
  type Assignment,
  type Group,
  type Plan,
  type Problem,
} from '@grassroots/core/dispatch/index';
import { RANK_ORDER } from '@grassroots/core/dispatch/types';

// D7: hand edits of a plan. Each edit is pure (plan in, plan out) so the editor can keep every
// state for undo/redo and run core's validatePlan on the result; nothing here judges the rules —
// a move that breaks D3/D5/D6 is allowed and shows up as a violation.

/** Where a cadre goes: a batch, a county, and an existing work group of that batch (null: a new group). */
export interface Placement {
  batch: number;
  countyCode: string;
  groupId: string | null;
}

export type PlanEdit =
  | { kind: 'move'; cadreId: string; to: Placement }
  | { kind: 'swap'; a: string; b: string }
  | { kind: 'leader'; groupId: string; cadreId: string };

function rankOf(problem: Problem, id: string): number {
  const cadre = problem.cadres.find((c) => c.id === id);
  return cadre ? RANK_ORDER[cadre.rank] : Number.MAX_SAFE_INTEGER;
}

/** §11: the summary is derived from the plan (the server recomputes it the same way on save). */
export function restate(plan: Plan, problem: Problem): Plan {
  const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
  return {
    ...plan,
    stats: {
      assigned: plan.assignments.length,
      groups: plan.groups.length,
      mixedGroups: plan.groups.filter((g) => g.memberIds.some((id) => central.has(id))).length,
      seconds: plan.stats.seconds,
    },
  };
}

/** D6: the leader flags of a group's assignments follow its leaderId. */
function flagLeaders(assignments: Assignment[], group: Group): Assignment[] {
  return assignments.map((a) =>
    a.groupId === group.id ? { ...a, leader: a.cadreId === group.leaderId } : a,
  );
}

/** Takes a cadre out of the plan; a group losing its leader gets its most senior remaining member (D6). */
function withoutCadre(plan: Plan, problem: Problem, cadreId: string): Plan {
  let assignments = plan.assignments.filter((a) => a.cadreId !== cadreId);
  const groups: Group[] = [];
  for (const g of plan.groups) {
    if (!g.memberIds.includes(cadreId) && g.leaderId !== cadreId) {
      groups.push(g);
      continue;
    }
    const memberIds = g.memberIds.filter((id) => id !== cadreId);
    if (memberIds.length === 0) continue;
    let leaderId = g.leaderId;
    if (leaderId === cadreId) {
      leaderId = [...memberIds].sort((x, y) => rankOf(problem, x) - rankOf(problem, y))[0] ?? cadreId;
    }
    const next = { ...g, memberIds, leaderId };
    assignments = flagLeaders(assignments, next);
    groups.push(next);
  }
  return { ...plan, assignments, groups, unassigned: plan.unassigned.filter((u) => u.cadreId !== cadreId) };
}

/** g2-4301, or g2-4301-2 … when the batch already has a group in that prefecture. */
export function newGroupId(plan: Plan, batch: number, prefectureCode: string): string {
  const taken = new Set(plan.groups.map((g) => g.id));
  const base = `g${batch}-${prefectureCode}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function windowFor(problem: Problem, cadreId: string, batch: number): { start: string; end: string } | null {
  const cadre = problem.cadres.find((c) => c.id === cadreId);
  const b = problem.batches.find((x) => x.id === batch);
  return cadre && b ? serviceWindow(cadre, b, problem.rules) : null;
}

function move(plan: Plan, problem: Problem, cadreId: string, to: Placement): Plan {
  const county = problem.counties.find((c) => c.code === to.countyCode);
  const dates = windowFor(problem, cadreId, to.batch);
  if (!county || !dates) return plan;
  const base = withoutCadre(plan, problem, cadreId);
  const target = to.groupId === null ? undefined : base.groups.find((g) => g.id === to.groupId);
  let groups: Group[];
  let groupId: string;
  let leader = false;
  if (target) {
    groupId = target.id;
    groups = base.groups.map((g) =>
      g.id === target.id ? { ...g, memberIds: [...g.memberIds, cadreId] } : g,
    );
  } else {
    groupId = newGroupId(base, to.batch, county.prefectureCode);
    leader = true;
    const group = { id: groupId, batch: to.batch, prefectureCode: county.prefectureCode, leaderId: cadreId };
    groups = [...base.groups, { ...group, memberIds: [cadreId] }];
  }
  const assignment: Assignment = {
    cadreId,
    batch: to.batch,
    countyCode: to.countyCode,
    groupId,
    leader,
    ...dates,
  };
  return { ...base, groups, assignments: [...base.assignments, assignment] };
}

/** Two cadres exchange places: batch, county, group and the leader role go with the place. */
function swap(plan: Plan, problem: Problem, a: string, b: string): Plan {
  const pa = plan.assignments.find((x) => x.cadreId === a);
  const pb = plan.assignments.find((x) => x.cadreId === b);
  const da = pb && windowFor(problem, a, pb.batch);
  const db = pa && windowFor(problem, b, pa.batch);
  if (!pa || !pb || !da || !db || a === b) return plan;
  const other = (id: string) => (id === a ? b : id === b ? a : id);
  const assignments = plan.assignments.map((x) => {
    if (x.cadreId === a) return { ...pb, cadreId: a, ...da };
    if (x.cadreId === b) return { ...pa, cadreId: b, ...db };
    return x;
  });
  const groups = plan.groups.map((g) =>
    g.memberIds.includes(a) || g.memberIds.includes(b) || g.leaderId === a || g.leaderId === b
      ? { ...g, leaderId: other(g.leaderId), memberIds: g.memberIds.map(other) }
      : g,
  );
  return { ...plan, assignments, groups };
}

function setLeader(plan: Plan, groupId: string, cadreId: string): Plan {
  const group = plan.groups.find((g) => g.id === groupId);
  if (!group?.memberIds.includes(cadreId)) return plan;
  const next = { ...group, leaderId: cadreId };
  return {
    ...plan,
    groups: plan.groups.map((g) => (g.id === groupId ? next : g)),
    assignments: flagLeaders(plan.assignments, next),
  };
}

/** D7: applies one hand edit; an edit naming unknown cadres, counties or batches changes nothing. */
export function applyEdit(plan: Plan, problem: Problem, edit: PlanEdit): Plan {
  let next: Plan;
  switch (edit.kind) {
    case 'move':
      next = move(plan, problem, edit.cadreId, edit.to);
      break;
    case 'swap':
      next = swap(plan, problem, edit.a, edit.b);
      break;
    case 'leader':
      next = setLeader(plan, edit.groupId, edit.cadreId);
      break;
  }
  return next === plan ? plan : restate(next, problem);
}
