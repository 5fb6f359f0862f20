import { buildContext } from './context';
import type { Plan, Problem } from './schema';
import type { Violation } from './types';
import { checkCounties } from './validate-counties';
import { checkGroups } from './validate-groups';
import { checkDates, checkEligibility, checkQuarters } from './validate-batches';

// D7: every hard-rule violation of a plan (D1–D6), one by one, in words a user understands.
// Never throws on unknown ids or codes: they are violations too.
export function validatePlan(problem: Problem, plan: Plan): Violation[] {
  const ctx = buildContext(problem, plan);
  checkEligibility(ctx);
  checkQuarters(ctx);
  checkDates(ctx);
  checkCounties(ctx);
  checkGroups(ctx);
  return ctx.out;
}
