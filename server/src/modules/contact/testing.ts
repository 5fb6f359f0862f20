import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import type { PostType } from '@grassroots/core';
import { cadres, grassrootsOrgs } from '../../db/schema';
import type { TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';

/** An organ with two departments of three cadres, its admin, both heads and one cadre signed in. */
export interface ContactWorld {
  tenant: Tenant;
  /** dept[d][i]: the i-th cadre of department d (the first of each department is its head). */
  dept: { id: string; name: string; departmentId: string }[][];
  admin: Client;
  headA: Client;
  headB: Client;
  /** dept[0][1], signed in as a plain cadre. */
  cadre: Client;
  cadreId: string;
}

export async function contactWorld(ctx: TestContext): Promise<ContactWorld> {
  const tenant = await createTenant(ctx, { departments: 2, cadresPerDepartment: 3 });
  const dept = tenant.departments.map((d) => tenant.cadres.filter((c) => c.departmentId === d.id));
  const at = (d: number, i: number) => {
    const c = dept[d]?.[i];
    if (!c) throw new Error(`fixture cadre ${d}/${i} missing`);
    return c;
  };
  const signIn = async (roles: Parameters<typeof createUser>[2], cadreId?: string) =>
    login(ctx.app, (await createUser(ctx, tenant, roles, cadreId ? { cadreId } : {})).username);
  return {
    tenant,
    dept,
    admin: await signIn(['organ_admin']),
    headA: await signIn(['department_head', 'cadre'], at(0, 0).id),
    headB: await signIn(['department_head', 'cadre'], at(1, 0).id),
    cadre: await signIn(['cadre'], at(0, 1).id),
    cadreId: at(0, 1).id,
  };
}

export function cadreAt(world: ContactWorld, d: number, i: number) {
  const c = world.dept[d]?.[i];
  if (!c) throw new Error(`fixture cadre ${d}/${i} missing`);
  return c;
}

export async function setPostType(ctx: TestContext, cadreId: string, postType: PostType) {
  await ctx.deps.db.update(cadres).set({ postType }).where(eq(cadres.id, cadreId));
}

/** Grassroots organizations of an organ, one per (name, county). */
export async function addOrgs(
  ctx: TestContext,
  organId: string,
  orgs: { name: string; countyCode: string }[],
) {
  const rows = await ctx.deps.db
    .insert(grassrootsOrgs)
    .values(orgs.map((o) => ({ organId, type: '团支部' as const, ...o })))
    .returning({ id: grassrootsOrgs.id, name: grassrootsOrgs.name });
  return rows.map((r) => r.id);
}

export const errorOf = (res: LightMyRequestResponse) =>
  res.json<{ error: { code: string; message: string } }>().error;

/** C3: a proposal naming the given concrete tasks. */
export const proposal = (tasks: string[]) => ({
  items: {
    lecture: '在联系点青年之家开展主题团课',
    talk: '走访联系点青年，与县级团干部谈心',
    research: '新兴领域青年就业情况调研',
    advance: '督导联系点团支部落实“三会两制一课”',
  },
  researchTopic: '新兴领域青年就业情况调研',
  concreteTasks: tasks.map((title) => ({ title })),
});
