import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadres, dispatchAssignments } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, type Tenant } from '../../../test/factories';
import { newRound, signIn, type PlanReply } from './testing';

let ctx: TestContext;
let central: Tenant;
let province: Tenant;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-05-20T02:00:00Z');
  central = await createTenant(ctx, { level: 1, departments: 2, cadresPerDepartment: 4 });
  // D6: central 正处 cadres can lead the mixed groups.
  await ctx.deps.db.update(cadres).set({ rank: '正处' }).where(eq(cadres.organId, central.organId));
  // Six provincial cadres a batch form two groups; each takes one of the batch's two central cadres.
  province = await createTenant(ctx, { parentId: central.organId, departments: 6, cadresPerDepartment: 4 });
});
afterAll(() => ctx.close());

type Problem = {
  cadres: { id: string; organ: string; department: string }[];
  counties: { provinceCode: string }[];
};

describe('a central round (D5, D6)', () => {
  it('covers the central organ and the organs below it, with every county of the country', async () => {
    const admin = await signIn(ctx, central, ['organ_admin']);
    const round = await newRound(admin);
    const problem = (await admin.get(`/api/v1/dispatch/rounds/${round.id}/problem`)).json<Problem>();
    expect(problem.cadres).toHaveLength(32);
    const organs = problem.cadres.map((c) => c.organ);
    expect(organs.filter((o) => o === 'central')).toHaveLength(8);
    expect(organs.filter((o) => o === '43')).toHaveLength(24);
    expect(new Set(problem.counties.map((c) => c.provinceCode)).size).toBe(31);

    const res = await admin.post(`/api/v1/dispatch/rounds/${round.id}/solve`);
    expect(res.statusCode).toBe(200);
    const solved = res.json<PlanReply>();
    expect(solved.violations).toEqual([]);
    expect(solved.plan.assignments).toHaveLength(32);
    expect(solved.plan.stats.mixedGroups).toBe(solved.plan.groups.length);
    const centralIds = new Set(problem.cadres.filter((c) => c.organ === 'central').map((c) => c.id));
    for (const g of solved.plan.groups) {
      expect(g.memberIds.filter((id) => centralIds.has(id))).toHaveLength(1);
    }
    expect(Object.values(solved.names.cadres).some((c) => c.department === '部门1')).toBe(true);

    const publish = await admin.post(`/api/v1/dispatch/rounds/${round.id}/publish`, { version: 1 });
    expect(publish.statusCode).toBe(200);
    // Each assignment belongs to its cadre's organ, so the province sees its own cadres' contact points.
    const rows = await ctx.deps.db
      .select()
      .from(dispatchAssignments)
      .where(eq(dispatchAssignments.roundId, round.id));
    expect(rows.filter((r) => r.organId === province.organId)).toHaveLength(24);
    expect(rows.filter((r) => r.organId === central.organId)).toHaveLength(8);
  });

  it("a provincial round plans only the province's own cadres in its own counties", async () => {
    const admin = await signIn(ctx, province, ['organ_admin']);
    const round = await newRound(admin);
    const problem = (await admin.get(`/api/v1/dispatch/rounds/${round.id}/problem`)).json<Problem>();
    expect(problem.cadres).toHaveLength(24);
    expect(problem.cadres.every((c) => c.organ === '43')).toBe(true);
    expect(problem.counties.every((c) => c.provinceCode === '43')).toBe(true);
  });
});
