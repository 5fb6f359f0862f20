import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCadreFile, toXlsx } from '../../../../bench/import/generate';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';
import { auditLog, cadres } from '../../db/schema';
import { replyOf, upload } from './testing';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
let file: Awaited<ReturnType<typeof generateCadreFile>>;

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { departments: 4, cadresPerDepartment: 0 });
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
  file = await generateCadreFile(tenant.departments.map((d) => d.name));
});
afterAll(() => ctx.close());

const cadreCount = async () => {
  const [row] = await ctx.deps.db
    .select({ n: count() })
    .from(cadres)
    .where(eq(cadres.organId, tenant.organId));
  return row?.n ?? 0;
};

const importAudits = async () => {
  const [row] = await ctx.deps.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.organId, tenant.organId), eq(auditLog.action, 'import.cadres')));
  return row?.n ?? 0;
};

describe('cadre import of 10,000 rows (R5, issue 2 Done-when #3)', () => {
  it('creates the 9,980 good rows, reports the 20 bad ones, and re-importing creates nothing', async () => {
    const started = Date.now();
    const res = await upload(admin, '/api/v1/imports/cadres', file.xlsx, '干部名单.xlsx');
    const firstMs = Date.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    const first = replyOf(res);
    expect(first).toMatchObject({ created: 9980, updated: 0, unchanged: 0, rejected: 20, dryRun: false });
    expect(first.errors).toHaveLength(20);
    expect(first.errors.map((e) => [e.row, e.column])).toEqual(file.bad.map((b) => [b.row, b.column]));
    for (const e of first.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(first.errors.find((e) => e.column === '部门')?.message).toContain('不存在的部门');
    const duplicate = file.bad.find((b) => b.why === 'duplicate phone in file');
    expect(first.errors.find((e) => e.row === duplicate?.row)?.message).toBe(
      `手机号与第 ${(duplicate?.row ?? 0) - 1} 行重复`,
    );
    expect(await cadreCount()).toBe(9980);

    const audit = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organId, tenant.organId), eq(auditLog.action, 'import.cadres')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ fileName: '干部名单.xlsx', created: 9980, rejected: 20 });

    const again = replyOf(await upload(admin, '/api/v1/imports/cadres', file.xlsx, '干部名单.xlsx'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 9980, rejected: 20 });
    expect(await cadreCount()).toBe(9980);
    console.info(`10,000-row import on ${ctx.database.kind}: ${firstMs} ms`);
  });

  it('counts a changed row as updated and bumps its version; a dry run writes nothing', async () => {
    const rows = file.rows.slice(0, 3).map((r) => [...r]);
    const firstRow = rows[0];
    if (!firstRow) throw new Error('no rows');
    firstRow[3] = '正科'; // 职级
    const changed = await toXlsx(file.headers, rows);
    const preview = replyOf(await upload(admin, '/api/v1/imports/cadres?dryRun=true', changed, 'x.xlsx'));
    expect(preview).toMatchObject({ created: 0, updated: 1, unchanged: 2, dryRun: true });
    const phone = String(firstRow[11]);
    const before = await ctx.deps.db
      .select({ rank: cadres.rank, version: cadres.version })
      .from(cadres)
      .where(
        and(eq(cadres.organId, tenant.organId), eq(cadres.phoneHash, ctx.deps.cipher.blindIndex(phone))),
      );
    expect(before).toEqual([{ rank: '正局', version: 1 }]);
    expect(await importAudits()).toBe(2); // the two imports above; the dry run left no trace

    const applied = replyOf(await upload(admin, '/api/v1/imports/cadres', changed, 'x.xlsx'));
    expect(applied).toMatchObject({ created: 0, updated: 1, unchanged: 2, dryRun: false });
    const after = await ctx.deps.db
      .select({ rank: cadres.rank, version: cadres.version })
      .from(cadres)
      .where(
        and(eq(cadres.organId, tenant.organId), eq(cadres.phoneHash, ctx.deps.cipher.blindIndex(phone))),
      );
    expect(after).toEqual([{ rank: '正科', version: 2 }]);
    expect(await cadreCount()).toBe(9980);
  });
});
