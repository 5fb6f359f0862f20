import { describe, expect, it } from 'vitest';
import { planSchema, problemSchema } from './schema';
import { cadre, counties } from './test-support';

describe('§11 problem.json', () => {
  const base = {
    batches: [{ id: 1, start: '2015-09-01', end: '2015-12-31' }],
    counties: counties('43', [3]),
  };

  it('fills the seed rules and optional cadre fields with defaults', () => {
    const p = problemSchema.parse({
      ...base,
      cadres: [
        {
          id: 'c1',
          name: '张三',
          organ: 'central',
          department: '组织部',
          rank: '正处',
          grassrootsMonths: 30,
        },
      ],
    });
    expect(p.rules).toEqual({
      groupMin: 3,
      groupMax: 4,
      leaderMinRank: '正处',
      departmentShare: 0.25,
      shortExperienceMonths: 24,
      extendedMonths: 6,
    });
    expect(p.cadres[0]).toMatchObject({ probationEnd: null, exempt: false, previousCountyCodes: [] });
  });

  it('rejects unknown ranks, bad organ codes and duplicate ids', () => {
    expect(
      problemSchema.safeParse({ ...base, cadres: [cadre('c1', '43', '正处'), cadre('c1', '43', '副处')] })
        .success,
    ).toBe(false);
    expect(problemSchema.safeParse({ ...base, cadres: [{ ...cadre('c1', '430', '正处') }] }).success).toBe(
      false,
    );
    const badRank = { ...cadre('c1', '43', '正处'), rank: '处长' };
    expect(problemSchema.safeParse({ ...base, cadres: [badRank] }).success).toBe(false);
  });
});

describe('§11 plan.json', () => {
  it('accepts the documented example', () => {
    const plan = planSchema.parse({
      assignments: [
        {
          cadreId: 'c001',
          batch: 1,
          countyCode: '430121',
          groupId: 'g1-4301',
          leader: true,
          start: '2015-09-01',
          end: '2015-12-31',
        },
      ],
      groups: [{ id: 'g1-4301', batch: 1, prefectureCode: '4301', leaderId: 'c001', memberIds: ['c001'] }],
      unassigned: [{ cadreId: 'c099', reason: 'exempt' }],
      stats: { assigned: 0, groups: 0, mixedGroups: 0, seconds: 0 },
    });
    expect(plan.assignments).toHaveLength(1);
  });
});
