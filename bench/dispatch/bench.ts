// Dispatch solver benchmark (D7): a national round of 1,600 cadres (the seed's size) and 6,400 (×4),
// built from the real county codes. Prints solve times, their ratio and the plan's quality.
import { pathToFileURL } from 'node:url';
import {
  CENTRAL,
  eligibilityOf,
  problemSchema,
  solvePlan,
  validatePlan,
  type Problem,
} from '@grassroots/core/dispatch/index';
import { generateProblem, loadDivisions } from './generate';

interface Figures {
  cadres: number;
  ms: number;
  coldMs: number;
  violations: number;
  unassignedEligible: number;
  groups: number;
  mixed: number;
  bound: number;
  explanations: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(problem: Problem, runs: number): Figures {
  const times: number[] = [];
  const t0 = performance.now();
  let result = solvePlan(problem);
  const coldMs = performance.now() - t0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = solvePlan(problem);
    times.push(performance.now() - t);
  }
  const { plan, infeasible } = result;
  const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
  const assigned = new Set(plan.assignments.map((a) => a.cadreId));
  const centralAssigned = plan.assignments.filter((a) => central.has(a.cadreId)).length;
  return {
    cadres: problem.cadres.length,
    ms: median(times),
    coldMs,
    violations: validatePlan(problem, plan).length,
    unassignedEligible: problem.cadres.filter(
      (c) => eligibilityOf(c, problem.batches) === 'eligible' && !assigned.has(c.id),
    ).length,
    groups: plan.stats.groups,
    mixed: plan.stats.mixedGroups,
    bound: Math.min(plan.stats.groups, centralAssigned),
    explanations: infeasible.length,
  };
}

export async function runDispatchBench(): Promise<void> {
  const divisions = loadDivisions();
  const rows: Figures[] = [];
  for (const scale of [1, 4]) {
    const problem = problemSchema.parse(generateProblem(divisions, { scale }));
    rows.push(measure(problem, 5));
    // Let the event loop breathe between the two sizes (and keep this an async benchmark like the others).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  for (const r of rows) {
    console.log(
      `dispatch solve ${String(r.cadres).padStart(5)} cadres: ${r.ms.toFixed(0).padStart(5)} ms (median of 5 warm runs; first run ${r.coldMs.toFixed(0)} ms)` +
        ` | violations ${r.violations} | eligible unassigned ${r.unassignedEligible}` +
        ` | groups ${r.groups}, mixed ${r.mixed} / bound ${r.bound} | explanations ${r.explanations}`,
    );
  }
  const [small, large] = rows;
  if (small && large) {
    const ratio = large.ms / Math.max(small.ms, 1e-6);
    console.log(
      `dispatch scaling: ×${(large.cadres / small.cadres).toFixed(0)} cadres → ×${ratio.toFixed(2)} time`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDispatchBench();
}
