import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, PASSWORD, type Tenant } from '../../../test/factories';

let ctx: TestContext;
let tenant: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx);
});
afterAll(() => ctx.close());

const loginAs = (username: string, password: string, lang = 'zh-CN') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    headers: { 'accept-language': lang },
  });

describe('sessions (S1, S2, §11)', () => {
  it('logs in, answers /me, logs out', async () => {
    const { username } = await createUser(ctx, tenant, ['organ_admin']);
    const client = await login(ctx.app, username);
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { username: string } }>().user.username).toBe(username);
    expect(me.headers['cache-control']).toBe('no-store');
    const cookie = (await loginAs(username, PASSWORD)).cookies.find((c) => c.name === 'gr_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('answers 401 with a Chinese message for a bad password, English on request', async () => {
    const { username } = await createUser(ctx, tenant, ['cadre'], { cadreId: tenant.cadres[0]?.id });
    const zh = await loginAs(username, 'wrong');
    expect(zh.statusCode).toBe(401);
    expect(zh.json<{ error: { code: string; message: string } }>().error).toEqual({
      code: 'BAD_CREDENTIALS',
      message: '用户名或密码错误',
    });
    const en = await loginAs('nobody-here', 'wrong', 'en');
    expect(en.json<{ error: { message: string } }>().error.message).toBe('Wrong username or password');
  });

  it('locks an account after 5 failures: 423 even with the right password until 15 minutes pass', async () => {
    const { username } = await createUser(ctx, tenant, ['cadre'], { cadreId: tenant.cadres[1]?.id });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await loginAs(username, 'Wrong#Pass1')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const locked = await loginAs(username, PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json<{ error: { message: string } }>().error.message).toContain('分钟');
    ctx.clock.advance(14 * 60 * 1000);
    expect((await loginAs(username, PASSWORD)).statusCode).toBe(423);
    ctx.clock.advance(61 * 1000);
    expect((await loginAs(username, PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const { username } = await createUser(ctx, tenant, ['organ_admin']);
    const client = await login(ctx.app, username);
    ctx.clock.advance(29 * 60 * 1000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    ctx.clock.advance(29 * 60 * 1000); // activity above reset the idle clock
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    ctx.clock.advance(31 * 60 * 1000);
    const expired = await client.get('/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('SESSION_EXPIRED');
  });

  it('refuses an unsafe request without the CSRF token (403) and changes nothing', async () => {
    const { username } = await createUser(ctx, tenant, ['organ_admin']);
    const client = await login(ctx.app, username);
    const body = { name: '无令牌部门', sort: 1 };
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organs/${tenant.organId}/departments`,
      payload: body,
      headers: { cookie: client.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('CSRF');
    const list = await client.get(`/api/v1/organs/${tenant.organId}/departments`);
    expect(list.json<{ name: string }[]>().map((d) => d.name)).not.toContain('无令牌部门');
    expect((await client.post(`/api/v1/organs/${tenant.organId}/departments`, body)).statusCode).toBe(200);
  });

  it('forces a password change at first login; weak passwords are refused', async () => {
    const { username } = await createUser(ctx, tenant, ['organ_admin'], { mustChangePassword: true });
    const client = await login(ctx.app, username);
    const blocked = await client.get('/api/v1/cadres');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<{ error: { code: string } }>().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await client.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'abcdefgh',
    });
    expect(weak.statusCode).toBe(400);
    const ok = await client.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'New#Pass2026',
    });
    expect(ok.statusCode).toBe(200);
    const fresh = await login(ctx.app, username, 'New#Pass2026');
    expect((await fresh.get('/api/v1/cadres')).statusCode).toBe(200);
  });
});
