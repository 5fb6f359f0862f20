import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDispatchedInYear, type MyAssignmentView, type NotificationView } from '@grassroots/core';
import type { Plan } from '@grassroots/core/dispatch/index';
import { auditLog, cadres, dispatchAssignments } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, type Client, type Tenant } from '../../../test/factories';
import { dispatchPeriods } from './dispatch.repo';
import { addCadre, exempt, newRound, signIn, type PlanReply, type RoundReply } from './testing';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
let round: RoundReply;
let solved: PlanReply;
let exemptId: string;
let internalId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-05-20T02:00:00Z');
  // 4 departments × 4 cadres, one 正处 in each: one cadre per department per batch (D3), one group per batch.
  tenant = await createTenant(ctx, { departments: 4, cadresPerDepartment: 4 });
  exemptId = await addCadre(ctx, tenant, { name: '病休干部', department: 1 });
  await exempt(ctx, tenant, exemptId, 'dispatch');
  internalId = await addCadre(ctx, tenant, { name: '内管干部', department: 2, internalPost: true });
  // D2: a new hire whose probation ends before batch 3 starts.
  const hire = tenant.cadres[5]?.id ?? '';
  await ctx.deps.db.update(cadres).set({ probationEnd: '2027-05-01' }).where(eq(cadres.id, hire));
  admin = await signIn(ctx, tenant, ['organ_admin']);
  round = await newRound(admin);
});
afterAll(() => ctx.close());

const base = () => `/api/v1/dispatch/rounds/${round.id}`;
type ErrorReply = { error: { code: string; message: string } };
const errorOf = (res: { json: () => unknown }) => (res.json() as ErrorReply).error;

