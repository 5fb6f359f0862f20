import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solvePlan, validatePlan, type Plan, type Problem } from '@grassroots/core/dispatch/index';
import { feasibleProblem } from '@grassroots/core/dispatch/test-support';
import { applyEdit, type PlanEdit } from './planEdits';

// D7: hand edits may break the rules on purpose (the validator then says which), but never the
// plan's own bookkeeping: groups list exactly their members, one leader each, dates follow D4.
const bookkeeping = new Set([
  'group-member-mismatch',
  'group-member-unassigned',
  'leader-count',
  'leader-not-member',
  'unknown-group',
  'duplicate-group',
  'multiple-assignments',
  'assigned-and-unassigned',
  'start-date',
  'end-date',
  'unknown-county',
  'unknown-batch',
]);

function editsFor(problem: Problem, plan: Plan): fc.Arbitrary<PlanEdit[]> {
  const ids = problem.cadres.map((c) => c.id);
  const codes = problem.counties.map((c) => c.code);
  const batches = problem.batches.map((b) => b.id);
  const groupIds = [...plan.groups.map((g) => g.id), null];
  const edit: fc.Arbitrary<PlanEdit> = fc.oneof(
    fc.record({
      kind: fc.constant('move' as const),
      cadreId: fc.constantFrom(...ids),
      to: fc.record({
        batch: fc.constantFrom(...batches),
        countyCode: fc.constantFrom(...codes),
        groupId: fc.constantFrom(...groupIds),
      }),
    }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.constantFrom(...ids), b: fc.constantFrom(...ids) }),
    fc.record({
      kind: fc.constant('leader' as const),
      groupId: fc.constantFrom(...plan.groups.map((g) => g.id), 'none'),
      cadreId: fc.constantFrom(...ids),
    }),
  );
  return fc.array(edit, { maxLength: 12 });
}

describe('plan edits (D7)', () => {
  it('keep groups, leaders, dates and the unassigned list consistent under any sequence of edits', () => {
    fc.assert(
      fc.property(
        feasibleProblem.chain((problem) => {
          const { plan } = solvePlan(problem);
          return fc.tuple(fc.constant(problem), fc.constant(plan), editsFor(problem, plan));
        }),
        ([problem, plan, edits]) => {
          let current = plan;
          for (const e of edits) current = applyEdit(current, problem, e);
          // A move into a group of another batch or prefecture is a rule the user broke (D6), not bookkeeping.
          const broken = validatePlan(problem, current).filter((v) => bookkeeping.has(v.code));
          expect(broken).toEqual([]);
          expect(current.stats.assigned).toBe(current.assignments.length);
          expect(current.stats.groups).toBe(current.groups.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('swapping two cadres twice gives the plan back', () => {
    fc.assert(
      fc.property(feasibleProblem, (problem) => {
        const { plan } = solvePlan(problem);
        const [a, b] = plan.assignments;
        if (!a || !b) return;
        const twice = applyEdit(
          applyEdit(plan, problem, { kind: 'swap', a: a.cadreId, b: b.cadreId }),
          problem,
          { kind: 'swap', a: a.cadreId, b: b.cadreId },
        );
        expect(twice.assignments).toEqual(plan.assignments);
        expect(twice.groups).toEqual(plan.groups);
      }),
      { numRuns: 30 },
    );
  });

  it('moving a cadre into a county held by another cadre of the batch is a D5 violation', () => {
    const problem = fc.sample(feasibleProblem, { numRuns: 1, seed: 7 })[0];
    if (!problem) throw new Error('no sample');
    const { plan } = solvePlan(problem);
    const [a, b] = plan.assignments.filter((x) => x.batch === plan.assignments[0]?.batch);
    if (!a || !b) throw new Error('batch too small');
    const moved = applyEdit(plan, problem, {
      kind: 'move',
      cadreId: a.cadreId,
      to: { batch: b.batch, countyCode: b.countyCode, groupId: a.groupId },
    });
    const codes = validatePlan(problem, moved).map((v) => v.code);
    expect(codes).toContain('county-taken');
  });
});
