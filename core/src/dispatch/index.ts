// Dispatch round solver and validator (SPEC D1–D8, §11): pure, runs on the server, the CLI and the browser.

// D1: default round calendar; D4: service dates.
export { addMonths, defaultBatches, needsExtension, serviceWindow } from './calendar';
// D2/D3: who takes part this round and the per-batch caps.
export { batchQuotas, canStartIn, departmentKey, eligibilityOf } from './eligibility';
export type { BatchQuotas, EligibilityStatus } from './eligibility';
// §11: problem.json / plan.json schemas and their types.
export {
  assignmentSchema,
  batchSchema,
  dispatchCadreSchema,
  dispatchCountySchema,
  dispatchRulesSchema,
  groupSchema,
  planSchema,
  planStatsSchema,
  problemSchema,
  unassignedSchema,
} from './schema';
export type {
  Assignment,
  Batch,
  DispatchCadre,
  DispatchCounty,
  DispatchRules,
  Group,
  Plan,
  PlanInput,
  PlanStats,
  Problem,
  ProblemInput,
  UnassignedEntry,
} from './schema';
// D7: the solver, with explanations of whatever it could not place.
export { solvePlan } from './solve';
export type { SolveOptions, SolveResult } from './solve';
// R4/D6/D7: ranks, unassigned reasons, violation shape.
export { BATCH_MONTHS, CENTRAL, RANKS, UNASSIGNED_REASONS, rankAtLeast } from './types';
export type { Explanation, Rank, UnassignedReason, Violation } from './types';
// D7: every hard-rule violation of a plan, in Chinese.
export { validatePlan } from './validate';