describe('dispatch rounds (D1)', () => {
  it('creates a round on the seed calendar and edits its dates with a version check', async () => {
    expect(round.batches).toEqual([
      { id: 1, start: '2026-09-01', end: '2026-12-31' },
      { id: 2, start: '2027-03-01', end: '2027-06-30' },
      { id: 3, start: '2027-09-01', end: '2027-12-31' },
      { id: 4, start: '2028-03-01', end: '2028-06-30' },
    ]);
    const batches = round.batches.map((b) => (b.id === 1 ? { ...b, start: '2026-09-07' } : b));
    const ok = await admin.patch(base(), { version: round.version, batches });
    expect(ok.statusCode).toBe(200);
    const stale = await admin.patch(base(), { version: round.version, name: '改名' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    round = ok.json<RoundReply>();
    expect(round.batches[0]?.start).toBe('2026-09-07');
    const list = (await admin.get('/api/v1/dispatch/rounds')).json<{ items: { id: string }[] }>();
    expect(list.items.map((r) => r.id)).toContain(round.id);
  });

  it('rejects a calendar with repeated batch numbers, in Chinese', async () => {
    const res = await admin.post('/api/v1/dispatch/rounds', {
      name: '重复批次',
      startYear: 2026,
      batches: [
        { id: 1, start: '2026-09-01', end: '2026-12-31' },
        { id: 1, start: '2027-03-01', end: '2027-06-30' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toMatch(/批次编号不能重复/);
  });

  it('builds problem.json from the organ: exemptions and internal posts exempt, probation kept (D2)', async () => {
    const problem = (await admin.get(`${base()}/problem`)).json<{
      cadres: { id: string; exempt: boolean; organ: string; probationEnd: string | null }[];
      counties: { provinceCode: string; prefectureName?: string }[];
    }>();
    expect(problem.cadres).toHaveLength(18);
    expect(problem.cadres.filter((c) => c.exempt).map((c) => c.id)).toEqual(
      expect.arrayContaining([exemptId, internalId]),
    );
    expect(problem.cadres.filter((c) => c.exempt)).toHaveLength(2);
    expect(new Set(problem.cadres.map((c) => c.organ))).toEqual(new Set(['43']));
    expect(problem.cadres.find((c) => c.probationEnd)?.probationEnd).toBe('2027-05-01');
    expect(problem.counties.length).toBeGreaterThan(100);
    expect(problem.counties.every((c) => c.provinceCode === '43')).toBe(true);
    expect(problem.counties.some((c) => c.prefectureName === '长沙市')).toBe(true);
  });
});

describe('plans (D2–D7)', () => {
  it('solves: every eligible cadre placed, no violation, names for display', async () => {
    const res = await admin.post(`${base()}/solve`);
    expect(res.statusCode).toBe(200);
    solved = res.json<PlanReply>();
    expect(solved.version).toBe(1);
    expect(solved.source).toBe('solver');
    expect(solved.violations).toEqual([]);
    expect(solved.plan.assignments).toHaveLength(16);
    expect(solved.plan.groups).toHaveLength(4);
    expect(solved.plan.unassigned.map((u) => u.reason)).toEqual(['exempt', 'exempt']);
    const first = solved.plan.assignments[0];
    expect(solved.names.cadres[first?.cadreId ?? '']?.name).toMatch(/^干部/);
    expect(solved.names.counties[first?.countyCode ?? '']?.name).toBeTruthy();
    expect(Object.values(solved.names.provinces)).toEqual([{ name: '湖南省' }]);
    expect(Object.values(solved.names.groups).every((n) => n.endsWith('工作小组'))).toBe(true);
    // D2: the new hire goes to a batch starting after probation; D4: 12 months → 6 months.
    const hire = solved.plan.assignments.find((a) => a.cadreId === tenant.cadres[5]?.id);
    expect(hire?.batch).toBeGreaterThanOrEqual(3);
    expect(first?.end.slice(5)).toMatch(/^(02-28|02-29|08-31)$/);
  });

  it('keeps a hand edit with its violations, in Chinese (D5), and validates without saving', async () => {
    const plan: Plan = structuredClone(solved.plan);
    const [a, b] = plan.assignments.filter((x) => x.batch === 1);
    if (!a || !b) throw new Error('batch 1 has fewer than two cadres');
    b.countyCode = a.countyCode;
    const check = await admin.post(`${base()}/validate`, { plan });
    expect(check.statusCode).toBe(200);
    const taken = check
      .json<{ violations: PlanReply['violations'] }>()
      .violations.find((v) => v.code === 'county-taken');
    expect(taken?.rule).toBe('D5');
    expect(taken?.message).toMatch(/同时派驻.*每批每个县（区）只派驻一名干部/);
    expect(taken?.cadreIds.sort()).toEqual([a.cadreId, b.cadreId].sort());

    const saved = await admin.post(`${base()}/plans`, { basedOn: 1, plan, note: '调整长沙县' });
    expect(saved.statusCode).toBe(200);
    const edit = saved.json<PlanReply>();
    expect(edit.version).toBe(2);
    expect(edit.source).toBe('edit');
    expect(edit.violations.map((v) => v.code)).toContain('county-taken');

    const versions = (await admin.get(`${base()}/plans`)).json<{
      items: { version: number; source: string; violations: number; note: string; createdBy: string }[];
    }>();
    expect(versions.items.map((v) => [v.version, v.source, v.violations > 0])).toEqual([
      [2, 'edit', true],
      [1, 'solver', false],
    ]);
    expect(versions.items[0]?.note).toBe('调整长沙县');
    const unknown = await admin.post(`${base()}/plans`, { basedOn: 99, plan });
    expect(unknown.statusCode).toBe(400);
    const one = (await admin.get(`${base()}/plans/1`)).json<PlanReply>();
    expect(one.plan.assignments).toHaveLength(16);
    expect(one.violations).toEqual([]);
  });

  it('refuses to publish a version with violations, naming the count', async () => {
    const res = await admin.post(`${base()}/publish`, { version: 2 });
    expect(res.statusCode).toBe(422);
    const err = errorOf(res);
    expect(err.code).toBe('DISPATCH_PLAN_VIOLATIONS');
    expect(err.message).toMatch(/方案还有\d+处违反硬性规则/);
    const en = await admin.request({
      method: 'POST',
      url: `${base()}/publish`,
      payload: { version: 2 },
      headers: { 'accept-language': 'en' },
    });
    expect(errorOf(en).message).toMatch(/still breaks \d+ hard rules/);
  });

  it('publishes a clean version: assignments (D8), notifications (X3), audit, round frozen', async () => {
    const leaderCadre = solved.plan.groups.find((g) => g.batch === 1)?.leaderId ?? '';
    const memberCadre =
      solved.plan.groups.find((g) => g.batch === 1)?.memberIds.find((id) => id !== leaderCadre) ?? '';
    const leader = await signIn(ctx, tenant, ['group_leader', 'cadre'], leaderCadre);
    const member = await signIn(ctx, tenant, ['cadre'], memberCadre);

    const res = await admin.post(`${base()}/publish`, { version: 1 });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ round: RoundReply; assignments: number; notified: number }>();
    expect(body).toMatchObject({ assignments: 16, notified: 2 });
    expect(body.round).toMatchObject({ status: 'published', publishedVersion: 1 });

    const rows = await ctx.deps.db
      .select()
      .from(dispatchAssignments)
      .where(eq(dispatchAssignments.roundId, round.id));
    expect(rows).toHaveLength(16);
    const mine = rows.find((r) => r.cadreId === leaderCadre);
    expect(mine?.leader).toBe(true);
    expect(mine?.contactUntil).toBe('2028-09-07');
    // D15: a batch-1 cadre counts as dispatched in 2026 and 2027 (six months, to 2027-02-28), not 2028.
    const periods = await dispatchPeriods(ctx.deps.db, tenant.organId, leaderCadre);
    expect([2026, 2027, 2028].map((y) => isDispatchedInYear(periods, y))).toEqual([true, true, false]);

    const inbox = (await leader.get('/api/v1/notifications')).json<{
      items: NotificationView[];
      unread: number;
    }>();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]?.title).toMatch(/^下沉基层安排：第1批/);
    expect(inbox.items[0]?.body).toMatch(/^您已被安排在第1批.*下沉到湖南省.*任.*工作小组组长。小组成员：/);
    const memberInbox = (await member.get('/api/v1/notifications')).json<{ items: NotificationView[] }>();
    expect(memberInbox.items[0]?.body).toMatch(/工作小组组员。组长：/);
    const read = await leader.post(`/api/v1/notifications/${inbox.items[0]?.id ?? ''}/read`);
    expect(read.statusCode).toBe(200);
    expect((await leader.get('/api/v1/notifications')).json<{ unread: number }>().unread).toBe(0);
    expect((await member.post(`/api/v1/notifications/${inbox.items[0]?.id ?? ''}/read`)).statusCode).toBe(
      404,
    );

    const leaderView = (await leader.get('/api/v1/dispatch/my-assignments')).json<{
      items: MyAssignmentView[];
    }>();
    expect(leaderView.items).toHaveLength(1);
    expect(leaderView.items[0]).toMatchObject({ batch: 1, leader: true, provinceName: '湖南省' });
    expect(leaderView.items[0]?.members).toHaveLength(4);
    const memberView = (await member.get('/api/v1/dispatch/my-assignments')).json<{
      items: MyAssignmentView[];
    }>();
    expect(memberView.items[0]?.members).toEqual([]);
    expect(memberView.items[0]?.leaderName).toBe(leaderView.items[0]?.members.find((m) => m.leader)?.name);

    const audit = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organId, tenant.organId), eq(auditLog.action, 'dispatch.publish')));
    expect(audit).toHaveLength(1);

    for (const res of [
      await admin.post(`${base()}/publish`, { version: 1 }),
      await admin.post(`${base()}/solve`),
      await admin.patch(base(), { version: body.round.version, name: '再改' }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).code).toBe('DISPATCH_ROUND_PUBLISHED');
    }
  });

  it('a later round avoids counties of the published one (D5 回避)', async () => {
    const next = await newRound(admin, 2028);
    const problem = (await admin.get(`/api/v1/dispatch/rounds/${next.id}/problem`)).json<{
      cadres: { id: string; previousCountyCodes: string[] }[];
    }>();
    for (const a of solved.plan.assignments) {
      expect(problem.cadres.find((c) => c.id === a.cadreId)?.previousCountyCodes).toContain(a.countyCode);
    }
  });
});

