import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DispatchMapView } from '@grassroots/core';
import { cadres } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, type Client, type Tenant } from '../../../test/factories';
import { newRound, signIn, type PlanReply, type RoundReply } from './testing';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
let round: RoundReply;
let solved: PlanReply;
const formulaName = '=HYPERLINK("http://x")';

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-05-20T02:00:00Z');
  tenant = await createTenant(ctx, { departments: 4, cadresPerDepartment: 4 });
  // S4: a name that a spreadsheet would run as a formula.
  await ctx.deps.db
    .update(cadres)
    .set({ name: formulaName })
    .where(eq(cadres.id, tenant.cadres[1]?.id ?? ''));
  admin = await signIn(ctx, tenant, ['organ_admin']);
  round = await newRound(admin);
  solved = (await admin.post(`/api/v1/dispatch/rounds/${round.id}/solve`)).json<PlanReply>();
});
afterAll(() => ctx.close());

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}
const rowValues = (sheet: ExcelJS.Worksheet | undefined, n: number) =>
  (sheet?.getRow(n).values as ExcelJS.CellValue[] | undefined)?.slice(1) ?? [];

describe('plan export (D7, S4)', () => {
  it('downloads a real .xlsx with the plan, formulas neutralised, UTF-8 file name', async () => {
    expect(solved.violations).toEqual([]);
    const res = await admin.get(`/api/v1/dispatch/rounds/${round.id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="dispatch-plan-v1.xlsx"; filename*=UTF-8''${encodeURIComponent('2026—2028年轮次-下沉方案v1.xlsx')}`,
    );
    const sheet = (await workbookOf(res.rawPayload)).getWorksheet('下沉安排');
    expect(rowValues(sheet, 1)).toEqual([
      '批次',
      '省份',
      '地市',
      '县区',
      '工作小组',
      '姓名',
      '部门',
      '职级',
      '组长',
      '起止日期',
    ]);
    expect(sheet?.rowCount).toBe(17);
    const first = rowValues(sheet, 2);
    expect(first[0]).toBe('第1批');
    expect(first[1]).toBe('湖南省');
    expect(first[4]).toMatch(/工作小组$/);
    expect(first[8]).toBe('是'); // the leader comes first in the group
    expect(first[9]).toBe('2026-09-01 至 2027-02-28');
    const names = Array.from({ length: 16 }, (_, i) => rowValues(sheet, i + 2)[5]);
    expect(names).toContain(`'${formulaName}`);
    expect(names).not.toContain(formulaName);
  });

  it('exports one batch, and says so when a round has no plan yet', async () => {
    const res = await admin.get(`/api/v1/dispatch/rounds/${round.id}/export?version=1&batch=2`);
    const sheet = (await workbookOf(res.rawPayload)).getWorksheet('下沉安排');
    expect(sheet?.rowCount).toBe(5);
    expect(rowValues(sheet, 2)[0]).toBe('第2批');
    const empty = await newRound(admin, 2030);
    const none = await admin.get(`/api/v1/dispatch/rounds/${empty.id}/export`);
    expect(none.statusCode).toBe(404);
    expect(none.json<{ error: { code: string } }>().error.code).toBe('DISPATCH_NO_PLAN');
    expect((await admin.get(`/api/v1/dispatch/rounds/${round.id}/export?version=9`)).statusCode).toBe(404);
  });
});

describe('map aggregates (A5)', () => {
  it('counts cadres and groups by province, prefecture and county', async () => {
    const map = (await admin.get(`/api/v1/dispatch/rounds/${round.id}/map`)).json<DispatchMapView>();
    expect(map.version).toBe(1);
    expect(map.provinces).toEqual([{ code: '43', name: '湖南省', cadres: 16, groups: 4 }]);
    expect(map.prefectures.reduce((n, p) => n + p.cadres, 0)).toBe(16);
    expect(map.prefectures.reduce((n, p) => n + p.groups, 0)).toBe(4);
    expect(map.prefectures.every((p) => p.provinceCode === '43' && p.name.length > 0)).toBe(true);
    expect(map.counties).toHaveLength(new Set(solved.plan.assignments.map((a) => a.countyCode)).size);
    const batch = (
      await admin.get(`/api/v1/dispatch/rounds/${round.id}/map?batch=3`)
    ).json<DispatchMapView>();
    expect(batch.batch).toBe(3);
    expect(batch.provinces[0]).toMatchObject({ cadres: 4, groups: 1 });
  });
});
