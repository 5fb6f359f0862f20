import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadres, youthContacts } from '../db/schema';
import { createTestContext, TEST_DATA_KEY, type TestContext } from '../../test/context';
import { createTenant, createUser, login, type Tenant } from '../../test/factories';
import { createFieldCipher } from './crypto';
import { rotateDataKey } from './key-rotation';

let ctx: TestContext;
let tenant: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { departments: 1, cadresPerDepartment: 2 });
});
afterAll(() => ctx.close());

describe('data key rotation (S8)', () => {
  it('re-seals phones and blind indexes under the new key, in one go', async () => {
    const cadre = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['cadre'], { cadreId: tenant.cadres[0]?.id })).username,
    );
    const youth = (await cadre.post('/api/v1/youth', { name: '轮换测试', phone: '13711112222' })).json<{
      id: string;
    }>();
    const oldCipher = createFieldCipher(TEST_DATA_KEY);
    const newCipher = createFieldCipher('ff'.repeat(32));
    const counts = await rotateDataKey(ctx.deps.db, oldCipher, newCipher, new Date(), {
      organId: tenant.organId,
    });
    expect(counts.cadres).toBe(2);
    expect(counts.youth).toBeGreaterThanOrEqual(1);
    const [row] = await ctx.deps.db.select().from(youthContacts).where(eq(youthContacts.id, youth.id));
    expect(newCipher.decrypt(row?.phoneEnc ?? '')).toBe('13711112222');
    expect(() => oldCipher.decrypt(row?.phoneEnc ?? '')).toThrow();
    expect(row?.phoneHash).toBe(newCipher.blindIndex('13711112222'));
    const [c] = await ctx.deps.db
      .select()
      .from(cadres)
      .where(eq(cadres.id, tenant.cadres[1]?.id ?? ''));
    expect(newCipher.decrypt(c?.phoneEnc ?? '')).toMatch(/^1\d{10}$/);
  });
});
