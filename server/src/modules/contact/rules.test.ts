import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleSetReply } from '@grassroots/core';
import { createTestContext, type TestContext } from '../../../test/context';
import { contactWorld, errorOf, type ContactWorld } from './testing';

let ctx: TestContext;
let w: ContactWorld;
const url = '/api/v1/contact/2018/rule-set';

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-03-10T02:00:00Z');
  w = await contactWorld(ctx);
});
afterAll(() => ctx.close());

// C5: seed 003 as issued — a third of the quotas, research report due Dec 31.
const startYear = {
  factor: 1 / 3,
  startDate: '2018-10-23',
  quotas: {
    grassrootsDays: 60,
    lectures: 4,
    visits: 10,
    youthMet: 100,
    cadresTalkedCrossLevel: 20,
    researchReports: 1,
    supervisionItems: 4,
    concreteTasksMin: 2,
    concreteTasksMax: 3,
  },
  deadlines: { midTerm: null, researchReport: '2018-12-31', departmentPlan: '2018-10-31' },
  weekObligationDays: 7,
};

describe('rule sets (C4/C5)', () => {
  it('defaults to the seed’s quotas and dates for everyone in the organ', async () => {
    const res = await w.cadre.get(url);
    expect(res.statusCode).toBe(200);
    const r = res.json<RuleSetReply>();
    expect(r).toMatchObject({ isDefault: true, version: null });
    expect(r.ruleSet).toMatchObject({
      organId: w.tenant.organId,
      year: 2018,
      factor: 1,
      startDate: '2018-01-01',
      deadlines: { midTerm: '2018-06-30', researchReport: '2018-10-31', departmentPlan: '2018-10-31' },
    });
    expect(r.ruleSet.quotas).toMatchObject({ grassrootsDays: 60, youthMet: 100, concreteTasksMin: 2 });
  });

  it('the organ admin sets a start year with a factor and moved deadlines; stale versions get 409', async () => {
    expect((await w.cadre.put(url, { ...startYear, version: null })).statusCode).toBe(403);
    expect((await w.headA.put(url, { ...startYear, version: null })).statusCode).toBe(403);
    const wrongYear = await w.admin.put(url, { ...startYear, startDate: '2019-01-01', version: null });
    expect(wrongYear.statusCode).toBe(400);
    expect(errorOf(wrongYear).code).toBe('RULE_SET_INVALID');
    const lateDeadline = await w.admin.put(url, {
      ...startYear,
      deadlines: { ...startYear.deadlines, researchReport: '2019-01-31' },
      version: null,
    });
    expect(errorOf(lateDeadline).message).toContain('deadlines.researchReport');
    expect((await w.admin.get(url)).json<RuleSetReply>().isDefault).toBe(true);

    const saved = await w.admin.put(url, { ...startYear, version: null });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<RuleSetReply>()).toMatchObject({
      isDefault: false,
      version: 1,
      ruleSet: { factor: 1 / 3, startDate: '2018-10-23', deadlines: { researchReport: '2018-12-31' } },
    });
    expect((await w.admin.put(url, { ...startYear, version: null })).statusCode).toBe(409);
    const second = await w.admin.put(url, { ...startYear, weekObligationDays: 10, version: 1 });
    expect(second.json<RuleSetReply>()).toMatchObject({ version: 2, ruleSet: { weekObligationDays: 10 } });
    expect((await w.admin.put(url, { ...startYear, version: 1 })).statusCode).toBe(409);
    expect((await w.cadre.get(url)).json<RuleSetReply>().ruleSet.weekObligationDays).toBe(10);
    // Another year keeps its defaults.
    expect((await w.cadre.get('/api/v1/contact/2019/rule-set')).json<RuleSetReply>().isDefault).toBe(true);
  });
});
