import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { auditLog } from '../db/schema';
import { createTestContext, TEST_DATA_KEY, type TestContext } from '../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../test/factories';
import { chainOf, verifyAudit } from './audit';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx);
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
  for (let i = 0; i < 4; i++) {
    expect(
      (await admin.post(`/api/v1/organs/${tenant.organId}/departments`, { name: `审计测试${i}`, sort: i }))
        .statusCode,
    ).toBe(200);
  }
});
afterAll(() => ctx.close());

const chainRows = () =>
  ctx.deps.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.chain, chainOf(tenant.organId)))
    .orderBy(asc(auditLog.seq));

describe('audit chain (X2, S5, S8)', () => {
  it('writes chained rows in the same transaction as each change', async () => {
    const rows = await chainRows();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.action === 'department.create')).toHaveLength(4);
    rows.slice(1).forEach((r, i) => expect(r.prevHash).toBe(rows[i]?.hash));
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect((await verifyAudit(ctx.deps.db, { chain: chainOf(tenant.organId) })).ok).toBe(true);
  });

  it('a refused change leaves no audit row and no data', async () => {
    const before = (await chainRows()).length;
    const dup = await admin.post(`/api/v1/organs/${tenant.organId}/departments`, {
      name: '审计测试0',
      sort: 9,
    });
    expect(dup.statusCode).toBe(409);
    expect((await chainRows()).length).toBe(before);
  });

  it('names an altered row, a deleted middle row and a deleted newest row', async () => {
    const chain = { chain: chainOf(tenant.organId) };
    const rows = await chainRows();
    const target = rows[2];
    const last = rows[rows.length - 1];
    if (!target || !last) throw new Error('fixture rows missing');

    await ctx.deps.db.execute(sql`update audit_log set actor_name = 'mallory' where id = ${target.id}`);
    const altered = await verifyAudit(ctx.deps.db, chain);
    expect(altered.firstBroken).toMatchObject({ seq: target.seq, id: target.id });
    expect(altered.firstBroken?.problem).toContain('altered');
    await ctx.deps.db.execute(
      sql`update audit_log set actor_name = ${target.actorName} where id = ${target.id}`,
    );
    expect((await verifyAudit(ctx.deps.db, chain)).ok).toBe(true);

    await ctx.deps.db.delete(auditLog).where(and(eq(auditLog.id, target.id)));
    const deleted = await verifyAudit(ctx.deps.db, chain);
    expect(deleted.firstBroken).toMatchObject({ seq: target.seq });
    expect(deleted.firstBroken?.problem).toContain('missing');
    await ctx.deps.db.insert(auditLog).values(target);

    await ctx.deps.db.delete(auditLog).where(eq(auditLog.id, last.id));
    const tail = await verifyAudit(ctx.deps.db, chain);
    expect(tail.firstBroken).toMatchObject({ seq: last.seq });
    await ctx.deps.db.insert(auditLog).values(last);
    expect((await verifyAudit(ctx.deps.db, chain)).ok).toBe(true);
  });

  it('the audit admin reads the organ’s log; others cannot', async () => {
    const auditor = await login(ctx.app, (await createUser(ctx, tenant, ['audit_admin'])).username);
    const page = (await auditor.get('/api/v1/audit?action=department.create')).json<{ total: number }>();
    expect(page.total).toBe(4);
    expect((await auditor.get('/api/v1/audit/verify')).statusCode).toBe(200);
    expect((await admin.get('/api/v1/audit')).statusCode).toBe(403);
  });
});

describe('grassroots audit verify (CLI)', () => {
  it('exits 0 on an intact chain and 1 naming the tampered row', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'grassroots-cli-'));
    const { DATABASE_URL: _unused, ...inherited } = process.env;
    const env = {
      ...inherited,
      DATA_DIR: dataDir,
      GRASSROOTS_DATA_KEY: TEST_DATA_KEY,
      GRASSROOTS_ADMIN_PASSWORD: 'Cli#Pass2026',
    };
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', ...args], {
        env,
        encoding: 'utf8',
      });
    expect(cli('seed', 'demo').status).toBe(0);
    const ok = cli('audit', 'verify');
    expect(ok.stdout).toContain('OK');
    expect(ok.status).toBe(0);
    const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') });
    const [row] = await db.db.select().from(auditLog).limit(1);
    await db.db.execute(sql`update audit_log set details = '{"demo": false}' where id = ${row?.id ?? 0}`);
    await db.close();
    const broken = cli('audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`audit_log.id ${row?.id ?? 0}`);
  });
});