describe('dispatch access (§1, S2)', () => {
  it('a cadre gets 403 on planning; leadership reads but does not plan', async () => {
    const cadre = await signIn(ctx, tenant, ['cadre'], tenant.cadres[2]?.id);
    for (const res of [
      await cadre.post('/api/v1/dispatch/rounds', { name: 'x', startYear: 2026 }),
      await cadre.get('/api/v1/dispatch/rounds'),
      await cadre.get(`${base()}/problem`),
      await cadre.post(`${base()}/solve`),
      await cadre.post(`${base()}/publish`, { version: 1 }),
      await cadre.get(`${base()}/export`),
    ]) {
      expect(res.statusCode).toBe(403);
    }
    const leader = await signIn(ctx, tenant, ['leader']);
    expect((await leader.get(`${base()}/plans`)).statusCode).toBe(200);
    expect((await leader.get(`${base()}/map`)).statusCode).toBe(200);
    expect((await leader.post(`${base()}/solve`)).statusCode).toBe(403);
  });

  it("another organ's admin gets 404 on the round", async () => {
    const other = await createTenant(ctx, { departments: 1, cadresPerDepartment: 1 });
    const stranger = await signIn(ctx, other, ['organ_admin']);
    for (const res of [
      await stranger.get(base()),
      await stranger.get(`${base()}/plans/1`),
      await stranger.post(`${base()}/solve`),
      await stranger.post(`${base()}/validate`, { plan: solved.plan }),
      await stranger.get(`${base()}/export`),
      await stranger.get(`${base()}/map`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
  });
});
