import { randomBytes } from 'node:crypto';
import { and, count, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreImportColumns, grassrootsOrgImportColumns } from '@grassroots/core';
import { generateCadreRows, toCsv, toXlsx } from '../../../../bench/import/generate';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';
import { auditLog, cadres } from '../../db/schema';
import { errorOf, gbk, replyOf, upload } from './testing';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
let departmentNames: string[];

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { departments: 3, cadresPerDepartment: 1 });
  departmentNames = tenant.departments.map((d) => d.name);
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
});
afterAll(() => ctx.close());

const counts = async () => {
  const [c] = await ctx.deps.db.select({ n: count() }).from(cadres).where(eq(cadres.organId, tenant.organId));
  const [a] = await ctx.deps.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.organId, tenant.organId), like(auditLog.action, 'import.%')));
  return { cadres: c?.n ?? 0, audits: a?.n ?? 0 };
};

async function workbookOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}
const headerRow = (sheet: ExcelJS.Worksheet | undefined) =>
  (sheet?.getRow(1).values as ExcelJS.CellValue[] | undefined)?.slice(1) ?? [];

describe('import templates (R5)', () => {
  it('downloads a real .xlsx with the Chinese headers, a guide sheet and the organ departments', async () => {
    const res = await admin.get('/api/v1/imports/cadres/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="cadres-template.xlsx"; filename*=UTF-8''${encodeURIComponent('干部导入模板.xlsx')}`,
    );
    const wb = await workbookOf(res.rawPayload);
    expect(headerRow(wb.worksheets[0])).toEqual([...cadreImportColumns]);
    const guide = JSON.stringify(wb.getWorksheet('填写说明')?.getSheetValues());
    for (const text of [
      '正局、副局、正处、副处、正科、副科、科员',
      '专职、挂职、兼职',
      '是 或 否',
      'YYYY-MM-DD',
      'GB/T 2260',
      '在岗',
    ]) {
      expect(guide).toContain(text);
    }
    expect(JSON.stringify(wb.getWorksheet('部门列表')?.getSheetValues())).toContain(departmentNames[0]);

    const orgs = await admin.get('/api/v1/imports/grassroots-orgs/template');
    expect(headerRow((await workbookOf(orgs.rawPayload)).worksheets[0])).toEqual([
      ...grassrootsOrgImportColumns,
    ]);
    const csv = await admin.get('/api/v1/imports/grassroots-orgs/template?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(`\ufeff${grassrootsOrgImportColumns.join(',')}\r\n`);
  });

  it('imports the downloaded template once filled in', async () => {
    const wb = await workbookOf((await admin.get('/api/v1/imports/cadres/template')).rawPayload);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    sheet.getRow(2).values = [
      '模板填写',
      '女',
      departmentNames[1],
      '副科',
      '挂职',
      '否',
      '2020-03-01',
      '',
      24,
      '430121',
      '430102,430181',
      '13512345678',
      '在岗',
    ];
    const res = await upload(
      admin,
      '/api/v1/imports/cadres',
      Buffer.from(await wb.xlsx.writeBuffer()),
      't.xlsx',
    );
    expect(replyOf(res)).toMatchObject({ created: 1, updated: 0, errors: [] });
  });

  it('refuses youth contacts to the organ admin: a cadre imports their own (Y4, imports-youth.test.ts)', async () => {
    expect((await admin.get('/api/v1/imports/youth/template')).statusCode).toBe(403);
    const en = await upload(admin, '/api/v1/imports/youth', Buffer.from('姓名\n甲\n'), 'y.csv', {
      lang: 'en',
    });
    expect(en.statusCode).toBe(403);
    const mapping = await admin.request({
      method: 'POST',
      url: '/api/v1/import-mappings',
      payload: { name: 'y', kind: 'youth', columns: { 名字: '姓名' } },
      headers: { 'accept-language': 'en' },
    });
    expect(mapping.statusCode).toBe(404);
    expect(errorOf(mapping)).toMatchObject({
      code: 'IMPORT_NOT_AVAILABLE',
      message: expect.stringContaining('cadres import their own youth contacts') as string,
    });
  });
});

describe('files that are not what they claim (R5, S3)', () => {
  const wrongHeaders = async () => toXlsx(['名字', '单位', '电话'], [['张三', '办公室', '13900000000']]);
  const cases: [string, () => Promise<Buffer> | Buffer, string, number, RegExp][] = [
    ['random bytes named .xlsx', () => randomBytes(4096), 'FILE_NOT_SPREADSHEET', 400, /不是 Excel/],
    [
      'a plain text file',
      () => Buffer.from('这是一份会议纪要，\n不是表格。\n'),
      'BAD_HEADERS',
      400,
      /缺少列：姓名、部门、职级、手机号/,
    ],
    ['an .xlsx with other headers', wrongHeaders, 'BAD_HEADERS', 400, /缺少列：姓名、部门、职级、手机号/],
    [
      'a damaged .xlsx',
      async () => (await wrongHeaders()).subarray(0, 900),
      'FILE_NOT_XLSX',
      400,
      /可能已损坏/,
    ],
    [
      'an old .xls',
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'FILE_XLS',
      400,
      /另存为/,
    ],
    ['an empty file', () => Buffer.alloc(0), 'FILE_EMPTY', 400, /空/],
    [
      'Latin-1 text',
      () => Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0xff, 0xfe, 0x0a]),
      'FILE_ENCODING',
      400,
      /编码/,
    ],
  ];
  it.each(cases)('%s → 400 with a clear message, nothing written', async (_, make, code, status, message) => {
    const before = await counts();
    const res = await upload(admin, '/api/v1/imports/cadres', await make(), '干部.xlsx');
    expect(res.statusCode, res.body).toBe(status);
    expect(errorOf(res).code).toBe(code);
    expect(errorOf(res).message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('explains in English on request, and refuses a request without the file field', async () => {
    const en = await upload(admin, '/api/v1/imports/cadres', await wrongHeaders(), 'x.xlsx', { lang: 'en' });
    expect(errorOf(en).message).toBe('Headers do not match the template; missing: 姓名、部门、职级、手机号');
    const wrongField = await upload(admin, '/api/v1/imports/cadres', await wrongHeaders(), 'x.xlsx', {
      field: 'upload',
    });
    expect(errorOf(wrongField).code).toBe('NO_FILE');
    const json = await admin.post('/api/v1/imports/cadres', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(errorOf(json).code).toBe('NO_FILE');
  });
});

describe('CSV and row messages (R5)', () => {
  it('imports UTF-8 CSV with a BOM, quotes and CRLF; bad rows come back in English on request', async () => {
    const generated = generateCadreRows({
      count: 40,
      departments: departmentNames,
      badRows: 2,
      phoneBase: 50_000,
    });
    const first = generated.rows[0];
    if (first) first[0] = '欧阳, "小明"'; // a comma and quotes inside a quoted field
    const res = await upload(
      admin,
      '/api/v1/imports/cadres',
      toCsv(generated.headers, generated.rows),
      'c.csv',
      { lang: 'en' },
    );
    const reply = replyOf(res);
    expect(reply).toMatchObject({ created: 38, rejected: 2 });
    expect(reply.errors.map((e) => [e.row, e.column])).toEqual(generated.bad.map((b) => [b.row, b.column]));
    expect(reply.errors[0]?.message).toBe('Required');
    const [stored] = await ctx.deps.db
      .select({ name: cadres.name })
      .from(cadres)
      .where(and(eq(cadres.organId, tenant.organId), eq(cadres.name, '欧阳, "小明"')));
    expect(stored).toBeDefined();
  });

  it('reads a GBK-encoded CSV as saved by Excel on Chinese Windows', async () => {
    const text = `姓名,部门,职级,手机号,入职日期\r\n王五,${departmentNames[0] ?? ''},正处,13611112222,2018/3/5\r\n`;
    const reply = replyOf(await upload(admin, '/api/v1/imports/cadres', gbk(text), 'gbk.csv'));
    expect(reply).toMatchObject({ created: 1, errors: [] });
    const [row] = await ctx.deps.db
      .select({ name: cadres.name, hireDate: cadres.hireDate, postType: cadres.postType })
      .from(cadres)
      .where(
        and(
          eq(cadres.organId, tenant.organId),
          eq(cadres.phoneHash, ctx.deps.cipher.blindIndex('13611112222')),
        ),
      );
    expect(row).toEqual({ name: '王五', hireDate: '2018-03-05', postType: 'full_time' });
  });
});

describe('API documentation (X4)', () => {
  it('lists the import routes', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/imports/{kind}/template',
        '/api/v1/imports/{kind}',
        '/api/v1/import-mappings',
      ]),
    );
  });
});

describe('who may import (§1, S2)', () => {
  it('refuses cadres and department heads (403) and writes nothing', async () => {
    const file = await toXlsx(
      cadreImportColumns,
      generateCadreRows({ count: 2, departments: departmentNames }).rows,
    );
    const before = await counts();
    for (const role of ['cadre', 'department_head'] as const) {
      const cadre = tenant.cadres[0];
      const user = await createUser(ctx, tenant, [role], { cadreId: cadre?.id });
      const client = await login(ctx.app, user.username);
      expect((await upload(client, '/api/v1/imports/cadres', file, 'x.xlsx')).statusCode).toBe(403);
      expect((await client.get('/api/v1/imports/cadres/template')).statusCode).toBe(403);
      expect((await client.get('/api/v1/import-mappings')).statusCode).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });
});
