import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, serviceWindow } from './calendar';
import type { Plan, Problem } from './schema';
import { solvePlan } from './solve';
import { cadre, clonePlan, counties, feasibleProblem, problem } from './test-support';
import { CENTRAL } from './types';
import { validatePlan } from './validate';

// Valid plans to break: solved once, mutated many times.
const solved = fc
  .sample(feasibleProblem, { numRuns: 12, seed: 20150808 })
  .map((p) => ({ p, plan: solvePlan(p).plan }));
const caseArb = fc.record({ i: fc.nat({ max: solved.length - 1 }), k: fc.nat() });

type Mutation = (p: Problem, plan: Plan, k: number) => { p: Problem; plan: Plan } | null;

// For each hard rule: on any of the valid plans, the mutation is reported with that rule and code.
function check(name: string, expected: string, mutate: Mutation): void {
  it(`${name} → ${expected}`, () => {
    fc.assert(
      fc.property(caseArb, ({ i, k }) => {
        const base = solved[i];
        if (!base) return;
        const out = mutate(structuredClone(base.p), clonePlan(base.plan), k);
        if (!out) return;
        const violations = validatePlan(out.p, out.plan);
        expect(violations.map((v) => `${v.rule}:${v.code}`)).toContain(expected);
        for (const v of violations) expect(v.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 12 },
    );
  });
}

it('the plans to break are valid to begin with', () => {
  for (const { p, plan } of solved) expect(validatePlan(p, plan)).toEqual([]);
});

const pick = <T>(items: readonly T[], k: number): T => items[k % items.length] as T;

describe('D7 validator catches each broken hard rule of a valid plan', () => {
  check('an unknown batch', 'D1:unknown-batch', (p, plan, k) => {
    pick(plan.assignments, k).batch = 99;
    return { p, plan };
  });
  check('an eligible cadre left out', 'D2:eligible-unassigned', (p, plan, k) => {
    const gone = plan.assignments.splice(k % plan.assignments.length, 1)[0];
    for (const g of plan.groups) g.memberIds = g.memberIds.filter((id) => id !== gone?.cadreId);
    return { p, plan };
  });
  check('an exempt cadre dispatched', 'D2:exempt-assigned', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    const c = p.cadres.find((x) => x.id === a.cadreId);
    if (c) c.exempt = true;
    return { p, plan };
  });
  check('a new hire before probation ends', 'D2:probation-not-ended', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    const c = p.cadres.find((x) => x.id === a.cadreId);
    const start = p.batches.find((b) => b.id === a.batch)?.start ?? '';
    if (c) c.probationEnd = addMonths(start, 1);
    return { p, plan };
  });
  check('a whole organ in one batch', 'D3:organ-batch-cap', (p, plan, k) => {
    const organ = p.cadres.find((c) => c.id === pick(plan.assignments, k).cadreId)?.organ;
    const first = p.batches[0];
    if (!first) return null;
    // An organ with one eligible cadre may put it in any batch (cap ceil(1/4) = 1): nothing to break.
    const members = plan.assignments.filter((a) => p.cadres.find((c) => c.id === a.cadreId)?.organ === organ);
    if (members.length < 2) return null;
    for (const a of plan.assignments) {
      if (p.cadres.find((c) => c.id === a.cadreId)?.organ === organ) a.batch = first.id;
    }
    return { p, plan };
  });
  check('a department over its share', 'D3:department-batch-cap', (p, plan, k) => {
    p.rules.departmentShare = 0.01;
    const a = pick(plan.assignments, k);
    const c = p.cadres.find((x) => x.id === a.cadreId);
    // A colleague of the same department moved into the same batch makes two where one is allowed.
    const mate = plan.assignments.find((b) => {
      const other = p.cadres.find((x) => x.id === b.cadreId);
      return b !== a && other?.organ === c?.organ && other?.department === c?.department;
    });
    if (!mate) return null;
    mate.batch = a.batch;
    return { p, plan };
  });
  check('a wrong end date', 'D4:end-date', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    a.end = addMonths(a.end, 1);
    return { p, plan };
  });
  check('an extended stay cut short', 'D4:end-date', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    const c = p.cadres.find((x) => x.id === a.cadreId);
    const batch = p.batches.find((b) => b.id === a.batch);
    if (!c || !batch) return null;
    c.grassrootsMonths = c.grassrootsMonths < 24 ? 30 : 10;
    a.end = serviceWindow({ ...c, grassrootsMonths: c.grassrootsMonths < 24 ? 30 : 10 }, batch, p.rules).end;
    return { p, plan };
  });
  check('two cadres in one county', 'D5:county-taken', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    const b = plan.assignments.find((x) => x !== a && x.batch === a.batch);
    if (!b) return null;
    b.countyCode = a.countyCode;
    return { p, plan };
  });
  check('a county that does not exist', 'D5:unknown-county', (p, plan, k) => {
    pick(plan.assignments, k).countyCode = '999999';
    return { p, plan };
  });
  check('a cadre in the native county', 'D5:native-county', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    const c = p.cadres.find((x) => x.id === a.cadreId);
    if (c) c.nativeCountyCode = a.countyCode;
    return { p, plan };
  });
  check('a cadre back in a past county', 'D5:previous-county', (p, plan, k) => {
    const a = pick(plan.assignments, k);
    const c = p.cadres.find((x) => x.id === a.cadreId);
    if (c) c.previousCountyCodes = [...c.previousCountyCodes, a.countyCode];
    return { p, plan };
  });
  check('a group without its leader flag', 'D6:leader-count', (p, plan, k) => {
    const g = pick(plan.groups, k);
    const a = plan.assignments.find((x) => x.cadreId === g.leaderId);
    if (a) a.leader = false;
    return { p, plan };
  });
  check('a leader below 正处', 'D6:leader-rank', (p, plan, k) => {
    const g = pick(plan.groups, k);
    const c = p.cadres.find((x) => x.id === g.leaderId);
    if (c) c.rank = '副处';
    return { p, plan };
  });
  check('a group of two', 'D6:group-size', (p, plan, k) => {
    const g = pick(plan.groups, k);
    const keep = g.memberIds
      .filter((id) => id === g.leaderId)
      .concat(g.memberIds.filter((id) => id !== g.leaderId)[0] ?? []);
    for (const a of plan.assignments)
      if (g.memberIds.includes(a.cadreId) && !keep.includes(a.cadreId)) a.groupId = null;
    g.memberIds = keep;
    return { p, plan };
  });
  check('a member posted outside the group prefecture', 'D6:group-prefecture-mismatch', (p, plan, k) => {
    const g = pick(plan.groups, k);
    g.prefectureCode = '0000';
    return { p, plan };
  });
});

