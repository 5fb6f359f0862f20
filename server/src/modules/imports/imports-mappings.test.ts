import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMappingView } from '@grassroots/core';
import { toXlsx } from '../../../../bench/import/generate';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';
import { auditLog, cadres, grassrootsOrgs } from '../../db/schema';
import { errorOf, replyOf, upload } from './testing';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
let otherAdmin: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { departments: 2, cadresPerDepartment: 0 });
  const other = await createTenant(ctx, { departments: 1, cadresPerDepartment: 0 });
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
  otherAdmin = await login(ctx.app, (await createUser(ctx, other, ['organ_admin'])).username);
});
afterAll(() => ctx.close());

const dept = (i: number) => tenant.departments[i]?.name ?? '';
const mappingOf = (res: LightMyRequestResponse) => res.json<ColumnMappingView>();

describe('X8: saved column mappings for 智慧团建 exports', () => {
  // An export with a title row, other header names and a column we do not import.
  const zhihuiExport = () =>
    toXlsx(
      ['姓名', '所在部门', '职务级别', '手机号码', '政治面貌', '入职时间'],
      [
        ['赵一', dept(0), '正处', '13800001111', '中共党员', '2012-07-01'],
        ['钱二', dept(1), '科员', '138 0000 2222', '共青团员', '2019-08-15'],
      ],
    ).then(async (plain) => {
      // Same rows with a title line above the header, as such exports often have.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(plain as unknown as ExcelJS.Buffer);
      wb.worksheets[0]?.spliceRows(1, 0, ['智慧团建 团干部信息导出（2026-11-01）']);
      return Buffer.from(await wb.xlsx.writeBuffer());
    });

  it('renames the headers of another system so its export imports directly', async () => {
    const file = await zhihuiExport();
    const without = await upload(admin, '/api/v1/imports/cadres', file, '导出.xlsx');
    expect(without.statusCode).toBe(400);
    expect(errorOf(without).message).toBe('表头与模板不符，缺少列：部门、职级、手机号');

    const created = await admin.post('/api/v1/import-mappings', {
      name: '智慧团建导出',
      kind: 'cadres',
      columns: { 所在部门: '部门', 职务级别: '职级', 手机号码: '手机号', 入职时间: '入职日期' },
    });
    expect(created.statusCode, created.body).toBe(200);
    const mapping = mappingOf(created);
    const list = await admin.get('/api/v1/import-mappings?kind=cadres');
    expect(list.json<ColumnMappingView[]>()).toEqual([mapping]);
    expect((await otherAdmin.get('/api/v1/import-mappings')).json<ColumnMappingView[]>()).toEqual([]);

    const res = await upload(admin, `/api/v1/imports/cadres?mappingId=${mapping.id}`, file, '导出.xlsx');
    expect(replyOf(res)).toMatchObject({ created: 2, updated: 0, errors: [] });
    const [row] = await ctx.deps.db
      .select({ name: cadres.name, hireDate: cadres.hireDate })
      .from(cadres)
      .where(
        and(
          eq(cadres.organId, tenant.organId),
          eq(cadres.phoneHash, ctx.deps.cipher.blindIndex('13800002222')),
        ),
      );
    expect(row).toEqual({ name: '钱二', hireDate: '2019-08-15' });

    // Another organ can neither use nor delete it.
    expect(
      (await upload(otherAdmin, `/api/v1/imports/cadres?mappingId=${mapping.id}`, file, 'x.xlsx')).statusCode,
    ).toBe(404);
    expect(
      (await otherAdmin.request({ method: 'DELETE', url: `/api/v1/import-mappings/${mapping.id}` }))
        .statusCode,
    ).toBe(404);
    const removed = await admin.request({ method: 'DELETE', url: `/api/v1/import-mappings/${mapping.id}` });
    expect(removed.json()).toEqual({ ok: true });
    expect((await admin.get('/api/v1/import-mappings')).json<ColumnMappingView[]>()).toEqual([]);
    const audits = await ctx.deps.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.organId, tenant.organId), like(auditLog.action, 'import%')));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'import.cadres',
      'import_mapping.create',
      'import_mapping.delete',
    ]);
  });

  it('refuses targets outside the template, duplicate names, youth and a mapping of another kind', async () => {
    const bad = await admin.post('/api/v1/import-mappings', {
      name: 'x',
      kind: 'cadres',
      columns: { 电话: '电话号码' },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad)).toEqual({
      code: 'MAPPING_BAD_COLUMNS',
      message: '列对应关系中有不属于导入模板的列：电话号码',
    });
    const body = { name: '组织映射', kind: 'grassroots-orgs', columns: { 名称: '组织名称' } };
    const orgMapping = mappingOf(await admin.post('/api/v1/import-mappings', body));
    expect((await admin.post('/api/v1/import-mappings', body)).statusCode).toBe(409);
    const youth = await admin.post('/api/v1/import-mappings', { ...body, kind: 'youth' });
    expect(youth.statusCode).toBe(404);
    const wrongKind = await upload(
      admin,
      `/api/v1/imports/cadres?mappingId=${orgMapping.id}`,
      await zhihuiExport(),
      'x.xlsx',
    );
    expect(errorOf(wrongKind).code).toBe('MAPPING_KIND');
  });
});

