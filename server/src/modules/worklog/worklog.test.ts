import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountsView, EntryView } from '@grassroots/core';
import { auditLog, dispatchAssignments, dispatchRounds, worklogEntries } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { createTenant, createUser, login, type Client, type Tenant } from '../../../test/factories';
import { readCounters, recount } from './counters';

let ctx: TestContext;
let tenant: Tenant;
let cadreA: Client;
let cadreB: Client;
let idA: string;
const year = 2026;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-05-20T02:00:00Z');
  tenant = await createTenant(ctx, { departments: 2, cadresPerDepartment: 2 });
  idA = tenant.cadres[0]?.id ?? '';
  cadreA = await login(ctx.app, (await createUser(ctx, tenant, ['cadre'], { cadreId: idA })).username);
  cadreB = await login(
    ctx.app,
    (await createUser(ctx, tenant, ['cadre'], { cadreId: tenant.cadres[1]?.id })).username,
  );
});
afterAll(() => ctx.close());

const entry = (over: Record<string, unknown> = {}) => ({
  dateFrom: '2026-05-18',
  type: 'visit',
  mode: 'face_to_face',
  countyCode: '430121',
  content: '走访星沙街道青年之家，了解青年创业需求',
  ...over,
});
const counts = async (c: Client) =>
  (await c.get(`/api/v1/logs/counts?year=${year}`)).json<CountsView>().counts;

