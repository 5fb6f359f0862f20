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
  // best CPU time of the runs: on a busy machine wall time mostly measures the neighbours
  cpuMs: number;
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
  const cpu: number[] = [];
  const t0 = performance.now();
  let result = solvePlan(problem);
  const coldMs = performance.now() - t0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    result = solvePlan(problem);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const { plan, infeasible } = result;
  const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
  const assigned = new Set(plan.assignments.map((a) => a.cadreId));
  const centralAssigned = plan.assignments.filter((a) => central.has(a.cadreId)).length;
  return {
    cadres: problem.cadres.length,
    ms: median(times),
    cpuMs: Math.min(...cpu),
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
      `dispatch solve ${String(r.cadres).padStart(5)} cadres: ${r.ms.toFixed(0).padStart(5)} ms wall (median of 5 warm runs; first ${r.coldMs.toFixed(0)} ms), ${r.cpuMs.toFixed(0)} ms CPU (best)` +
        ` | violations ${r.violations} | eligible unassigned ${r.unassignedEligible}` +
        ` | groups ${r.groups}, mixed ${r.mixed} / bound ${r.bound} | explanations ${r.explanations}`,
    );
  }
  const [small, large] = rows;
  if (small && large) {
    const cpu = large.cpuMs / Math.max(small.cpuMs, 1e-6);
    const wall = large.ms / Math.max(small.ms, 1e-6);
    const times = `×${cpu.toFixed(2)} CPU time, ×${wall.toFixed(2)} wall time`;
    console.log(`dispatch scaling: ×${(large.cadres / small.cadres).toFixed(0)} cadres → ${times}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDispatchBench();
}
