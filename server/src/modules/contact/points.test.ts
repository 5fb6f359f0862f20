import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactPointsView } from '@grassroots/core';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login } from '../../../test/factories';
import { addOrgs, cadreAt, contactWorld, errorOf, type ContactWorld } from './testing';

let ctx: TestContext;
let w: ContactWorld;
let orgs: string[];
let foreignOrg: string;
const year = 2026;
let url: string;

// The test organ's seat is 430102 芙蓉区 (长沙市 4301, 湖南 43).
const orgRows = [
  { name: '北京东城青年之家', countyCode: '110101' },
  { name: '株洲天元团支部', countyCode: '430211' },
  { name: '长沙县星沙青年之家', countyCode: '430121' },
  { name: '芙蓉区定王台团支部', countyCode: '430102' },
  { name: '天心区坡子街团工委', countyCode: '430103' },
  { name: '芙蓉区东湖街道青年之家', countyCode: '430102' },
];

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-03-10T02:00:00Z');
  w = await contactWorld(ctx);
  orgs = await addOrgs(ctx, w.tenant.organId, orgRows);
  const other = await createTenant(ctx, { departments: 1, cadresPerDepartment: 1 });
  [foreignOrg = ''] = await addOrgs(ctx, other.organId, [
    { name: '芙蓉区另一机关的团支部', countyCode: '430102' },
  ]);
  url = `/api/v1/contact/${year}/cadres/${w.cadreId}/points`;
});
afterAll(() => ctx.close());

const org = (i: number) => orgs[i] ?? '';
const points = (...idx: number[]) => ({ points: idx.map((i) => ({ grassrootsOrgId: org(i) })) });

describe('contact point candidates (C2 就近就便)', () => {
  it('lists the organ’s grassroots organizations nearest the seat first, with their proximity', async () => {
    const res = await w.cadre.get('/api/v1/contact/point-candidates?pageSize=50');
    expect(res.statusCode).toBe(200);
    const page = res.json<{
      items: { name: string; proximity: string; countyName: string }[];
      total: number;
    }>();
    expect(page.total).toBe(6);
    expect(page.items.map((c) => [c.name, c.proximity])).toEqual([
      ['芙蓉区东湖街道青年之家', 'seat_county'],
      ['芙蓉区定王台团支部', 'seat_county'],
      ['天心区坡子街团工委', 'seat_prefecture'],
      ['长沙县星沙青年之家', 'seat_prefecture'],
      ['株洲天元团支部', 'province'],
      ['北京东城青年之家', 'elsewhere'],
    ]);
    expect(page.items[3]?.countyName).toBe('长沙县');
    const found = (
      await w.cadre.get(`/api/v1/contact/point-candidates?q=${encodeURIComponent('青年之家')}`)
    ).json<{
      items: { name: string }[];
    }>();
    expect(found.items.map((c) => c.name)).toEqual([
      '芙蓉区东湖街道青年之家',
      '长沙县星沙青年之家',
      '北京东城青年之家',
    ]);
  });
});

describe('contact points (C2)', () => {
  it('refuses fewer than 3 or more than 4 with a clear message, and writes nothing', async () => {
    for (const idx of [
      [3, 5],
      [0, 1, 2, 3, 4],
    ]) {
      const res = await w.cadre.put(url, points(...idx));
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({
        code: 'CONTACT_POINTS_COUNT',
        message: `基层联系点须为3至4个，当前${idx.length}个`,
      });
    }
    const dup = await w.cadre.put(url, points(3, 5, 3));
    expect(dup.statusCode).toBe(400);
    expect(errorOf(dup).message).toBe('同一基层组织不能重复设为联系点：芙蓉区定王台团支部');
    const foreign = await w.cadre.put(url, {
      points: [...points(3, 5).points, { grassrootsOrgId: foreignOrg }],
    });
    expect(errorOf(foreign).code).toBe('UNKNOWN_REFERENCE');
    expect((await w.cadre.get(url)).json<ContactPointsView>().points).toEqual([]);
  });

  it('the cadre sets own points (个人联系); the department head adds for the department (部门联系)', async () => {
    const own = await w.cadre.put(url, points(3, 5, 2));
    expect(own.statusCode).toBe(200);
    expect(own.json<ContactPointsView>().points.map((p) => [p.name, p.source, p.countyName])).toEqual([
      ['芙蓉区定王台团支部', 'individual', '芙蓉区'],
      ['芙蓉区东湖街道青年之家', 'individual', '芙蓉区'],
      ['长沙县星沙青年之家', 'individual', '长沙县'],
    ]);
    const byHead = await w.headA.put(url, {
      points: [
        ...points(3, 5).points,
        { grassrootsOrgId: org(4), source: 'city_recommended' },
        { grassrootsOrgId: org(2) },
      ],
    });
    expect(byHead.statusCode).toBe(200);
    expect(byHead.json<ContactPointsView>().points.map((p) => p.source)).toEqual([
      'individual',
      'individual',
      'city_recommended',
      'individual',
    ]);
    const replaced = await w.headA.put(url, points(0, 1, 3));
    expect(replaced.json<ContactPointsView>().points.map((p) => p.source)).toEqual([
      'department',
      'department',
      'individual',
    ]);
  });

  it('only the cadre and the own department head set them; others in the organ read within scope', async () => {
    expect((await w.headB.put(url, points(0, 1, 2))).statusCode).toBe(404);
    expect((await w.headB.get(url)).statusCode).toBe(404);
    expect((await w.admin.put(url, points(0, 1, 2))).statusCode).toBe(403);
    expect((await w.admin.get(url)).json<ContactPointsView>().points).toHaveLength(3);
    const colleague = await login(
      ctx.app,
      (await createUser(ctx, w.tenant, ['cadre'], { cadreId: cadreAt(w, 0, 2).id })).username,
    );
    expect((await colleague.put(url, points(0, 1, 2))).statusCode).toBe(404);
    expect((await colleague.get(url)).statusCode).toBe(404);
  });
});
