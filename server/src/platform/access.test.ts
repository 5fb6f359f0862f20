import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context';
import { createTenant, createUser, login, type Tenant } from '../../test/factories';
import { isDocumentationRoute, routeAccess } from './route-access';

let ctx: TestContext;
let organ: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  organ = await createTenant(ctx, { departments: 2, cadresPerDepartment: 3 });
  other = await createTenant(ctx, { departments: 1, cadresPerDepartment: 2 });
});
afterAll(() => ctx.close());

type Page = { items: { id: string; departmentId: string }[]; total: number };
const cadreAt = (t: Tenant, dept: number, i: number) => {
  const d = t.departments[dept];
  const c = t.cadres.filter((x) => x.departmentId === d?.id)[i];
  if (!c) throw new Error('fixture cadre missing');
  return c;
};

describe('data scope (§1, S2 object-level authorization)', () => {
  it('a department head sees only the own department, and gets 404 for another department’s cadre', async () => {
    const head = cadreAt(organ, 0, 0);
    const { username } = await createUser(ctx, organ, ['department_head', 'cadre'], { cadreId: head.id });
    const client = await login(ctx.app, username);
    const page = (await client.get('/api/v1/cadres?pageSize=100')).json<Page>();
    expect(page.total).toBe(3);
    expect(page.items.every((c) => c.departmentId === head.departmentId)).toBe(true);
    expect((await client.get(`/api/v1/cadres/${cadreAt(organ, 1, 0).id}`)).statusCode).toBe(404);
    expect((await client.get(`/api/v1/cadres/${cadreAt(organ, 0, 1).id}`)).statusCode).toBe(200);
    const filtered = (
      await client.get(`/api/v1/cadres?departmentId=${organ.departments[1]?.id ?? ''}`)
    ).json<Page>();
    expect(filtered.total).toBe(0);
  });

  it('an organ admin sees the whole organ and nothing of another organ', async () => {
    const { username } = await createUser(ctx, organ, ['organ_admin']);
    const client = await login(ctx.app, username);
    expect((await client.get('/api/v1/cadres?pageSize=100')).json<Page>().total).toBe(6);
    expect((await client.get(`/api/v1/cadres/${cadreAt(other, 0, 0).id}`)).statusCode).toBe(404);
    const patch = await client.patch(`/api/v1/cadres/${cadreAt(other, 0, 0).id}`, {
      version: 1,
      name: '越权修改',
    });
    expect(patch.statusCode).toBe(404);
  });

  it('a cadre sees only self', async () => {
    const me = cadreAt(organ, 1, 2);
    const { username } = await createUser(ctx, organ, ['cadre'], { cadreId: me.id });
    const client = await login(ctx.app, username);
    const page = (await client.get('/api/v1/cadres')).json<Page>();
    expect(page.items.map((c) => c.id)).toEqual([me.id]);
    expect((await client.get(`/api/v1/cadres/${cadreAt(organ, 1, 1).id}`)).statusCode).toBe(404);
    expect((await client.patch(`/api/v1/cadres/${me.id}`, { version: 1, name: '改名' })).statusCode).toBe(
      403,
    );
  });

  it('system, security and audit admins cannot read cadres’ personal fields (S9)', async () => {
    for (const role of ['system_admin', 'security_admin', 'audit_admin'] as const) {
      const { username } = await createUser(ctx, organ, [role]);
      const client = await login(ctx.app, username);
      expect((await client.get('/api/v1/cadres')).statusCode).toBe(403);
      expect((await client.get(`/api/v1/cadres/${cadreAt(organ, 0, 0).id}`)).statusCode).toBe(403);
      const dir = await client.get('/api/v1/cadre-directory');
      if (role === 'audit_admin') expect(dir.statusCode).toBe(403);
      else
        expect(Object.keys(dir.json<Record<string, unknown>[]>()[0] ?? {}).sort()).toEqual([
          'departmentName',
          'id',
          'name',
        ]);
    }
  });

  it('an admin role cannot be combined with another role (S9)', async () => {
    const { username } = await createUser(ctx, organ, ['system_admin']);
    const client = await login(ctx.app, username);
    const res = await client.post('/api/v1/users', {
      username: 'combo_user',
      password: 'Combo#2026x',
      roles: ['system_admin', 'organ_admin'],
      organId: organ.organId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('ROLE_CONFLICT');
  });
});

describe('route access table (S2)', () => {
  it('lists every API route the app serves', () => {
    expect(collected.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const route of collected) {
      if (!route.url.startsWith('/api/') || isDocumentationRoute(route.url) || route.method === 'HEAD')
        continue;
      if (!routeAccess[`${route.method} ${route.url}`]) missing.push(`${route.method} ${route.url}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no stale entries', () => {
    const served = new Set(collected.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(routeAccess).filter((k) => !served.has(k))).toEqual([]);
  });
});

const collected: { method: string; url: string }[] = [];
beforeAll(async () => {
  const { buildApp } = await import('../app');
  const probe = await buildApp(ctx.deps, { serveWeb: false, onRoute: (r) => collected.push(r) });
  await probe.close();
});