describe('work log (L1–L4, L7)', () => {
  it('logs an entry with a new youth contact inline, and the counts move', async () => {
    const before = await counts(cadreA);
    const res = await cadreA.post(
      '/api/v1/logs',
      entry({ newYouth: [{ name: '陈小青', phone: '13812345678' }], thoughts: '建议增加创业培训' }),
    );
    expect(res.statusCode).toBe(200);
    const e = res.json<EntryView>();
    expect(e).toMatchObject({ type: 'visit', countyName: '长沙县', late: false, status: 'active' });
    expect(e.youth.map((y) => y.name)).toEqual(['陈小青']);
    const after = await counts(cadreA);
    expect(after.visits).toBe(before.visits + 1);
    expect(after.youthMet).toBe(before.youthMet + 1);
    expect(after.grassrootsDays).toBe(before.grassrootsDays + 1);
    const behind = (await cadreA.get(`/api/v1/logs?year=${year}&count=visits`)).json<{
      items: { id: string }[];
    }>();
    expect(behind.items.map((i) => i.id)).toContain(e.id);
  });

  it('marks an entry about a day more than 7 days past as late', async () => {
    const late = (
      await cadreA.post('/api/v1/logs', entry({ dateFrom: '2026-05-10', type: 'research' }))
    ).json<EntryView>();
    expect(late.late).toBe(true);
    const onTime = (
      await cadreA.post('/api/v1/logs', entry({ dateFrom: '2026-05-13', type: 'research' }))
    ).json<EntryView>();
    expect(onTime.late).toBe(false);
  });

  it('counts 下跨一级 only for partners two organ levels below', async () => {
    const before = await counts(cadreA);
    await cadreA.post(
      '/api/v1/logs',
      entry({
        type: 'talk',
        mode: 'phone',
        newPartners: [
          { name: '刘书记', unit: '长沙县团委', organLevel: 4 },
          { name: '王部长', unit: '长沙市团委', organLevel: 3 },
        ],
      }),
    );
    const after = await counts(cadreA);
    expect(after.cadresTalked).toBe(before.cadresTalked + 2);
    expect(after.cadresTalkedCrossLevel).toBe(before.cadresTalkedCrossLevel + 1);
  });

  it('amends with a revision that keeps the old text; after 7 days only with a reason', async () => {
    const e = (await cadreA.post('/api/v1/logs', entry({ content: '原始内容' }))).json<EntryView>();
    const amended = (
      await cadreA.patch(`/api/v1/logs/${e.id}`, { version: 1, changes: { content: '修改后的内容' } })
    ).json<EntryView>();
    expect(amended.content).toBe('修改后的内容');
    expect(amended.revisions[0]?.before.content).toBe('原始内容');
    // Eight days later: move the entry's creation back rather than the clock (sessions would idle out).
    await ctx.deps.db
      .update(worklogEntries)
      .set({ createdAt: new Date(ctx.clock.now.getTime() - 8 * 86_400_000) })
      .where(eq(worklogEntries.id, e.id));
    const refused = await cadreA.patch(`/api/v1/logs/${e.id}`, { version: 2, changes: { content: '再改' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('AMEND_NEEDS_REASON');
    const withReason = await cadreA.patch(`/api/v1/logs/${e.id}`, {
      version: 2,
      reason: '补充走访人数',
      changes: { content: '再改' },
    });
    expect(withReason.json<EntryView>().revisions).toHaveLength(2);
  });

  it('withdraws without deleting: the entry stays visible and stops counting', async () => {
    const before = await counts(cadreA);
    const e = (await cadreA.post('/api/v1/logs', entry({ type: 'lecture', audience: 40 }))).json<EntryView>();
    expect((await counts(cadreA)).lectures).toBe(before.lectures + 1);
    const w = await cadreA.post(`/api/v1/logs/${e.id}/withdraw`, { version: 1, reason: '重复记录' });
    expect(w.json<EntryView>()).toMatchObject({ status: 'withdrawn', withdrawReason: '重复记录' });
    expect((await counts(cadreA)).lectures).toBe(before.lectures);
    expect((await cadreA.get(`/api/v1/logs/${e.id}`)).statusCode).toBe(200);
  });

  it('keeps the incremental counters equal to a full recount', async () => {
    expect(await readCounters(ctx.deps.db, idA, year)).toEqual(await recount(ctx.deps.db, idA, year));
  });
});

describe('Idempotency-Key (L3)', () => {
  it('100 concurrent POSTs with one key make one entry and get the same answer', async () => {
    const key = `offline-${Date.now()}`;
    const body = entry({ content: '离线保存的日志' });
    const replies = await Promise.all(
      Array.from({ length: 100 }, () =>
        cadreA.request({
          method: 'POST',
          url: '/api/v1/logs',
          payload: body,
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(new Set(replies.map((r) => r.statusCode))).toEqual(new Set([200]));
    const ids = new Set(replies.map((r) => r.json<EntryView>().id));
    expect(ids.size).toBe(1);
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    const all = (await cadreA.get('/api/v1/logs?pageSize=200')).json<{ items: { content: string }[] }>();
    expect(all.items.filter((i) => i.content === '离线保存的日志')).toHaveLength(1);
    const other = await cadreA.request({
      method: 'POST',
      url: '/api/v1/logs',
      payload: entry({ content: '另一条' }),
      headers: { 'idempotency-key': key },
    });
    expect(other.statusCode).toBe(422);
  });
});

describe('object-level access (S2, L5)', () => {
  let entryId: string;
  beforeAll(async () => {
    entryId = (await cadreA.post('/api/v1/logs', entry({ content: 'A 的日志' }))).json<EntryView>().id;
  });

  it('another cadre gets 404 reading, amending or commenting', async () => {
    expect((await cadreB.get(`/api/v1/logs/${entryId}`)).statusCode).toBe(404);
    expect(
      (await cadreB.patch(`/api/v1/logs/${entryId}`, { version: 1, changes: { content: 'x' } })).statusCode,
    ).toBe(404);
    expect((await cadreB.post(`/api/v1/logs/${entryId}/comments`, { body: '越权评论' })).statusCode).toBe(
      404,
    );
    expect(
      (await cadreB.post(`/api/v1/logs/${entryId}/withdraw`, { version: 1, reason: 'x' })).statusCode,
    ).toBe(404);
    const list = (await cadreB.get('/api/v1/logs?pageSize=200')).json<{ items: { cadreId: string }[] }>();
    expect(list.items.every((i) => i.cadreId !== idA)).toBe(true);
  });

  it('the department head comments within scope; another department’s head gets 404', async () => {
    const ownHead = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['department_head'], { cadreId: tenant.cadres[1]?.id })).username,
    );
    const otherHead = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['department_head'], { cadreId: tenant.cadres[2]?.id })).username,
    );
    expect(
      (await ownHead.post(`/api/v1/logs/${entryId}/comments`, { body: '很好，继续跟进' })).statusCode,
    ).toBe(200);
    expect((await otherHead.get(`/api/v1/logs/${entryId}`)).statusCode).toBe(404);
    const seen = (await cadreA.get(`/api/v1/logs/${entryId}`)).json<EntryView>();
    expect(seen.comments.map((c) => c.body)).toEqual(['很好，继续跟进']);
  });
});

describe('group leader scope (§1, L5)', () => {
  it('a group leader reads and comments on the members’ entries, not on others’', async () => {
    const [leaderId, memberId, outsiderId] = [tenant.cadres[2]?.id ?? '', idA, tenant.cadres[3]?.id ?? ''];
    const [round] = await ctx.deps.db
      .insert(dispatchRounds)
      .values({ organId: tenant.organId, name: '第一轮', startYear: 2025, batches: [], rules: {} })
      .returning();
    const assign = (cadreId: string, groupKey: string, leader: boolean) => ({
      organId: tenant.organId,
      roundId: round?.id ?? '',
      cadreId,
      batch: 1,
      countyCode: '430121',
      groupKey,
      leader,
      startDate: '2026-03-01',
      endDate: '2026-06-30',
      contactUntil: '2028-03-01',
    });
    await ctx.deps.db
      .insert(dispatchAssignments)
      .values([assign(leaderId, 'g1', true), assign(memberId, 'g1', false), assign(outsiderId, 'g2', false)]);
    const leader = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['group_leader', 'cadre'], { cadreId: leaderId })).username,
    );
    const outsider = await login(
      ctx.app,
      (await createUser(ctx, tenant, ['cadre'], { cadreId: outsiderId })).username,
    );
    const memberEntry = (await cadreA.post('/api/v1/logs', entry({ content: '组员日志' }))).json<EntryView>();
    const outsiderEntry = (
      await outsider.post('/api/v1/logs', entry({ content: '其他组日志' }))
    ).json<EntryView>();
    expect((await leader.get(`/api/v1/logs/${memberEntry.id}`)).statusCode).toBe(200);
    expect(
      (await leader.post(`/api/v1/logs/${memberEntry.id}/comments`, { body: '组长意见' })).statusCode,
    ).toBe(200);
    expect((await leader.get(`/api/v1/logs/${outsiderEntry.id}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/v1/logs/counts?year=${year}&cadreId=${memberId}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/v1/logs/counts?year=${year}&cadreId=${outsiderId}`)).statusCode).toBe(404);
  });
});

