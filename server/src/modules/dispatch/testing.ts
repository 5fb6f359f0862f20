import type { Role } from '@grassroots/core';
import type { Plan } from '@grassroots/core/dispatch/index';
import { cadres, exemptions } from '../../db/schema';
import type { TestContext } from '../../../test/context';
import { createUser, login, nextPhone, type Client, type Tenant } from '../../../test/factories';
import { storedCadre } from '../people/people.service';

// Test-only builders for the dispatch tests (not used by the application).

export interface PlanReply {
  version: number;
  source: string;
  plan: Plan;
  violations: { rule: string; code: string; message: string; cadreIds: string[] }[];
  explanations: { rule: string; message: string }[];
  names: {
    cadres: Record<string, { name: string; department: string }>;
    counties: Record<string, { name: string; prefectureCode: string }>;
    prefectures: Record<string, { name: string }>;
    provinces: Record<string, { name: string }>;
    groups: Record<string, string>;
  };
}

export interface RoundReply {
  id: string;
  version: number;
  status: string;
  publishedVersion: number | null;
  latestPlanVersion: number | null;
  batches: { id: number; start: string; end: string }[];
}

/** A cadre with chosen fields, in one of the tenant's departments. */
export async function addCadre(
  ctx: TestContext,
  tenant: Tenant,
  fields: {
    name: string;
    department?: number;
    rank?: '正处' | '副处' | '科员';
    internalPost?: boolean;
    nativeCountyCode?: string | null;
    previousCountyCodes?: string[];
  },
): Promise<string> {
  const dept = tenant.departments[fields.department ?? 0];
  if (!dept) throw new Error('department missing');
  const [row] = await ctx.deps.db
    .insert(cadres)
    .values({
      organId: tenant.organId,
      ...storedCadre(
        {
          name: fields.name,
          gender: null,
          departmentId: dept.id,
          rank: fields.rank ?? '科员',
          postType: 'full_time',
          internalPost: fields.internalPost ?? false,
          hireDate: '2015-09-01',
          probationEnd: null,
          grassrootsMonths: 36,
          nativeCountyCode: fields.nativeCountyCode ?? null,
          previousCountyCodes: fields.previousCountyCodes ?? [],
          phone: nextPhone(),
          status: 'active',
        },
        ctx.deps.cipher,
      ),
    })
    .returning({ id: cadres.id });
  if (!row) throw new Error('cadre not created');
  return row.id;
}

/** R4: an approved exemption from dispatch (or from everything). */
export async function exempt(ctx: TestContext, tenant: Tenant, cadreId: string, scope: 'dispatch' | 'all') {
  await ctx.deps.db.insert(exemptions).values({
    organId: tenant.organId,
    cadreId,
    scope,
    reason: '长期病休',
    approver: '机关党组',
    approvedOn: '2026-03-01',
  });
}

export async function signIn(
  ctx: TestContext,
  tenant: Tenant,
  roles: Role[],
  cadreId?: string,
): Promise<Client> {
  const { username } = await createUser(ctx, tenant, roles, cadreId ? { cadreId } : {});
  return login(ctx.app, username);
}

export async function newRound(admin: Client, startYear = 2026): Promise<RoundReply> {
  const res = await admin.post('/api/v1/dispatch/rounds', {
    name: `${startYear}—${startYear + 2}年轮次`,
    startYear,
  });
  if (res.statusCode !== 200) throw new Error(`round not created: ${res.body}`);
  return res.json<RoundReply>();
}
