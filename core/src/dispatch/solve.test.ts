import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibilityOf } from './eligibility';
import { solvePlan } from './solve';
import { anyProblem, feasibleProblem } from './test-support';
import { CENTRAL } from './types';
import { validatePlan } from './validate';

describe('D7 solver on random feasible problems', () => {
  it('plans every eligible cadre and the plan passes the validator', () => {
    fc.assert(
      fc.property(feasibleProblem, (problem) => {
        const { plan, infeasible } = solvePlan(problem);
        expect(validatePlan(problem, plan)).toEqual([]);
        expect(infeasible).toEqual([]);
        const assigned = new Set(plan.assignments.map((a) => a.cadreId));
        for (const c of problem.cadres) {
          const eligible = eligibilityOf(c, problem.batches) === 'eligible';
          expect(assigned.has(c.id)).toBe(eligible);
        }
        expect(plan.assignments.length + plan.unassigned.length).toBe(problem.cadres.length);
      }),
      { numRuns: 60 },
    );
  });

  it('D6: spreads central cadres — mixed groups reach min(groups, central cadres) in every batch', () => {
    fc.assert(
      fc.property(feasibleProblem, (problem) => {
        const { plan } = solvePlan(problem);
        const central = new Set(problem.cadres.filter((c) => c.organ === CENTRAL).map((c) => c.id));
        for (const batch of problem.batches) {
          const groups = plan.groups.filter((g) => g.batch === batch.id);
          const centrals = plan.assignments.filter(
            (a) => a.batch === batch.id && central.has(a.cadreId),
          ).length;
          const mixed = groups.filter((g) => g.memberIds.some((id) => central.has(id))).length;
          expect(mixed).toBe(Math.min(groups.length, centrals));
        }
        expect(plan.stats.mixedGroups).toBe(
          plan.groups.filter((g) => g.memberIds.some((id) => central.has(id))).length,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(feasibleProblem, (problem) => {
        const a = solvePlan(problem, { now: () => 0 });
        const b = solvePlan(problem, { now: () => 0 });
        expect(b).toEqual(a);
      }),
      { numRuns: 10 },
    );
  });
});

describe('D7 solver on arbitrary problems, feasible or not', () => {
  it('never drops a cadre silently: every cadre is planned or listed, every infeasible one explained', () => {
    fc.assert(
      fc.property(anyProblem, (problem) => {
        const { plan, infeasible } = solvePlan(problem);
        const ids = [...plan.assignments.map((a) => a.cadreId), ...plan.unassigned.map((u) => u.cadreId)];
        expect(ids.sort()).toEqual(problem.cadres.map((c) => c.id).sort());
        const explained = new Set(infeasible.flatMap((e) => e.cadreIds));
        for (const u of plan.unassigned) {
          if (u.reason !== 'exempt') expect(explained.has(u.cadreId)).toBe(true);
        }
        for (const e of infeasible) expect(e.rule).toMatch(/^D[1-6]$/);
        // Whatever the plan breaks is exactly what the explanations announced.
        const reasons = new Map(plan.unassigned.map((u) => [u.cadreId, u.reason]));
        for (const v of validatePlan(problem, plan)) {
          if (v.code === 'eligible-unassigned') {
            expect(reasons.get(v.cadreIds[0] ?? '')).toMatch(/^infeasible-/);
          } else {
            expect(v.code).toBe('central-not-spread');
            const announced = infeasible
              .filter((e) => e.code === 'central-not-spread')
              .flatMap((e) => e.cadreIds);
            expect(v.cadreIds.some((id) => announced.includes(id))).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