describe('attachments (L6)', () => {
  const upload = (c: Client, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return c.request({ method: 'POST', url: '/api/v1/attachments', payload: form });
  };
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64, 1),
  ]);

  it('rejects an executable renamed .jpg and accepts a real image, served as an attachment to those in scope', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
    const bad = await upload(cadreA, elf, 'photo.jpg');
    expect(bad.statusCode).toBe(415);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('不支持的文件类型');
    const ok = await upload(cadreA, png, 'site.png');
    expect(ok.statusCode).toBe(200);
    const att = ok.json<{ id: string; mime: string }>();
    expect(att.mime).toBe('image/png');
    const e = (await cadreA.post('/api/v1/logs', entry({ attachmentIds: [att.id] }))).json<EntryView>();
    expect(e.attachments.map((a) => a.id)).toEqual([att.id]);
    const file = await cadreA.get(`/api/v1/attachments/${att.id}`);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect((await cadreB.get(`/api/v1/attachments/${att.id}`)).statusCode).toBe(404);
  });
});

describe('youth contacts (Y1–Y5, S8, S10)', () => {
  it('masks phones, audits reveals, recognises a shared contact without naming the other cadre', async () => {
    const created = await cadreA.post('/api/v1/youth', {
      name: '赵小满',
      phone: '13900001111',
      birthYear: 2015,
      relation: 'help_pair',
      difficultyType: 'study',
      helpPlan: '每月辅导一次',
    });
    expect(created.statusCode).toBe(200);
    const y = created.json<{ id: string; phone: string; minor: boolean; knownToOtherCadres: boolean }>();
    expect(y).toMatchObject({ phone: '139****1111', minor: true, knownToOtherCadres: false });
    expect(created.headers['cache-control']).toBe('no-store');
    const sameByB = (
      await cadreB.post('/api/v1/youth', { name: '赵满', phone: '139 0000 1111'.replace(/ /g, '') })
    ).json<{ knownToOtherCadres: boolean; name: string }>();
    expect(sameByB.knownToOtherCadres).toBe(true);
    expect(JSON.stringify(sameByB)).not.toContain('赵小满');
    expect((await cadreB.get(`/api/v1/youth/${y.id}`)).statusCode).toBe(404);

    const reveal = await cadreA.post(`/api/v1/youth/${y.id}/reveal`, { reason: '联系家长确认辅导时间' });
    expect(reveal.json<{ phone: string }>().phone).toBe('13900001111');
    const rows = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'youth.reveal'), eq(auditLog.targetId, y.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details).toEqual({ reason: '联系家长确认辅导时间' });
    expect((await cadreA.post(`/api/v1/youth/${y.id}/reveal`, { reason: '' })).statusCode).toBe(400);
  });

  it('derives last contact and count from the log', async () => {
    const y = (await cadreA.post('/api/v1/youth', { name: '孙晓' })).json<{ id: string }>();
    await cadreA.post('/api/v1/logs', entry({ dateFrom: '2026-05-15', youthIds: [y.id] }));
    await cadreA.post('/api/v1/logs', entry({ dateFrom: '2026-05-17', mode: 'phone', youthIds: [y.id] }));
    const v = (await cadreA.get(`/api/v1/youth/${y.id}`)).json<{
      lastContact: string;
      contactCount: number;
      overdue: boolean;
    }>();
    expect(v).toMatchObject({ lastContact: '2026-05-17', contactCount: 2, overdue: false });
  });

  it('leaves no plaintext phone number in any table', async () => {
    const phones = ['13812345678', '13900001111'];
    const tables = await ctx.deps.db.execute(
      (await import('drizzle-orm'))
        .sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const names =
      JSON.stringify(tables)
        .match(/"table_name":"(\w+)"/g)
        ?.map((m) => m.slice(14, -1)) ?? [];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const { sql } = await import('drizzle-orm');
      const dump = JSON.stringify(await ctx.deps.db.execute(sql.raw(`select * from "${name}"`)));
      for (const phone of phones) expect(dump.includes(phone), `${phone} in ${name}`).toBe(false);
    }
  });
});
