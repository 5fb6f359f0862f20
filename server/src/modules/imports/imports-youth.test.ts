import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { youthImportColumns, type YouthView } from '@grassroots/core';
import { toCsv, toXlsx, type GenCell } from '../../../../bench/import/generate';
import { createTestContext, type TestContext } from '../../../test/context';
import {
  createTenant,
  createUser,
  login,
  nextPhone,
  type Client,
  type Tenant,
} from '../../../test/factories';
import { auditLog, youthContacts } from '../../db/schema';
import { errorOf, replyOf, upload } from './testing';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
let mine: Client;
let theirs: Client;
let myCadreId: string;
let theirCadreId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { departments: 1, cadresPerDepartment: 2 });
  const [me, other] = tenant.cadres;
  if (!me || !other) throw new Error('fixture cadres missing');
  myCadreId = me.id;
  theirCadreId = other.id;
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
  mine = await login(ctx.app, (await createUser(ctx, tenant, ['cadre'], { cadreId: me.id })).username);
  theirs = await login(ctx.app, (await createUser(ctx, tenant, ['cadre'], { cadreId: other.id })).username);
});
afterAll(() => ctx.close());

const headers = [...youthImportColumns];
type Row = Record<(typeof youthImportColumns)[number], GenCell>;
const rowOf = (r: Partial<Row>): GenCell[] => headers.map((h) => r[h] ?? null);

/** 50 rows: 47 good (a mix of friends and help pairs, some without phone), then 3 bad ones. */
function fiftyRows() {
  const phones: string[] = [];
  const rows: GenCell[][] = [];
  for (let i = 0; i < 47; i++) {
    const phone = i % 5 === 4 ? null : nextPhone();
    if (phone) phones.push(phone);
    const help = i % 3 === 0;
    rows.push(
      rowOf({
        姓名: `青年${i}`,
        性别: i % 2 === 0 ? '男' : '女',
        出生年份: 1995 + (i % 15),
        手机号: phone,
        群体: ['农村青年', '进城务工青年', '学生', '新兴领域青年', '非公企业青年', '其他'][i % 6] ?? null,
        县级行政区划代码: '430121',
        单位或学校: `单位${i}`,
        关系: help ? '帮扶对象' : '朋友',
        困难类型: help ? '就业困难' : null,
        帮扶计划: help ? '每月走访一次' : null,
      }),
    );
  }
  rows.push(rowOf({ 姓名: '坏手机', 手机号: '1390000' })); // row 49
  rows.push(rowOf({ 姓名: '坏县码', 县级行政区划代码: '999999' })); // row 50
  rows.push(rowOf({ 姓名: null, 手机号: nextPhone() })); // row 51
  return { rows, phones };
}

let file: ReturnType<typeof fiftyRows>;
let xlsx: Buffer;

const contactsOf = (cadreId: string) =>
  ctx.deps.db.select().from(youthContacts).where(eq(youthContacts.cadreId, cadreId));
const listOf = async (client: Client) =>
  (await client.get('/api/v1/youth?pageSize=100')).json<{ items: YouthView[]; total: number }>();

