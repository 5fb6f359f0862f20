import { distributeOrgan } from './batches';
import { serviceWindow } from './calendar';
import { CountyBook } from './counties';
import { batchQuotas, eligibilityOf } from './eligibility';
import { explainNoCounties, explainProbation, explainUnplaced } from './explain';
import { makeLabels } from './labels';
import type { Assignment, DispatchCadre, Group, Plan, Problem, UnassignedEntry } from './schema';
import { repairAcrossBatches } from './repair';
import { placeBatch, planBatch } from './solve-batch';
import { CENTRAL, type Explanation, type UnassignedReason } from './types';
import { compareStrings, pushTo } from './util';

export interface SolveOptions {
  // Milliseconds clock for stats.seconds; defaults to performance.now() where the platform has it.
  now?: () => number;
}

export interface SolveResult {
  plan: Plan;
  infeasible: Explanation[];
}

function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now: () => number } }).performance;
  return perf ? () => perf.now() : () => Date.now();
}

// D7: generate a round plan — every eligible cadre gets a batch (D2/D3), dates (D4), a county (D5)
// and a group (D6) with central cadres spread; whatever cannot be placed is listed with a reason and
// an explanation, never dropped silently. Deterministic: the same problem gives the same plan.
export function solvePlan(problem: Problem, opts: SolveOptions = {}): SolveResult {
  const now = opts.now ?? defaultClock();
  const started = now();
  const { rules } = problem;
  const batches = [...problem.batches].sort((a, b) => compareStrings(a.start, b.start));
  const quotas = batchQuotas(problem);
  const labels = makeLabels(problem);
  const book = new CountyBook(problem.counties);
  const unassigned: UnassignedEntry[] = [];
  const infeasible: Explanation[] = [];
  const drop = (cadres: readonly DispatchCadre[], reason: UnassignedReason): void => {
    for (const c of cadres) unassigned.push({ cadreId: c.id, reason });
  };

  const late: DispatchCadre[] = [];
  const byOrgan = new Map<string, DispatchCadre[]>();
  for (const c of problem.cadres) {
    const status = eligibilityOf(c, batches);
    if (status === 'exempt') drop([c], 'exempt');
    else if (status === 'probation-after-round') late.push(c);
    else pushTo(byOrgan, c.organ, c);
  }
  const lastBatch = batches[batches.length - 1];
  if (late.length > 0 && lastBatch) {
    infeasible.push(...explainProbation(late, problem.cadres, lastBatch, labels));
    drop(late, 'probation-after-round');
  }

  const perBatch: DispatchCadre[][] = batches.map(() => []);
  for (const [organ, cadres] of byOrgan) {
    const provincial = organ !== CENTRAL;
    if (provincial && book.provinceCapacity(organ, rules).length <= 1) {
      infeasible.push(explainNoCounties(organ, cadres, rules, labels));
      drop(cadres, 'infeasible-county');
      continue;
    }
    const { batchOf, unplaced } = distributeOrgan(cadres, batches, quotas, rules, provincial);
    if (unplaced.length > 0) {
      infeasible.push(...explainUnplaced(unplaced, quotas, rules, labels));
      drop(unplaced, 'infeasible-batch');
    }
    for (const c of cadres) {
      const b = batchOf.get(c.id);
      if (b !== undefined) perBatch[b]?.push(c);
    }
  }

  const assignments: Assignment[] = [];
  const groups: Group[] = [];
  const groupIds = new Set<string>();
  let mixedGroups = 0;
  const plans = repairAcrossBatches(perBatch, batches, quotas, (_, members) =>
    planBatch(members, book, rules),
  );
  batches.forEach((batch, b) => {
    const plan = plans[b];
    if (!plan) return;
    const outcome = placeBatch(batch, plan, book, rules, labels);
    infeasible.push(...outcome.explanations);
    for (const u of outcome.unassigned) drop([u.cadre], u.reason);
    for (const placed of outcome.placed) {
      let id = `g${batch.id}-${placed.prefecture}`;
      for (let n = 2; groupIds.has(id); n++) id = `g${batch.id}-${placed.prefecture}-${n}`;
      groupIds.add(id);
      if (placed.members.some((c) => c.organ === CENTRAL)) mixedGroups++;
      groups.push({
        id,
        batch: batch.id,
        prefectureCode: placed.prefecture,
        leaderId: placed.leader.id,
        memberIds: placed.members.map((c) => c.id),
      });
      for (const c of placed.members) {
        assignments.push({
          cadreId: c.id,
          batch: batch.id,
          countyCode: placed.countyOf.get(c.id) ?? '',
          groupId: id,
          leader: c.id === placed.leader.id,
          ...serviceWindow(c, batch, rules),
        });
      }
    }
  });

  const seconds = Math.max(0, (now() - started) / 1000);
  const plan: Plan = {
    assignments,
    groups,
    unassigned,
    stats: { assigned: assignments.length, groups: groups.length, mixedGroups, seconds },
  };
  return { plan, infeasible };
}
