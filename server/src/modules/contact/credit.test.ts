import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressReply } from '@grassroots/core';
import { dispatchAssignments, dispatchRounds } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { contactWorld, type ContactWorld } from './testing';

let ctx: TestContext;
let w: ContactWorld;
beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2025-11-20T04:00:00Z');
  w = await contactWorld(ctx);
});
afterAll(() => ctx.close());

const research = (p: ProgressReply) => p.quotas.find((q) => q.key === 'researchReports');

describe('D15/D8: a dispatch credits research, lifts C10 and keeps the county as a contact point', () => {
  it('credits the dispatched cadre only', async () => {
    const before = (await w.cadre.get('/api/v1/progress?year=2025')).json<ProgressReply>();
    expect(research(before)?.credited).toBe(false);
    expect(before.weekObligation.status).not.toBe('not_required');

    const [round] = await ctx.deps.db
      .insert(dispatchRounds)
      .values({ organId: w.tenant.organId, name: '第一轮', startYear: 2024, batches: [], rules: {} })
      .returning();
    await ctx.deps.db.insert(dispatchAssignments).values({
      organId: w.tenant.organId,
      roundId: round?.id ?? '',
      cadreId: w.cadreId,
      batch: 2,
      countyCode: '430121',
      groupKey: 'g2-4301',
      startDate: '2025-03-01',
      endDate: '2025-06-30',
      contactUntil: '2027-03-01',
    });
    const after = (await w.cadre.get('/api/v1/progress?year=2025')).json<ProgressReply>();
    expect(research(after)).toMatchObject({ credited: true, status: 'green' });
    expect(after.weekObligation.status).toBe('not_required');
    const nextYear = (await w.cadre.get('/api/v1/progress?year=2026')).json<ProgressReply>();
    expect(research(nextYear)?.credited).toBe(false);
    // D8: the dispatched county stays a contact point for two years.
    const points = (await w.cadre.get(`/api/v1/contact/2026/cadres/${w.cadreId}/points`)).json<{
      dispatchCounties: { countyCode: string; countyName: string; until: string }[];
    }>();
    expect(points.dispatchCounties).toEqual([
      { countyCode: '430121', countyName: '长沙县', until: '2027-03-01' },
    ]);
    const later = (await w.cadre.get(`/api/v1/contact/2028/cadres/${w.cadreId}/points`)).json<{
      dispatchCounties: unknown[];
    }>();
    expect(later.dispatchCounties).toEqual([]);
  });
});