describe('youth contact import by a cadre into their own contacts (R5, Y1–Y5)', () => {
  it('downloads the template with the Chinese headers and the core labels; admins are refused (Y4)', async () => {
    const res = await mine.get('/api/v1/imports/youth/template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect((wb.worksheets[0]?.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(headers);
    const guide = JSON.stringify(wb.getWorksheet('填写说明')?.getSheetValues());
    for (const text of [
      '农村青年、进城务工青年、学生、新兴领域青年、非公企业青年、其他',
      '朋友 或 帮扶对象',
      '就业困难',
    ]) {
      expect(guide).toContain(text);
    }
    const csv = await mine.get('/api/v1/imports/youth/template?format=csv');
    expect(csv.body).toBe(`\ufeff${headers.join(',')}\r\n`);
    expect((await admin.get('/api/v1/imports/youth/template')).statusCode).toBe(403);
  });

  it('the organ admin cannot import youth personal data (403), and nothing is written', async () => {
    const res = await upload(
      admin,
      '/api/v1/imports/youth',
      await toXlsx(headers, [rowOf({ 姓名: '甲' })]),
      'y.xlsx',
    );
    expect(res.statusCode).toBe(403);
    const mapping = await admin.post('/api/v1/import-mappings', {
      name: 'y',
      kind: 'youth',
      columns: { 名字: '姓名' },
    });
    expect(mapping.statusCode).toBe(404);
    expect(errorOf(mapping).code).toBe('IMPORT_NOT_AVAILABLE');
  });

  it('imports 50 rows: 47 created, 3 row errors with row, column and message; re-import creates nothing', async () => {
    file = fiftyRows();
    xlsx = await toXlsx(headers, file.rows);
    const preview = replyOf(await upload(mine, '/api/v1/imports/youth?dryRun=true', xlsx, '名单.xlsx'));
    expect(preview).toMatchObject({ created: 47, updated: 0, rejected: 3, dryRun: true });
    expect(await contactsOf(myCadreId)).toHaveLength(0);

    const first = replyOf(await upload(mine, '/api/v1/imports/youth', xlsx, '名单.xlsx'));
    expect(first).toMatchObject({ created: 47, updated: 0, unchanged: 0, rejected: 3, dryRun: false });
    expect(first.errors).toEqual([
      { row: 49, column: '手机号', message: '手机号“1390000”无效，应为 11 位数字' },
      { row: 50, column: '县级行政区划代码', message: '县级行政区划代码“999999”不存在' },
      { row: 51, column: '姓名', message: '必填' },
    ]);
    const stored = await contactsOf(myCadreId);
    expect(stored).toHaveLength(47);
    const help = stored.find((y) => y.name === '青年0');
    expect(help).toMatchObject({ relation: 'help_pair', difficultyType: 'employment' });
    expect(stored.find((y) => y.name === '青年1')).toMatchObject({
      relation: 'friend',
      group: 'migrant_worker',
    });

    const again = replyOf(await upload(mine, '/api/v1/imports/youth', xlsx, '名单.xlsx'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 47, rejected: 3 });
    expect(await contactsOf(myCadreId)).toHaveLength(47);
  });

  it('seals every phone (S8): no plaintext in youth_contacts, the blind index finds the person', async () => {
    const stored = await contactsOf(myCadreId);
    const dump = JSON.stringify(stored);
    for (const phone of file.phones) expect(dump).not.toContain(phone);
    const [phone] = file.phones;
    const hash = ctx.deps.cipher.blindIndex(phone ?? '');
    const found = stored.filter((y) => y.phoneHash === hash);
    expect(found).toHaveLength(1);
    expect(ctx.deps.cipher.decrypt(found[0]?.phoneEnc ?? '')).toBe(phone);
  });

  it('writes one audit row per import with counts only — no names, phones or file name (Y4)', async () => {
    const audits = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organId, tenant.organId), eq(auditLog.action, 'import.youth')));
    expect(audits).toHaveLength(2); // the two imports; the dry run left nothing
    expect(audits[0]?.details).toEqual({ kind: 'youth', created: 47, updated: 0, unchanged: 0, rejected: 3 });
    const dump = JSON.stringify(audits);
    expect(dump).not.toContain('青年');
    expect(dump).not.toContain('名单');
    for (const phone of file.phones) expect(dump).not.toContain(phone);
  });

  it('updates a changed row by phone or by name + birth year, never duplicating', async () => {
    const rows = file.rows.slice(0, 5).map((r) => [...r]);
    const byPhone = rows[0];
    const byName = rows[4]; // 青年4 has no phone
    if (!byPhone || !byName) throw new Error('rows missing');
    byPhone[0] = '青年0（改名）';
    byName[6] = '新单位';
    const res = replyOf(await upload(mine, '/api/v1/imports/youth', await toXlsx(headers, rows), 'x.xlsx'));
    expect(res).toMatchObject({ created: 0, updated: 2, unchanged: 3, rejected: 0 });
    const stored = await contactsOf(myCadreId);
    expect(stored).toHaveLength(47);
    expect(stored.find((y) => y.name === '青年0（改名）')?.version).toBe(2);
    expect(stored.find((y) => y.name === '青年4')).toMatchObject({ organization: '新单位', version: 2 });
  });

  it("leaves another cadre's contacts untouched and invisible; the same phone is theirs separately (Y5)", async () => {
    const mineBefore = await contactsOf(myCadreId);
    const [shared] = file.phones;
    const csv = toCsv(headers, [
      rowOf({ 姓名: '共同认识的人', 手机号: shared ?? null }),
      rowOf({ 姓名: '只有我认识' }),
    ]);
    const res = replyOf(await upload(theirs, '/api/v1/imports/youth', csv, 'y.csv', { lang: 'en' }));
    expect(res).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: 0, errors: [] });
    expect(await contactsOf(theirCadreId)).toHaveLength(2);
    const mineAfter = await contactsOf(myCadreId);
    expect(mineAfter).toEqual(mineBefore);
    const theirList = await listOf(theirs);
    expect(theirList.total).toBe(2);
    expect(theirList.items.map((y) => y.name).sort()).toEqual(['共同认识的人', '只有我认识'].sort());
    expect(theirList.items.find((y) => y.name === '共同认识的人')?.knownToOtherCadres).toBe(true);
    expect((await listOf(mine)).items.some((y) => y.name === '只有我认识')).toBe(false);
  });

  it('reads a CSV and reports row errors in English with Accept-Language en', async () => {
    const csv = toCsv(headers, [
      rowOf({ 姓名: 'CSV 青年', 出生年份: 2015, 关系: '帮扶对象', 困难类型: '学业困难' }),
      rowOf({ 姓名: '错误', 群体: '工人', 出生年份: 1800 }),
    ]);
    const res = replyOf(await upload(mine, '/api/v1/imports/youth', csv, 'y.csv', { lang: 'en' }));
    expect(res).toMatchObject({ created: 1, rejected: 1 });
    expect(res.errors.map((e) => e.column).sort()).toEqual(['出生年份', '群体']);
    expect(res.errors.find((e) => e.column === '群体')?.message).toContain('is not one of');
    const minor = (await listOf(mine)).items.find((y) => y.name === 'CSV 青年');
    expect(minor).toMatchObject({ minor: true, relation: 'help_pair', difficultyType: 'study' });
  });
});
