import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ParticipantView } from '@grassroots/core';
import { departmentPlans } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { addOrgs, cadreAt, contactWorld, errorOf, setPostType, type ContactWorld } from './testing';

let ctx: TestContext;
let w: ContactWorld;
let orgs: string[];
const year = 2026;
const base = `/api/v1/contact/${year}`;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-03-10T02:00:00Z');
  w = await contactWorld(ctx);
  orgs = await addOrgs(
    ctx,
    w.tenant.organId,
    ['一', '二', '三'].map((n) => ({ name: `芙蓉区第${n}团支部`, countyCode: '430102' })),
  );
  // dept 0: head (full time), cadre (full time, exempt from dispatch only), attached cadre.
  // dept 1: head (full time), exempt from contact work, part-time cadre.
  await setPostType(ctx, cadreAt(w, 0, 2).id, 'attached');
  await setPostType(ctx, cadreAt(w, 1, 2).id, 'part_time');
  const exempt = (cadreId: string, body: Record<string, unknown>) =>
    w.admin.post(`/api/v1/cadres/${cadreId}/exemptions`, {
      reason: '内设岗位工作需要',
      approver: '党组',
      approvedOn: '2026-01-15',
      ...body,
    });
  expect((await exempt(cadreAt(w, 0, 1).id, { scope: 'dispatch' })).statusCode).toBe(200);
  expect((await exempt(cadreAt(w, 0, 1).id, { scope: 'contact', year: 2025 })).statusCode).toBe(200);
  expect((await exempt(cadreAt(w, 1, 1).id, { scope: 'contact' })).statusCode).toBe(200);
  const revoked = (await exempt(cadreAt(w, 1, 0).id, { scope: 'all' })).json<{ id: string }>();
  await w.admin.post(`/api/v1/cadres/${cadreAt(w, 1, 0).id}/exemptions/${revoked.id}/revoke`);
});
afterAll(() => ctx.close());

type Participants = { items: ParticipantView[] };
const summary = (items: ParticipantView[]) =>
  items.map((p) => [p.name, p.participating, p.basis, p.contactPoints, p.taskListStatus]);
const setPoints = (cadreId: string) =>
  w.headA.put(`${base}/cadres/${cadreId}/points`, { points: orgs.map((id) => ({ grassrootsOrgId: id })) });

describe('participants (C1)', () => {
  it('full-time cadres take part by default; an approved contact exemption of the year excludes', async () => {
    const res = await w.admin.get(`${base}/participants`);
    expect(res.statusCode).toBe(200);
    expect(summary(res.json<Participants>().items)).toEqual([
      ['干部1-1', true, 'full_time', 0, 'none'],
      ['干部1-2', true, 'full_time', 0, 'none'],
      ['干部1-3', false, 'not_decided', 0, 'none'],
      ['干部2-1', true, 'full_time', 0, 'none'],
      ['干部2-2', false, 'exempt', 0, 'none'],
      ['干部2-3', false, 'not_decided', 0, 'none'],
    ]);
  });

  it('attached and part-time cadres take part where their department decides', async () => {
    const attached = cadreAt(w, 0, 2).id;
    const partTime = cadreAt(w, 1, 2).id;
    const yes = await w.headA.post(`${base}/participants/${attached}`, { included: true });
    expect(yes.json<ParticipantView>()).toMatchObject({ participating: true, basis: 'department_decision' });
    expect((await w.headA.post(`${base}/participants/${partTime}`, { included: true })).statusCode).toBe(404);
    const no = await w.headB.post(`${base}/participants/${partTime}`, { included: false });
    expect(no.json<ParticipantView>()).toMatchObject({ participating: false, basis: 'department_decision' });
    const fullTime = await w.headA.post(`${base}/participants/${w.cadreId}`, { included: false });
    expect(fullTime.statusCode).toBe(400);
    expect(errorOf(fullTime).message).toBe('专职干部默认参加联系青年工作；不参加须经党组批准后登记免除');
    expect((await w.cadre.get(`${base}/participants`)).statusCode).toBe(403);

    await setPoints(w.cadreId);
    const own = (await w.headA.get(`${base}/participants`)).json<Participants>().items;
    expect(summary(own)).toEqual([
      ['干部1-1', true, 'full_time', 0, 'none'],
      ['干部1-2', true, 'full_time', 3, 'none'],
      ['干部1-3', true, 'department_decision', 0, 'none'],
    ]);
  });
});

