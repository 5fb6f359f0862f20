import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationView } from '@grassroots/core';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';
import { notify } from './notify.service';

let ctx: TestContext;
let tenant: Tenant;
let me: { id: string; username: string };
let client: Client;

type Page = { items: NotificationView[]; total: number; unread: number };

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-05-20T01:59:00Z');
  tenant = await createTenant(ctx, { departments: 1, cadresPerDepartment: 1 });
  me = await createUser(ctx, tenant, ['cadre'], { cadreId: tenant.cadres[0]?.id });
  client = await login(ctx.app, me.username);
});
afterAll(() => ctx.close());

describe('notifications (X3)', () => {
  it('lists own notifications newest first with the unread count; marks one and all read', async () => {
    for (const [i, title] of ['第一条', '第二条', '第三条'].entries()) {
      ctx.clock.now = new Date(Date.UTC(2026, 4, 20, 2, i));
      await ctx.deps.db.transaction((tx) =>
        notify(tx, { organId: tenant.organId, userId: me.id, kind: 'test', title, link: '/x' }),
      );
    }
    const page = (await client.get('/api/v1/notifications?pageSize=2')).json<Page>();
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.unread).toBe(page.total);
    expect(page.items.map((n) => n.title)).toEqual(['第三条', '第二条']);

    const read = await client.post(`/api/v1/notifications/${page.items[0]?.id ?? ''}/read`);
    expect(read.json<NotificationView>().readAt).not.toBeNull();
    const unread = (await client.get('/api/v1/notifications?unread=true')).json<Page>();
    expect(unread.items.map((n) => n.title)).not.toContain('第三条');
    expect(unread.unread).toBe(page.total - 1);

    const all = await client.post('/api/v1/notifications/read-all');
    expect(all.json<{ updated: number }>().updated).toBe(page.total - 1);
    expect((await client.get('/api/v1/notifications')).json<Page>().unread).toBe(0);
  });

  it("never shows or touches someone else's notification", async () => {
    const other = await createUser(ctx, tenant, ['organ_admin']);
    const otherClient = await login(ctx.app, other.username);
    const mine = (await client.get('/api/v1/notifications')).json<Page>();
    expect((await otherClient.get('/api/v1/notifications')).json<Page>().total).toBe(0);
    expect((await otherClient.post(`/api/v1/notifications/${mine.items[0]?.id ?? ''}/read`)).statusCode).toBe(
      404,
    );
  });
});
