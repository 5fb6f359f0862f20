import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DivisionView, GrassrootsOrgView, OrganView } from '@grassroots/core';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';

let ctx: TestContext;
let tenant: Tenant;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx);
  admin = await login(ctx.app, (await createUser(ctx, tenant, ['organ_admin'])).username);
});
afterAll(() => ctx.close());

describe('reference data and organization (R1–R3)', () => {
  it('serves the divisions from the package: 31 provinces, prefectures and counties', async () => {
    const provinces = (await admin.get('/api/v1/divisions')).json<DivisionView[]>();
    expect(provinces).toHaveLength(31);
    expect(provinces.find((p) => p.code === '43')?.name).toBe('湖南省');
    const prefectures = (await admin.get('/api/v1/divisions?parent=43')).json<DivisionView[]>();
    expect(prefectures.find((p) => p.code === '4301')?.name).toBe('长沙市');
    const counties = (await admin.get('/api/v1/divisions?parent=4301')).json<DivisionView[]>();
    expect(counties.map((c) => c.name)).toContain('长沙县');
    expect((await admin.get('/api/v1/divisions?parent=abc')).statusCode).toBe(400);
  });

  it('shows the organ with its ancestors and descendants', async () => {
    const child = await createTenant(ctx, { parentId: tenant.organId, level: 3, departments: 0 });
    const organs = (await admin.get('/api/v1/organs')).json<OrganView[]>();
    expect(organs.map((o) => o.id)).toEqual(expect.arrayContaining([tenant.organId, child.organId]));
    const childAdmin = await login(ctx.app, (await createUser(ctx, child, ['organ_admin'])).username);
    const seen = (await childAdmin.get('/api/v1/organs')).json<OrganView[]>().map((o) => o.id);
    expect(seen).toContain(tenant.organId);
    expect(
      (await childAdmin.post(`/api/v1/organs/${tenant.organId}/departments`, { name: '越级', sort: 0 }))
        .statusCode,
    ).toBe(403);
  });

  it('creates, filters and edits grassroots organizations; unknown counties are refused', async () => {
    const body = {
      name: '长沙县星沙青年之家',
      type: '青年之家',
      countyCode: '430121',
      twoNew: false,
      address: '星沙大道1号',
      contactPerson: '周敏',
    };
    const created = await admin.post('/api/v1/grassroots-orgs', body);
    expect(created.statusCode).toBe(200);
    const org = created.json<GrassrootsOrgView>();
    expect(org.countyName).toBe('长沙县');
    await admin.post('/api/v1/grassroots-orgs', {
      ...body,
      name: '某科技公司团支部',
      type: '非公企业团组织',
      twoNew: true,
    });
    const twoNew = (await admin.get('/api/v1/grassroots-orgs?twoNew=true')).json<{
      items: GrassrootsOrgView[];
    }>();
    expect(twoNew.items.map((o) => o.name)).toEqual(['某科技公司团支部']);
    const byPrefecture = (await admin.get('/api/v1/grassroots-orgs?countyCode=4301')).json<{
      total: number;
    }>();
    expect(byPrefecture.total).toBe(2);
    const search = (await admin.get(`/api/v1/grassroots-orgs?q=${encodeURIComponent('青年之家')}`)).json<{
      total: number;
    }>();
    expect(search.total).toBe(1);
    const bad = await admin.post('/api/v1/grassroots-orgs', {
      ...body,
      name: '无效县',
      countyCode: '999999',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('999999');
    const edited = await admin.patch(`/api/v1/grassroots-orgs/${org.id}`, {
      version: org.version,
      contactPerson: '吴强',
    });
    expect(edited.json<GrassrootsOrgView>()).toMatchObject({ contactPerson: '吴强', version: 2 });
    expect(
      (await admin.patch(`/api/v1/grassroots-orgs/${org.id}`, { version: 1, contactPerson: 'x' })).statusCode,
    ).toBe(409);
  });

  it('keeps another organ’s grassroots organizations out of reach', async () => {
    const other = await createTenant(ctx, { departments: 0 });
    const otherAdmin = await login(ctx.app, (await createUser(ctx, other, ['organ_admin'])).username);
    const mine = (await admin.get('/api/v1/grassroots-orgs')).json<{ items: GrassrootsOrgView[] }>().items[0];
    expect((await otherAdmin.get(`/api/v1/grassroots-orgs/${mine?.id ?? ''}`)).statusCode).toBe(404);
    expect((await otherAdmin.get('/api/v1/grassroots-orgs')).json<{ total: number }>().total).toBe(0);
  });
});