describe('D7 validator on hand-made plans', () => {
  // Hunan 4301 and 4302 with six counties each; batch 1 of the 2015 round.
  const hunan = counties('43', [6, 6]);
  const day = { start: '2015-09-01', end: '2015-12-31' };
  const base = (): Problem =>
    problem(
      [
        cadre('h1', '43', '正处'),
        cadre('h2', '43', '科员'),
        cadre('h3', '43', '正处'),
        cadre('h4', '43', '科员'),
        cadre('h5', '43', '科员'),
        cadre('z1', CENTRAL, '科员'),
        cadre('z2', CENTRAL, '科员'),
      ],
      hunan,
    );
  const assign = (cadreId: string, countyCode: string, groupId: string, leader = false) => ({
    cadreId,
    batch: 1,
    countyCode,
    groupId,
    leader,
    ...day,
  });
  const crowdedPlan = (): Plan => ({
    assignments: [
      assign('h1', '430101', 'A', true),
      assign('h2', '430102', 'A'),
      assign('z1', '430103', 'A'),
      assign('z2', '430104', 'A'),
      assign('h3', '430201', 'B', true),
      assign('h4', '430202', 'B'),
      assign('h5', '430203', 'B'),
    ],
    groups: [
      { id: 'A', batch: 1, prefectureCode: '4301', leaderId: 'h1', memberIds: ['h1', 'h2', 'z1', 'z2'] },
      { id: 'B', batch: 1, prefectureCode: '4302', leaderId: 'h3', memberIds: ['h3', 'h4', 'h5'] },
    ],
    unassigned: [],
    stats: { assigned: 7, groups: 2, mixedGroups: 1, seconds: 0 },
  });

  it('D6: two central cadres in one group while another group has none is a violation', () => {
    const p = base();
    // 7 cadres over 4 batches would break D3; a one-batch round keeps this test about D6 only.
    p.batches = p.batches.slice(0, 1);
    p.rules.departmentShare = 1;
    const violations = validatePlan(p, crowdedPlan());
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ rule: 'D6', code: 'central-not-spread', groupId: 'A', batch: 1 });
    expect(violations[0]?.message).toContain('干部z1');
    expect(violations[0]?.message).toContain('湖南省第1市');
  });

  it('D6: the same plan with the central cadres spread is valid', () => {
    const p = base();
    p.batches = p.batches.slice(0, 1);
    p.rules.departmentShare = 1;
    const plan = crowdedPlan();
    plan.assignments = plan.assignments.map((a) =>
      a.cadreId === 'z2' ? { ...a, countyCode: '430204', groupId: 'B' } : a,
    );
    plan.groups = [
      { id: 'A', batch: 1, prefectureCode: '4301', leaderId: 'h1', memberIds: ['h1', 'h2', 'z1'] },
      { id: 'B', batch: 1, prefectureCode: '4302', leaderId: 'h3', memberIds: ['h3', 'h4', 'h5', 'z2'] },
    ];
    expect(validatePlan(p, plan)).toEqual([]);
  });

  it('D5: a provincial cadre outside the province is named with both provinces', () => {
    const p = problem([cadre('h1', '43', '正处')], [...hunan, ...counties('44', [3])]);
    p.batches = p.batches.slice(0, 1);
    const plan: Plan = {
      assignments: [assign('h1', '440101', 'A', true)],
      groups: [{ id: 'A', batch: 1, prefectureCode: '4401', leaderId: 'h1', memberIds: ['h1'] }],
      unassigned: [],
      stats: { assigned: 1, groups: 1, mixedGroups: 0, seconds: 0 },
    };
    const outside = validatePlan(p, plan).find((v) => v.code === 'outside-province');
    expect(outside?.message).toContain('湖南省');
    expect(outside?.message).toContain('广东省');
  });

  it('reports unknown cadres, groups and counties instead of throwing', () => {
    const p = base();
    const plan: Plan = {
      assignments: [
        { cadreId: 'ghost', batch: 1, countyCode: 'x', groupId: 'nowhere', leader: true, ...day },
      ],
      groups: [{ id: 'G', batch: 7, prefectureCode: '????', leaderId: 'ghost2', memberIds: ['ghost2'] }],
      unassigned: [],
      stats: { assigned: 0, groups: 0, mixedGroups: 0, seconds: 0 },
    };
    const codes = validatePlan(p, plan).map((v) => v.code);
    expect(codes).toContain('unknown-cadre');
    expect(codes).toContain('unknown-batch');
    expect(codes).toContain('group-member-unassigned');
    expect(codes.filter((c) => c === 'eligible-unassigned')).toHaveLength(7);
  });
});

describe('D2 plan bookkeeping', () => {
  it('a cadre both dispatched and listed as unassigned is reported', () => {
    const base = solved[0];
    if (!base) throw new Error('no sample');
    const plan = clonePlan(base.plan);
    const first = plan.assignments[0];
    if (!first) throw new Error('empty plan');
    plan.unassigned.push({ cadreId: first.cadreId, reason: 'exempt' });
    const codes = validatePlan(base.p, plan).map((v) => v.code);
    expect(codes).toEqual(['assigned-and-unassigned']);
  });
});