describe('R3/R5: grassroots organizations', () => {
  const headers = ['组织名称', '组织类型', '县级行政区划代码', '地址', '是否两新组织', '联系人'];
  const rows = [
    ['星沙街道青年之家', '青年之家', '430121', '开元路 1 号', '否', '李四'],
    ['湘江新区非公企业团委', '非公企业团组织', '430104', '', '是', ''],
    ['未知类型组织', '兴趣小组', '430121', '', '否', ''],
    ['星沙街道青年之家', '青年之家', '430121', '重复行', '否', ''],
    ['不存在县的组织', '团支部', '439999', '', '否', ''],
  ];
  const stored = (name: string) =>
    ctx.deps.db
      .select({
        address: grassrootsOrgs.address,
        twoNew: grassrootsOrgs.twoNew,
        version: grassrootsOrgs.version,
      })
      .from(grassrootsOrgs)
      .where(and(eq(grassrootsOrgs.organId, tenant.organId), eq(grassrootsOrgs.name, name)));

  it('imports, re-imports without duplicates, updates changed rows and keeps columns the file lacks', async () => {
    const first = replyOf(
      await upload(admin, '/api/v1/imports/grassroots-orgs', await toXlsx(headers, rows), 'o.xlsx'),
    );
    expect(first).toMatchObject({ created: 2, updated: 0, rejected: 3 });
    expect(first.errors).toEqual([
      { row: 4, column: '组织类型', message: expect.stringContaining('“兴趣小组”不是可选值') as string },
      { row: 5, column: '组织名称', message: '与第 2 行是同一组织（同一县、同名）' },
      { row: 6, column: '县级行政区划代码', message: '县级行政区划代码“439999”不存在' },
    ]);
    const again = replyOf(
      await upload(admin, '/api/v1/imports/grassroots-orgs', await toXlsx(headers, rows), 'o.xlsx'),
    );
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const changed = rows.slice(0, 2).map((r) => [...r]);
    if (changed[0]) changed[0][3] = '开元路 2 号';
    const update = replyOf(
      await upload(admin, '/api/v1/imports/grassroots-orgs', await toXlsx(headers, changed), 'o.xlsx'),
    );
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 1, errors: [] });
    expect(await stored('星沙街道青年之家')).toEqual([{ address: '开元路 2 号', twoNew: false, version: 2 }]);

    const requiredOnly = await toXlsx(
      headers.slice(0, 3),
      changed.map((r) => r.slice(0, 3)),
    );
    const kept = replyOf(await upload(admin, '/api/v1/imports/grassroots-orgs', requiredOnly, 'o.csv'));
    expect(kept).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await stored('湘江新区非公企业团委')).toEqual([{ address: '', twoNew: true, version: 1 }]);
  });
});
