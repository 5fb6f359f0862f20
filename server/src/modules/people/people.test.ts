import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CadreView } from '@grassroots/core';
import { createTestContext, type TestContext } from '../../../test/context';
import {
  createTenant,
  createUser,
  login,
  nextPhone,
  type Client,
  type Tenant,
} from '../../../test/factories';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx);
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
});
afterAll(() => ctx.close());

const newCadre = (over: Record<string, unknown> = {}) => ({
  name: '李青',
  departmentId: tenant.departments[0]?.id,
  rank: '副处',
  phone: nextPhone(),
  hireDate: '2020-09-01',
  grassrootsMonths: 18,
  nativeCountyCode: '430121',
  ...over,
});

describe('cadres (R4)', () => {
  it('creates, reads, edits with a version check, and stores the phone encrypted (S8)', async () => {
    const body = newCadre();
    const created = await admin.post('/api/v1/cadres', body);
    expect(created.statusCode).toBe(200);
    const cadre = created.json<CadreView>();
    expect(cadre).toMatchObject({ name: '李青', rank: '副处', phone: body.phone, version: 1, exempt: false });

    const raw = await ctx.deps.db.execute(sql`select phone_enc from cadres where id = ${cadre.id}`);
    expect(JSON.stringify(raw)).toContain('v1:');
    expect(JSON.stringify(raw)).not.toContain(body.phone);

    const list = await admin.get(`/api/v1/cadres?q=${encodeURIComponent('李青')}`);
    const item = list.json<{ items: { phone: string }[] }>().items[0];
    expect(item?.phone).toMatch(/^\d{3}\*{4}\d{4}$/);

    const edited = await admin.patch(`/api/v1/cadres/${cadre.id}`, { version: 1, rank: '正处' });
    expect(edited.json<CadreView>()).toMatchObject({ rank: '正处', version: 2 });
    const stale = await admin.patch(`/api/v1/cadres/${cadre.id}`, { version: 1, rank: '科员' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { message: string } }>().error.message).toContain('已被他人修改');
    expect((await admin.get(`/api/v1/cadres/${cadre.id}`)).json<CadreView>().rank).toBe('正处');
  });

  it('refuses bad input with a 400 in Chinese and writes nothing', async () => {
    const before = (await admin.get('/api/v1/cadres')).json<{ total: number }>().total;
    for (const bad of [
      newCadre({ rank: '处长' }),
      newCadre({ phone: '12345' }),
      newCadre({ hireDate: '2020-13-45x' }),
      newCadre({ name: '' }),
      newCadre({ departmentId: 'not-a-uuid' }),
      { junk: true },
    ]) {
      const res = await admin.post('/api/v1/cadres', bad);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { code: string; message: string } }>().error.message).toMatch(/^输入有误/);
    }
    const wrongDept = await admin.post(
      '/api/v1/cadres',
      newCadre({ departmentId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(wrongDept.statusCode).toBe(400);
    expect(wrongDept.json<{ error: { code: string } }>().error.code).toBe('UNKNOWN_DEPARTMENT');
    const notJson = await admin.request({
      method: 'POST',
      url: '/api/v1/cadres',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect((await admin.get('/api/v1/cadres')).json<{ total: number }>().total).toBe(before);
  });

  it('refuses a second cadre with the same phone in the organ (409)', async () => {
    const phone = nextPhone();
    expect((await admin.post('/api/v1/cadres', newCadre({ phone }))).statusCode).toBe(200);
    expect((await admin.post('/api/v1/cadres', newCadre({ phone, name: '王二' }))).statusCode).toBe(409);
  });

  it('records and revokes an exemption with reason, approver and date (R4, C1)', async () => {
    const id = tenant.cadres[1]?.id ?? '';
    const add = await admin.post(`/api/v1/cadres/${id}/exemptions`, {
      reason: '因病长期休养',
      approver: '机关党组',
      approvedOn: '2026-03-01',
    });
    expect(add.statusCode).toBe(200);
    const detail = (await admin.get(`/api/v1/cadres/${id}`)).json<CadreView>();
    expect(detail.exempt).toBe(true);
    expect(detail.exemptions[0]).toMatchObject({
      reason: '因病长期休养',
      approver: '机关党组',
      approvedOn: '2026-03-01',
    });
    const exemptionId = detail.exemptions[0]?.id ?? '';
    expect((await admin.post(`/api/v1/cadres/${id}/exemptions/${exemptionId}/revoke`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/cadres/${id}`)).json<CadreView>().exempt).toBe(false);
    const missingReason = await admin.post(`/api/v1/cadres/${id}/exemptions`, {
      reason: '',
      approver: 'x',
      approvedOn: '2026-03-01',
    });
    expect(missingReason.statusCode).toBe(400);
  });

  it('lets a department head edit the own department only', async () => {
    const head = tenant.cadres.find((c) => c.departmentId === tenant.departments[0]?.id);
    const client = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['department_head'], { cadreId: head?.id })).username,
    );
    expect((await client.post('/api/v1/cadres', newCadre())).statusCode).toBe(200);
    const other = await client.post('/api/v1/cadres', newCadre({ departmentId: tenant.departments[1]?.id }));
    expect(other.statusCode).toBe(403);
  });
});
