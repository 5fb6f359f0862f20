import { describe, expect, it } from 'vitest';
import { solvePlan } from './solve';
import { cadre, counties, problem } from './test-support';
import { validatePlan } from './validate';

// D7: an infeasible input gets an explanation naming the rule and the place, never a silent partial plan.
describe('D7 infeasible inputs', () => {
  const hunan = counties('43', [6, 6]);

  it('(a) a province with 2 eligible cadres cannot form a group of 3', () => {
    const p = problem([cadre('a1', '43', '正处'), cadre('a2', '43', '正处')], hunan);
    const { plan, infeasible } = solvePlan(p);
    expect(plan.unassigned).toEqual([
      { cadreId: 'a1', reason: 'infeasible-group' },
      { cadreId: 'a2', reason: 'infeasible-group' },
    ]);
    expect(
      infeasible
        .map((e) => e.cadreIds)
        .flat()
        .sort(),
    ).toEqual(['a1', 'a2']);
    for (const e of infeasible) {
      expect(e).toMatchObject({ rule: 'D6', provinceCode: '43' });
      expect(e.batch).toBeTypeOf('number');
      expect(e.message).toContain('湖南省');
      expect(e.message).toContain('不足3人');
    }
    expect(validatePlan(p, plan).map((v) => v.code)).toEqual(['eligible-unassigned', 'eligible-unassigned']);
  });

  it('(b) a province without any 正处+ cadre has nobody to lead its groups', () => {
    const ranks = ['副处', '正科', '副科', '科员'] as const;
    const cadres = Array.from({ length: 12 }, (_, i) => cadre(`b${i}`, '43', ranks[i % 4] ?? '科员'));
    const p = problem(cadres, hunan);
    const { plan, infeasible } = solvePlan(p);
    expect(plan.assignments).toEqual([]);
    expect(infeasible).toHaveLength(4);
    for (const e of infeasible) {
      expect(e).toMatchObject({ rule: 'D6', code: 'group-no-leader', provinceCode: '43' });
      expect(e.message).toContain('正处及以上');
      expect(e.message).toMatch(/第[1-4]批/);
    }
    expect(new Set(plan.unassigned.map((u) => u.reason))).toEqual(new Set(['infeasible-group']));
  });

  it('(c) a department whose cadres all finish probation after batch 4 waits for the next round', () => {
    const regular = Array.from({ length: 12 }, (_, i) => cadre(`r${i}`, '43', i < 5 ? '正处' : '科员'));
    const late = Array.from({ length: 3 }, (_, i) =>
      cadre(`n${i}`, '43', '科员', { department: '宣传部', probationEnd: '2017-05-01' }),
    );
    const p = problem([...regular, ...late], hunan);
    const { plan, infeasible } = solvePlan(p);
    expect(infeasible).toEqual([
      expect.objectContaining({
        rule: 'D2',
        department: '宣传部',
        provinceCode: '43',
        cadreIds: ['n0', 'n1', 'n2'],
      }),
    ]);
    expect(infeasible[0]?.message).toContain('宣传部全部3名干部');
    expect(infeasible[0]?.message).toContain('试用期');
    expect(plan.unassigned).toEqual(late.map((c) => ({ cadreId: c.id, reason: 'probation-after-round' })));
    expect(validatePlan(p, plan)).toEqual([]);
    expect(plan.stats.assigned).toBe(12);
  });
});
