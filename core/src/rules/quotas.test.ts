import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, yearRange } from './dates';
import {
  defaultRuleSet,
  effectiveTargets,
  elapsedFraction,
  expectedProgress,
  isDispatchedInYear,
  progressStatus,
  prorateQuota,
  quotaProgress,
  quotaRuleSetSchema,
  seedStartYearRuleSet,
  weekObligation,
  type ProgressInput,
} from './quotas';

const nothingYet: ProgressInput = {
  summary: { grassrootsDays: 0, lectures: 0, visits: 0, youthMet: 0, cadresTalkedCrossLevel: 0 },
  researchReports: 0,
  supervisionItemsDone: 0,
  concreteTasksDone: 0,
  dispatchedThisYear: false,
};

describe('rule sets (C4, C5)', () => {
  it('defaults follow seed 003', () => {
    const r = defaultRuleSet('organ-43', 2019);
    expect(quotaRuleSetSchema.parse(r)).toEqual(r);
    expect(effectiveTargets(r)).toEqual({
      grassrootsDays: 60,
      lectures: 4,
      visits: 10,
      youthMet: 100,
      cadresTalkedCrossLevel: 20,
      researchReports: 1,
      supervisionItems: 4,
      concreteTasks: 2,
    });
    expect(r.deadlines).toEqual({
      midTerm: '2019-06-30',
      researchReport: '2019-10-31',
      departmentPlan: '2019-10-31',
    });
  });

  it('2018 asks one third, rounded up, with the report due Dec 31', () => {
    const r = seedStartYearRuleSet('organ-43');
    expect(effectiveTargets(r)).toEqual({
      grassrootsDays: 20, // 60/3 exactly, not 21 from floating-point noise
      lectures: 2, // ceil(1.33)
      visits: 4, // ceil(3.33)
      youthMet: 34, // ceil(33.3)
      cadresTalkedCrossLevel: 7, // ceil(6.67)
      researchReports: 1,
      supervisionItems: 2,
      concreteTasks: 1,
    });
    expect(r.deadlines).toEqual({
      midTerm: null,
      researchReport: '2018-12-31',
      departmentPlan: '2018-10-31',
    });
  });

  it('rejects a factor outside (0, 1]', () => {
    const r = defaultRuleSet('o', 2019);
    expect(quotaRuleSetSchema.safeParse({ ...r, factor: 0 }).success).toBe(false);
    expect(quotaRuleSetSchema.safeParse({ ...r, factor: 1.5 }).success).toBe(false);
    expect(quotaRuleSetSchema.safeParse({ ...r, factor: 1 / 3 }).success).toBe(true);
    expect(() => prorateQuota(10, 0)).toThrow(RangeError);
  });

  it('property: pro-rating is ceil(quota × factor), never above the quota, at least 1', () => {
    const factor = fc.oneof(
      fc.double({ min: 1e-6, max: 1, noNaN: true }),
      fc.constantFrom(1 / 3, 0.5, 2 / 3, 1),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), factor, (quota, f) => {
        const q = prorateQuota(quota, f);
        expect(Number.isInteger(q)).toBe(true);
        expect(q).toBeLessThanOrEqual(quota);
        if (quota >= 1) expect(q).toBeGreaterThanOrEqual(1);
        if (quota === 0) expect(q).toBe(0);
        expect(q).toBeGreaterThanOrEqual(quota * f - 1e-6);
        expect(q).toBeLessThan(Math.max(1, quota * f + 1));
        if (f === 1) expect(q).toBe(quota);
      }),
    );
  });
});

