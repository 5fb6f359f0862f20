import { batchQuotas, type BatchQuotas } from './eligibility';
import { makeLabels, type Labels } from './labels';
import type { Assignment, Batch, DispatchCadre, DispatchCounty, Group, Plan, Problem } from './schema';
import type { Violation } from './types';

export { pushTo } from './util';

// Everything the validator's checks look up, built once per validation.
export interface CheckContext {
  problem: Problem;
  plan: Plan;
  labels: Labels;
  quotas: BatchQuotas;
  cadres: Map<string, DispatchCadre>;
  counties: Map<string, DispatchCounty>;
  batches: Map<number, Batch>;
  groups: Map<string, Group>;
  // Assignments of known cadres, by cadre; a cadre with two entries is itself a violation.
  assignmentsByCadre: Map<string, Assignment[]>;
  out: Violation[];
}

// D7: lookups shared by the checks, so each check stays a single pass over the plan.
export function buildContext(problem: Problem, plan: Plan): CheckContext {
  const assignmentsByCadre = new Map<string, Assignment[]>();
  for (const a of plan.assignments) {
    const list = assignmentsByCadre.get(a.cadreId);
    if (list) list.push(a);
    else assignmentsByCadre.set(a.cadreId, [a]);
  }
  const groups = new Map<string, Group>();
  for (const g of plan.groups) if (!groups.has(g.id)) groups.set(g.id, g);
  return {
    problem,
    plan,
    labels: makeLabels(problem),
    quotas: batchQuotas(problem),
    cadres: new Map(problem.cadres.map((c) => [c.id, c])),
    counties: new Map(problem.counties.map((c) => [c.code, c])),
    batches: new Map(problem.batches.map((b) => [b.id, b])),
    groups,
    assignmentsByCadre,
    out: [],
  };
}
