import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryView, ProgressReply } from '@grassroots/core';
import { createTestContext, type TestContext } from '../../../test/context';
import { createUser, login, type Client } from '../../../test/factories';
import { cadreAt, contactWorld, errorOf, proposal, type ContactWorld } from './testing';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function log(c: Client, body: Record<string, unknown>): Promise<EntryView> {
  const res = await c.post('/api/v1/logs', {
    mode: 'face_to_face',
    countyCode: '430102',
    content: '联系点工作',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<EntryView>();
}
const youth = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i + 1}` }));
const partners = (prefix: string, n: number, organLevel: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i + 1}`, unit: `${prefix}团委`, organLevel }));

/** [key, target, actual, expected, status] of every quota, in SPEC order. */
type Row = [string, number, number, number, string];
const rows = (p: ProgressReply): Row[] =>
  p.quotas.map((q) => [q.key, q.target, q.actual, q.expected, q.status]);
const progress = async (c: Client, query: string) => {
  const res = await c.get(`/api/v1/progress?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProgressReply>();
};
/** The cadre signed in again after the clock has moved (sessions end after 30 idle minutes). */
const signInAgain = async (w: ContactWorld, cadreId: string) =>
  login(ctx.app, (await createUser(ctx, w.tenant, ['cadre'], { cadreId })).username);

describe('progress in a normal year (A1, C4, SPEC §11)', () => {
  let w: ContactWorld;
  beforeAll(async () => {
    // asOf 2025-07-01 (Asia/Shanghai): day 182 of 365.
    ctx.clock.now = new Date('2025-07-01T04:00:00Z');
    w = await contactWorld(ctx);
    const c = w.cadre;
    await log(c, { type: 'research', dateFrom: '2025-03-03', dateTo: '2025-03-12' }); // 10 days
    await log(c, { type: 'lecture', dateFrom: '2025-03-20', audience: 50 }); // lecture 1, day 11
    await log(c, { type: 'lecture', dateFrom: '2025-04-15', audience: 30 }); // lecture 2, day 12
    await log(c, { type: 'lecture', dateFrom: '2025-04-20', mode: 'network' }); // online: neither
    await log(c, { type: 'lecture', dateFrom: '2025-03-05', audience: 20 }); // lecture 3, a day already counted
    const v1 = await log(c, { type: 'visit', dateFrom: '2025-05-06', newYouth: youth('甲', 12) }); // day 13
    await log(c, { type: 'visit', dateFrom: '2025-05-07', newYouth: youth('乙', 12) }); // day 14
    const again = v1.youth.slice(0, 2).map((y) => y.id);
    await log(c, { type: 'visit', dateFrom: '2025-06-10', newYouth: youth('丙', 6), youthIds: again }); // day 15
    await log(c, { type: 'visit', dateFrom: '2025-06-12', mode: 'phone', newYouth: youth('丁', 1) }); // no visit
    await log(c, { type: 'talk', dateFrom: '2025-04-01', mode: 'phone', newPartners: partners('县', 10, 4) });
    await log(c, { type: 'talk', dateFrom: '2025-04-02', onSite: false, newPartners: partners('市', 3, 3) });
    await log(c, {
      type: 'supervision',
      dateFrom: '2025-05-20',
      supervisionItems: ['theory_study', 'three_meetings'],
    }); // day 16
    await log(c, {
      type: 'supervision',
      dateFrom: '2025-05-21',
      supervisionItems: ['three_meetings', 'league_reform'],
    }); // day 17
    const withdrawn = await log(c, {
      type: 'supervision',
      dateFrom: '2025-05-22',
      supervisionItems: ['key_projects'],
    });
    const w1 = await c.post(`/api/v1/logs/${withdrawn.id}/withdraw`, { version: 1, reason: '重复记录' });
    expect(w1.statusCode).toBe(200);
    // Not a supervision entry: its item does not count (day 18).
    await log(c, { type: 'practical_matter', dateFrom: '2025-06-01', supervisionItems: ['key_projects'] });
    await log(c, { type: 'build_org', dateFrom: '2025-06-16', dateTo: '2025-06-21' }); // days 19–24
    await log(c, { type: 'other', dateFrom: '2024-12-30', dateTo: '2025-01-02' }); // Jan 1–2: days 25–26
    await log(c, { type: 'supervision', dateFrom: '2025-03-06' }); // no item, a day already counted

    const research = await c.put(`/api/v1/contact/2025/cadres/${w.cadreId}/research`, {
      version: null,
      topic: '新兴领域青年就业情况调研',
      summary: '走访三个联系点，形成调研报告',
    });
    expect(research.statusCode).toBe(200);
    const list = `/api/v1/contact/2025/cadres/${w.cadreId}/task-list`;
    await c.put(list, {
      version: null,
      proposal: proposal(['建立青年之家', '团支部规范换届', '非公企业建团']),
    });
    expect((await w.headA.post(`${list}/approve`, { version: 1 })).statusCode).toBe(200);
    expect((await c.post(`${list}/tasks/1`, { done: true })).statusCode).toBe(200);
  });

  it('equals the hand-computed figures for every quota at asOf', async () => {
    const p = await progress(w.cadre, 'year=2025');
    expect(p).toMatchObject({ cadreId: w.cadreId, year: 2025, asOf: '2025-07-01' });
    // expected = floor(target × 182/365): 60→29, 4→1, 10→4, 100→49, 20→9, 4→1, 2→0; research due Oct 31.
    expect(rows(p)).toEqual([
      ['grassrootsDays', 60, 26, 29, 'amber'], // 26×10 ≥ 29×7
      ['lectures', 4, 3, 1, 'green'],
      ['visits', 10, 3, 4, 'amber'], // 30 ≥ 28
      ['youthMet', 100, 30, 49, 'red'], // 300 < 343
      ['cadresTalkedCrossLevel', 20, 10, 9, 'green'],
      ['researchReports', 1, 1, 0, 'green'],
      ['supervisionItems', 4, 3, 1, 'green'],
      ['concreteTasks', 2, 1, 0, 'green'],
    ]);
    expect(p.quotas.find((q) => q.key === 'researchReports')).toMatchObject({
      due: '2025-10-31',
      credited: false,
    });
    expect(p.quotas.find((q) => q.key === 'visits')?.due).toBe('2025-12-31');
    // 下跨一级: the three city-level (3) partners of a provincial (2) cadre are logged but do not count.
    expect(p.talksNotCounting).toBe(3);
    expect(p.weekObligation).toEqual({ status: 'met', daysDone: 26, daysRequired: 7 });
  });

  it('is the same for the department head and the organ admin; nobody else sees it', async () => {
    const own = await progress(w.cadre, 'year=2025');
    expect(await progress(w.headA, `year=2025&cadreId=${w.cadreId}`)).toEqual(own);
    expect(await progress(w.admin, `year=2025&cadreId=${w.cadreId}`)).toEqual(own);
    expect((await w.headB.get(`/api/v1/progress?year=2025&cadreId=${w.cadreId}`)).statusCode).toBe(404);
    const colleague = await signInAgain(w, cadreAt(w, 0, 2).id);
    expect((await colleague.get(`/api/v1/progress?year=2025&cadreId=${w.cadreId}`)).statusCode).toBe(404);
    expect(errorOf(await w.admin.get('/api/v1/progress?year=2025')).code).toBe('NOT_A_CADRE');
    expect((await w.cadre.get('/api/v1/progress?year=1999')).statusCode).toBe(400);
  });

  it('expects the full targets once the year is over', async () => {
    ctx.clock.now = new Date('2026-01-05T04:00:00Z');
    const c = await signInAgain(w, w.cadreId);
    const p = await progress(c, 'year=2025');
    expect(p.asOf).toBe('2026-01-05');
    expect(rows(p)).toEqual([
      ['grassrootsDays', 60, 26, 60, 'red'],
      ['lectures', 4, 3, 4, 'amber'],
      ['visits', 10, 3, 10, 'red'],
      ['youthMet', 100, 30, 100, 'red'],
      ['cadresTalkedCrossLevel', 20, 10, 20, 'red'],
      ['researchReports', 1, 1, 1, 'green'],
      ['supervisionItems', 4, 3, 4, 'amber'],
      ['concreteTasks', 2, 1, 2, 'red'],
    ]);
  });
});

describe('progress in a start year with factor 1/3 (C5, seed 003 三.1)', () => {
  let w: ContactWorld;
  const base = '/api/v1/contact/2018';
  beforeAll(async () => {
    // asOf 2018-12-01: day 40 of the 70 from the start on Oct 23 to Dec 31.
    ctx.clock.now = new Date('2018-12-01T04:00:00Z');
    w = await contactWorld(ctx);
    const ruleSet = await w.admin.put(`${base}/rule-set`, {
      version: null,
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
    });
    expect(ruleSet.statusCode).toBe(200);
    const c = w.cadre;
    await log(c, { type: 'research', dateFrom: '2018-11-05', dateTo: '2018-11-09' }); // 5 days
    await log(c, { type: 'lecture', dateFrom: '2018-11-12', audience: 30 }); // day 6
    await log(c, { type: 'visit', dateFrom: '2018-11-13', newYouth: youth('甲', 10) }); // day 7
    await log(c, { type: 'visit', dateFrom: '2018-11-14', newYouth: youth('乙', 10) }); // day 8
    await log(c, {
      type: 'talk',
      dateFrom: '2018-11-15',
      mode: 'phone',
      newPartners: [...partners('县', 4, 4), ...partners('市', 2, 3)],
    });
    await log(c, { type: 'supervision', dateFrom: '2018-11-20', supervisionItems: ['league_reform'] }); // day 9
    const list = `${base}/cadres/${w.cadreId}/task-list`;
    await c.put(list, { version: null, proposal: proposal(['建立青年之家', '团支部规范换届']) });
    expect((await w.headA.post(`${list}/approve`, { version: 1 })).statusCode).toBe(200);
  });

  it('pro-rates the targets to ceil(quota/3) and expects them from the start date', async () => {
    const p = await progress(w.cadre, 'year=2018');
    expect(p.asOf).toBe('2018-12-01');
    // targets 20, 2, 4, 34, 7, 1, 2, 1; expected = floor(target × 40/70): 11, 1, 2, 19, 4, 1, 0.
    expect(rows(p)).toEqual([
      ['grassrootsDays', 20, 9, 11, 'amber'], // 90 ≥ 77
      ['lectures', 2, 1, 1, 'green'],
      ['visits', 4, 2, 2, 'green'],
      ['youthMet', 34, 20, 19, 'green'],
      ['cadresTalkedCrossLevel', 7, 4, 4, 'green'],
      ['researchReports', 1, 0, 0, 'green'], // due Dec 31, not behind before it
      ['supervisionItems', 2, 1, 1, 'green'],
      ['concreteTasks', 1, 0, 0, 'green'],
    ]);
    expect(p.quotas.find((q) => q.key === 'researchReports')?.due).toBe('2018-12-31');
    expect(p.talksNotCounting).toBe(2);
    expect(p.weekObligation).toEqual({ status: 'met', daysDone: 9, daysRequired: 7 });
    const research = await w.cadre.get(`${base}/cadres/${w.cadreId}/research`);
    expect(research.json()).toEqual({ report: null, due: '2018-12-31', credited: false });
  });

  it('requires the research report by the moved deadline, Dec 31', async () => {
    ctx.clock.now = new Date('2018-12-31T04:00:00Z');
    const c = await signInAgain(w, w.cadreId);
    const before = await progress(c, 'year=2018');
    expect(rows(before)).toEqual([
      ['grassrootsDays', 20, 9, 20, 'red'],
      ['lectures', 2, 1, 2, 'red'],
      ['visits', 4, 2, 4, 'red'],
      ['youthMet', 34, 20, 34, 'red'],
      ['cadresTalkedCrossLevel', 7, 4, 7, 'red'],
      ['researchReports', 1, 0, 1, 'red'],
      ['supervisionItems', 2, 1, 2, 'red'],
      ['concreteTasks', 1, 0, 1, 'red'],
    ]);
    const put = await c.put(`${base}/cadres/${w.cadreId}/research`, { version: null, topic: '青年就业调研' });
    expect(put.json()).toMatchObject({ report: { topic: '青年就业调研', version: 1 }, due: '2018-12-31' });
    expect(
      (await c.put(`${base}/cadres/${w.cadreId}/research`, { version: null, topic: '重复' })).statusCode,
    ).toBe(409);
    expect((await c.post(`${base}/cadres/${w.cadreId}/task-list/tasks/0`, { done: true })).statusCode).toBe(
      200,
    );
    const after = await progress(c, 'year=2018');
    expect(rows(after).filter(([, , , , s]) => s === 'green')).toEqual([
      ['researchReports', 1, 1, 1, 'green'],
      ['concreteTasks', 1, 1, 1, 'green'],
    ]);
  });
});