describe('expected progress and status (A1)', () => {
  const year = yearRange(2019);

  it('counts calendar days inclusively', () => {
    expect(elapsedFraction(year, '2018-12-31')).toBe(0);
    expect(elapsedFraction(year, '2019-01-01')).toBe(1 / 365);
    expect(elapsedFraction(year, '2019-07-02')).toBe(183 / 365);
    expect(elapsedFraction(year, '2019-12-31')).toBe(1);
    expect(elapsedFraction(year, '2020-03-01')).toBe(1);
  });

  it('property: expectation grows over the year and reaches the target on the last day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: -10, max: 375 }),
        fc.integer({ min: 0, max: 30 }),
        (target, day, step) => {
          const a = addDays(year.from, day);
          const b = addDays(a, step);
          const ea = expectedProgress(target, year, a);
          expect(ea).toBeLessThanOrEqual(expectedProgress(target, year, b));
          expect(ea).toBeGreaterThanOrEqual(0);
          expect(ea).toBeLessThanOrEqual(target);
          expect(expectedProgress(target, year, year.to)).toBe(target);
        },
      ),
    );
  });

  it('status: green at or above expected, amber from 70%, red below', () => {
    expect(progressStatus(10, 10)).toBe('green');
    expect(progressStatus(7, 10)).toBe('amber');
    expect(progressStatus(6, 10)).toBe('red');
    expect(progressStatus(0, 0)).toBe('green');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        (a, e) => {
          const expected = a >= e ? 'green' : a >= 0.7 * e ? 'amber' : 'red';
          // Only at exactly 70% can floating point disagree, and there the rule says amber.
          if (Math.abs(a - 0.7 * e) > 1e-9) expect(progressStatus(a, e)).toBe(expected);
        },
      ),
    );
  });

  it('reports every quota against whole units due by the date', () => {
    const r = defaultRuleSet('o', 2019);
    const july = quotaProgress(
      r,
      { ...nothingYet, summary: { ...nothingYet.summary, grassrootsDays: 25, lectures: 2, youthMet: 30 } },
      '2019-07-02',
    );
    const byKey = Object.fromEntries(july.map((q) => [q.key, q]));
    // 183/365 of the year: 60 → 30.08 → 30 days due; 25 ≥ 21 is amber.
    expect(byKey.grassrootsDays).toMatchObject({ target: 60, expected: 30, actual: 25, status: 'amber' });
    expect(byKey.lectures).toMatchObject({ expected: 2, status: 'green' });
    expect(byKey.youthMet).toMatchObject({ expected: 50, status: 'red' });
    // The report is not behind before its deadline, and is after it.
    expect(byKey.researchReports).toMatchObject({ expected: 0, status: 'green', due: '2019-10-31' });
    const nov = quotaProgress(r, nothingYet, '2019-11-01').find((q) => q.key === 'researchReports');
    expect(nov).toMatchObject({ expected: 1, status: 'red', credited: false });
    // Nobody is red on 2 January.
    expect(quotaProgress(r, nothingYet, '2019-01-02').every((q) => q.status === 'green')).toBe(true);
  });

  it('credits research to a cadre dispatched this year (D15)', () => {
    const r = defaultRuleSet('o', 2016);
    const dispatched = isDispatchedInYear([{ from: '2015-09-01', to: '2016-02-29' }], 2016);
    expect(dispatched).toBe(true);
    expect(isDispatchedInYear([{ from: '2015-09-01', to: '2015-12-31' }], 2016)).toBe(false);
    const q = quotaProgress(r, { ...nothingYet, dispatchedThisYear: dispatched }, '2016-12-01');
    expect(q.find((x) => x.key === 'researchReports')).toMatchObject({ status: 'green', credited: true });
  });

  it('the 2018 expectation runs from the start date, not from January', () => {
    const r = seedStartYearRuleSet('o');
    const q = quotaProgress(r, nothingYet, '2018-10-23').find((x) => x.key === 'grassrootsDays');
    expect(q).toMatchObject({ target: 20, expected: 0, status: 'green' });
    const end = quotaProgress(r, nothingYet, '2018-12-31').find((x) => x.key === 'grassrootsDays');
    expect(end).toMatchObject({ expected: 20, status: 'red' });
  });
});

describe('one week at the grassroots (C10)', () => {
  const r = seedStartYearRuleSet('o');
  const week = (days: number, asOf: string, dispatchedThisYear = false) =>
    weekObligation(r, { dispatchedThisYear, grassrootsDays: days }, asOf);

  it('tracks a cadre not dispatched this year until year end', () => {
    expect(week(3, '2018-11-15')).toMatchObject({
      required: true,
      remaining: 4,
      daysLeft: 47,
      status: 'open',
    });
    expect(week(3, '2018-12-10').status).toBe('due_soon');
    expect(week(3, '2018-12-29').status).toBe('missed'); // 3 days left, 4 needed
    expect(week(7, '2018-12-29').status).toBe('met');
    expect(week(0, '2018-11-01', true)).toMatchObject({ required: false, status: 'not_required' });
  });
});
