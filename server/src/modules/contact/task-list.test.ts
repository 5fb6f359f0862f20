import type { LightMyRequestResponse } from 'fastify';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentReply, TaskListView } from '@grassroots/core';
import { auditLog } from '../../db/schema';
import { createTestContext, type TestContext } from '../../../test/context';
import { contactWorld, errorOf, proposal, type ContactWorld } from './testing';

let ctx: TestContext;
let w: ContactWorld;
const year = 2026;
let url: string;

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.now = new Date('2026-03-10T02:00:00Z');
  w = await contactWorld(ctx);
  url = `/api/v1/contact/${year}/cadres/${w.cadreId}/task-list`;
});
afterAll(() => ctx.close());

const list = (res: LightMyRequestResponse) => res.json<TaskListView>();

describe('task list: 单位指、个人提、共同定 (C3)', () => {
  it('the organ assigns: guidance per item and lecture topics, shown with the list', async () => {
    const put = await w.admin.put(`/api/v1/contact/${year}/assignment`, {
      version: null,
      items: { lecture: '围绕团的重大部署宣讲', talk: '', research: '结合全团重点工作选题', advance: '' },
      lectureTopics: ['学习贯彻党的二十大精神', '团十九大精神'],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json<AssignmentReply>().version).toBe(1);
    const stale = await w.admin.put(`/api/v1/contact/${year}/assignment`, {
      version: null,
      items: { lecture: '', talk: '', research: '', advance: '' },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await w.cadre.put(`/api/v1/contact/${year}/assignment`, { version: 1, items: {} })).statusCode,
    ).toBe(403);
    const view = list(await w.cadre.get(url));
    expect(view).toMatchObject({ status: 'none', version: null, locked: false, history: [] });
    expect(view.assignment.lectureTopics).toEqual(['学习贯彻党的二十大精神', '团十九大精神']);
  });

  it('a proposal must name 2–3 concrete tasks', async () => {
    for (const tasks of [['只有一项'], ['一', '二', '三', '四']]) {
      const res = await w.cadre.put(url, { version: null, proposal: proposal(tasks) });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({
        code: 'CONCRETE_TASKS_COUNT',
        message: `任务清单须提出2至3项具体工作任务，当前${tasks.length}项`,
      });
    }
    expect(list(await w.cadre.get(url)).status).toBe('none');
  });

  it('runs propose → return → propose → approve (locked), only by the own department head', async () => {
    const proposed = await w.cadre.put(url, {
      version: null,
      proposal: proposal(['建立青年之家', '指导团支部换届']),
    });
    expect(proposed.statusCode).toBe(200);
    expect(list(proposed)).toMatchObject({ status: 'proposed', version: 1, locked: false });
    expect((await w.cadre.put(url, { version: null, proposal: proposal(['甲', '乙']) })).statusCode).toBe(
      409,
    );

    // Only the head of the cadre's own department reviews.
    expect((await w.cadre.post(`${url}/approve`, { version: 1 })).statusCode).toBe(403);
    expect((await w.admin.post(`${url}/approve`, { version: 1 })).statusCode).toBe(403);
    expect((await w.headB.post(`${url}/approve`, { version: 1 })).statusCode).toBe(404);
    expect((await w.headB.get(url)).statusCode).toBe(404);
    const noComment = await w.headA.post(`${url}/return`, { version: 1 });
    expect(errorOf(noComment).code).toBe('RETURN_NEEDS_COMMENT');

    const returned = await w.headA.post(`${url}/return`, { version: 1, comment: '具体任务请更聚焦联系点' });
    expect(list(returned)).toMatchObject({
      status: 'returned',
      version: 2,
      reviewComment: '具体任务请更聚焦联系点',
    });
    expect(errorOf(await w.headA.post(`${url}/approve`, { version: 2 })).code).toBe('TASK_LIST_NOT_PROPOSED');
    // The department head does not write the cadre's proposal (个人提).
    const byHead = await w.headA.put(url, { version: 2, proposal: proposal(['甲', '乙']) });
    expect(errorOf(byHead).code).toBe('OWN_RECORD_ONLY');

    const tasks = ['在联系点建立青年之家', '指导联系点团支部规范换届', '推动非公企业建团'];
    const again = await w.cadre.put(url, { version: 2, proposal: proposal(tasks) });
    expect(list(again)).toMatchObject({ status: 'proposed', version: 3 });
    expect((await w.headA.post(`${url}/approve`, { version: 2 })).statusCode).toBe(409);
    const approved = list(await w.headA.post(`${url}/approve`, { version: 3, comment: '同意' }));
    expect(approved).toMatchObject({ status: 'approved', version: 4, locked: true, reviewComment: '同意' });
    expect(approved.approvedBy).not.toBeNull();
    expect(approved.approvedAt).toBe('2026-03-10T02:00:00.000Z');
  });

  it('a locked list refuses edits until a change request, which needs approval again; history is kept', async () => {
    const done = await w.cadre.post(`${url}/tasks/0`, { done: true });
    expect(done.statusCode).toBe(200);
    expect(list(done).proposal.concreteTasks.map((t) => t.done)).toEqual([true, false, false]);
    expect((await w.cadre.post(`${url}/tasks/7`, { done: true })).statusCode).toBe(404);
    const v = list(done).version;
    expect(v).toBe(5);

    const refused = await w.cadre.put(url, { version: v, proposal: proposal(['甲', '乙']) });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused)).toMatchObject({ code: 'TASK_LIST_LOCKED' });
    expect(errorOf(refused).message).toContain('已经部门审定并锁定');
    expect(list(await w.cadre.get(url))).toMatchObject({ status: 'approved', version: 5 });

    const changed = list(
      await w.cadre.put(url, {
        version: v,
        requestChange: true,
        proposal: proposal(['在联系点建立青年之家', '联系点青年创业沙龙']),
      }),
    );
    expect(changed).toMatchObject({ status: 'proposed', version: 6, locked: false, approvedBy: null });
    // The task done before keeps its mark; the new one starts undone.
    expect(changed.proposal.concreteTasks).toEqual([
      { title: '在联系点建立青年之家', done: true },
      { title: '联系点青年创业沙龙', done: false },
    ]);
    expect(errorOf(await w.cadre.post(`${url}/tasks/1`, { done: true })).code).toBe('TASK_LIST_NOT_APPROVED');
    const reapproved = list(await w.headA.post(`${url}/approve`, { version: 6 }));
    expect(reapproved).toMatchObject({ status: 'approved', version: 7, locked: true });
    expect(reapproved.history.map((h) => [h.version, h.action, h.status, h.comment])).toEqual([
      [1, 'propose', 'proposed', null],
      [2, 'return', 'returned', '具体任务请更聚焦联系点'],
      [3, 'propose', 'proposed', null],
      [4, 'approve', 'approved', '同意'],
      [6, 'request_change', 'proposed', null],
      [7, 'approve', 'approved', null],
    ]);
    // The organ admin reads it (organ scope); every step is on the audit chain.
    expect(list(await w.admin.get(url)).version).toBe(7);
    const audited = await ctx.deps.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.organId, w.tenant.organId), like(auditLog.action, 'contact.task_list.%')));
    expect(audited.map((a) => a.action).sort()).toEqual(
      [
        'contact.task_list.approve',
        'contact.task_list.approve',
        'contact.task_list.propose',
        'contact.task_list.propose',
        'contact.task_list.request_change',
        'contact.task_list.return',
        'contact.task_list.task_done',
      ].sort(),
    );
  });
});