describe('department plans (C9)', () => {
  type Plans = {
    deadline: string;
    deadlinePassed: boolean;
    submitted: number;
    notSubmitted: number;
    items: {
      departmentName: string;
      participants: number;
      withContactPoints: number;
      submittedAt: string | null;
    }[];
  };
  const plans = async () => (await w.admin.get(`${base}/department-plans`)).json<Plans>();
  const submitUrl = (d: number) => `${base}/department-plans/${w.tenant.departments[d]?.id ?? ''}/submit`;

  it('lists every department as not submitted, with the deadline from the rule set', async () => {
    const p = await plans();
    expect(p).toMatchObject({ deadline: '2026-10-31', deadlinePassed: false, submitted: 0, notSubmitted: 2 });
    expect(
      p.items.map((i) => [i.departmentName, i.participants, i.withContactPoints, i.submittedAt]),
    ).toEqual([
      ['部门1', 3, 1, null],
      ['部门2', 1, 0, null],
    ]);
  });

  it('a department head submits the own department’s plan once every participant has contact points', async () => {
    const incomplete = await w.headA.post(submitUrl(0));
    expect(incomplete.statusCode).toBe(400);
    expect(errorOf(incomplete).message).toBe('以下参加干部尚未确定基层联系点：干部1-1、干部1-3');
    await setPoints(cadreAt(w, 0, 0).id);
    await setPoints(cadreAt(w, 0, 2).id);
    expect(errorOf(await w.headB.post(submitUrl(0))).code).toBe('NOT_OWN_DEPARTMENT');
    expect((await w.admin.post(submitUrl(0))).statusCode).toBe(403);
    const ok = await w.headA.post(submitUrl(0));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ departmentName: '部门1', participants: 3, withContactPoints: 3 });

    const [row] = await ctx.deps.db
      .select()
      .from(departmentPlans)
      .where(
        and(
          eq(departmentPlans.departmentId, w.tenant.departments[0]?.id ?? ''),
          eq(departmentPlans.year, year),
        ),
      );
    const snapshot = z
      .object({
        participants: z.array(
          z.object({ name: z.string(), points: z.array(z.object({ name: z.string() })) }),
        ),
      })
      .parse(row?.snapshot);
    expect(snapshot.participants.map((p) => [p.name, p.points.length])).toEqual([
      ['干部1-1', 3],
      ['干部1-2', 3],
      ['干部1-3', 3],
    ]);

    const p = await plans();
    expect(p).toMatchObject({ submitted: 1, notSubmitted: 1 });
    expect(p.items.map((i) => [i.departmentName, i.withContactPoints, i.submittedAt !== null])).toEqual([
      ['部门1', 3, true],
      ['部门2', 0, false],
    ]);
    // A department head sees the own department's line only.
    const own = (await w.headA.get(`${base}/department-plans`)).json<Plans>();
    expect(own.items.map((i) => [i.departmentName, i.submittedAt !== null])).toEqual([['部门1', true]]);
    expect((await w.cadre.get(`${base}/department-plans`)).statusCode).toBe(403);
  });

  it('shows the deadline as passed once the rule set’s date is behind', async () => {
    const current = (await w.admin.get(`${base}/rule-set`)).json<{
      ruleSet: Record<string, unknown> & { deadlines: Record<string, string | null> };
      version: number | null;
    }>();
    const { organId: _o, year: _y, ...fields } = current.ruleSet;
    const put = await w.admin.put(`${base}/rule-set`, {
      ...fields,
      deadlines: { ...current.ruleSet.deadlines, departmentPlan: '2026-03-09' },
      version: current.version,
    });
    expect(put.statusCode).toBe(200);
    expect(await plans()).toMatchObject({ deadline: '2026-03-09', deadlinePassed: true, notSubmitted: 1 });
  });
});
