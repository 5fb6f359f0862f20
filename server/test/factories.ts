import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '@grassroots/core';
import { cadres, departments, organs, users } from '../src/db/schema';
import { hashPassword } from '../src/modules/auth/auth.service';
import { storedCadre } from '../src/modules/people/people.service';
import type { TestContext } from './context';

export const PASSWORD = 'Test#Pass2026';
let passwordHash: Promise<string> | undefined;
const uniq = () => randomBytes(4).toString('hex');
let phoneCounter = Math.floor(Math.random() * 1e8);
export const nextPhone = () => `139${String(phoneCounter++ % 1e8).padStart(8, '0')}`;

export interface Tenant {
  organId: string;
  code: string;
  departments: { id: string; name: string }[];
  cadres: { id: string; name: string; departmentId: string }[];
}

/** STYLE 8: each test builds its own organ as its tenant (departments, cadres) instead of truncating. */
export async function createTenant(
  ctx: TestContext,
  opts: { departments?: number; cadresPerDepartment?: number; level?: number; parentId?: string } = {},
): Promise<Tenant> {
  const db = ctx.deps.db;
  const code = `t-${uniq()}`;
  const [organ] = await db
    .insert(organs)
    .values({
      code,
      name: `测试机关${code}`,
      level: opts.level ?? 2,
      provinceCode: '43',
      seatCountyCode: '430102',
      parentId: opts.parentId ?? null,
    })
    .returning();
  if (!organ) throw new Error('organ not created');
  const deptRows = Array.from({ length: opts.departments ?? 2 }, (_, i) => ({
    organId: organ.id,
    name: `部门${i + 1}`,
    sort: i,
  }));
  const depts =
    deptRows.length > 0
      ? await db
          .insert(departments)
          .values(deptRows)
          .returning({ id: departments.id, name: departments.name })
      : [];
  const rows = depts.flatMap((d, di) =>
    Array.from({ length: opts.cadresPerDepartment ?? 3 }, (_, i) => ({
      organId: organ.id,
      ...storedCadre(
        {
          name: `干部${di + 1}-${i + 1}`,
          gender: null,
          departmentId: d.id,
          rank: i === 0 ? '正处' : '科员',
          postType: 'full_time',
          internalPost: false,
          hireDate: '2015-09-01',
          probationEnd: null,
          grassrootsMonths: 12,
          nativeCountyCode: null,
          previousCountyCodes: [],
          phone: nextPhone(),
          status: 'active',
        },
        ctx.deps.cipher,
      ),
    })),
  );
  const made =
    rows.length > 0
      ? await db
          .insert(cadres)
          .values(rows)
          .returning({ id: cadres.id, name: cadres.name, departmentId: cadres.departmentId })
      : [];
  return { organId: organ.id, code, departments: depts, cadres: made };
}

export async function createUser(
  ctx: TestContext,
  tenant: Tenant,
  roles: Role[],
  opts: { cadreId?: string; mustChangePassword?: boolean; password?: string } = {},
) {
  passwordHash ??= hashPassword(PASSWORD);
  const username = `u_${roles[0] ?? 'x'}_${uniq()}`;
  const [u] = await ctx.deps.db
    .insert(users)
    .values({
      organId: tenant.organId,
      username,
      displayName: username,
      roles,
      cadreId: opts.cadreId ?? null,
      passwordHash: opts.password ? await hashPassword(opts.password) : await passwordHash,
      mustChangePassword: opts.mustChangePassword ?? false,
    })
    .returning();
  if (!u) throw new Error('user not created');
  return { id: u.id, username };
}

/** A signed-in client: carries the session cookie and the CSRF token on unsafe methods. */
export interface Client {
  cookie: string;
  csrf: string;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'gr_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  const header = `gr_session=${cookie.value}`;
  const request = (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { cookie: header, 'x-csrf-token': csrf, ...(opts.headers ?? {}) } });
  return {
    cookie: header,
    csrf,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) =>
      request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as object }),
  };
}
