import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  daysBetween,
  entryView,
  isLateEntry,
  shanghaiDate,
  worklogLimits,
  type entryAmend,
  type EntryBody,
  type EntryListItem,
  type EntryView,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { attachments, entryComments, entryRevisions, worklogEntries } from '../../db/schema';
import { cadreScope, requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import type { FieldCipher } from '../../platform/crypto';
import { AppError, notFound } from '../../platform/errors';
import { once } from '../../platform/idempotency';
import { createYouthRows } from '../youth/youth.service';
import { updateCounters } from './counters';
import { checkReferences, partnerRows } from './entry-refs';
import { toViews } from './entry-views';
import * as repo from './worklog.repo';

export interface WorklogDeps {
  db: Db;
  cipher: FieldCipher;
  now: () => Date;
}

function ownCadre(actor: Actor): string {
  if (!actor.cadreId) throw new AppError('NOT_A_CADRE');
  return actor.cadreId;
}

/** L4: within 7 days of writing an entry may be corrected freely; later only with a reason. */
const amendableFreely = (createdAt: Date, now: Date) =>
  daysBetween(shanghaiDate(createdAt), shanghaiDate(now)) <= worklogLimits.amendFreelyDays;

/** L1–L4: record one entry (once per Idempotency-Key), update the counters and the audit chain in one transaction. */
export async function createEntry(
  deps: WorklogDeps,
  actor: Actor,
  body: EntryBody,
  idempotencyKey: string | undefined,
): Promise<EntryView> {
  requirePermission(actor, 'worklog.write');
  const cadreId = ownCadre(actor);
  const work = async (tx: Db) => {
    const now = deps.now();
    await checkReferences(tx, actor, cadreId, body);
    const newYouth = await createYouthRows(tx, deps.cipher, actor, cadreId, body.newYouth);
    const newPartners = await partnerRows(tx, actor, cadreId, body.newPartners);
    const dateTo = body.dateTo ?? body.dateFrom;
    const [row] = await tx
      .insert(worklogEntries)
      .values({
        organId: actor.organId,
        cadreId,
        authorId: actor.userId,
        dateFrom: body.dateFrom,
        dateTo,
        type: body.type,
        mode: body.mode,
        onSite: body.onSite,
        countyCode: body.countyCode,
        grassrootsOrgId: body.grassrootsOrgId,
        place: body.place,
        content: body.content,
        thoughts: body.thoughts,
        audience: body.audience,
        taskItems: body.taskItems,
        dispatchTasks: body.dispatchTasks,
        supervisionItems: body.supervisionItems,
        youthIds: [...new Set([...body.youthIds, ...newYouth])],
        partnerIds: [...new Set([...body.partnerIds, ...newPartners])],
        late: isLateEntry(dateTo, shanghaiDate(now), worklogLimits.lateAfterDays),
        proposedCase: body.proposeCase,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    if (body.attachmentIds.length) {
      await tx
        .update(attachments)
        .set({ entryId: row.id })
        .where(inArray(attachments.id, body.attachmentIds));
    }
    const [view] = await toViews(tx, [{ e: row, cadreName: actor.displayName }], now, true);
    if (!view) throw new AppError('INTERNAL');
    // The two locks (the cadre's counters, the organ's audit chain) are taken last, held until commit.
    const [countable] = await repo.toCountable(tx, [row]);
    if (countable) await updateCounters(tx, { organId: actor.organId, cadreId }, null, countable);
    await auditChange(
      tx,
      actor,
      now,
      'worklog.create',
      { type: 'worklog_entry', id: row.id },
      {
        type: row.type,
        dateFrom: row.dateFrom,
        late: row.late,
      },
    );
    return view;
  };
  if (!idempotencyKey) return deps.db.transaction(work);
  const { result } = await once(
    deps.db,
    { organId: actor.organId, userId: actor.userId, key: idempotencyKey, body },
    entryView,
    work,
  );
  return result;
}

export async function getEntry(deps: WorklogDeps, actor: Actor, id: string): Promise<EntryView> {
  requirePermission(actor, 'worklog.read');
  const row = await repo.findEntry(deps.db, cadreScope(actor), id);
  if (!row) throw notFound();
  const [view] = await toViews(deps.db, [row], deps.now(), true);
  if (!view) throw notFound();
  return view;
}

export async function listEntries(
  deps: WorklogDeps,
  actor: Actor,
  f: repo.EntryFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: EntryListItem[]; total: number }> {
  requirePermission(actor, 'worklog.read');
  const { rows, total } = await repo.listEntries(deps.db, cadreScope(actor), f, page);
  const views = await toViews(deps.db, rows, deps.now(), false);
  return { items: views.map(({ comments: _c, revisions: _r, ...item }) => item), total };
}

/** L4: amend an own entry; the replaced text is kept as a revision, and after 7 days a reason is required. */
export async function amendEntry(
  deps: WorklogDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof entryAmend>,
): Promise<EntryView> {
  requirePermission(actor, 'worklog.write');
  const cadreId = ownCadre(actor);
  const found = await repo.findEntry(deps.db, { kind: 'self', organId: actor.organId, cadreId }, id);
  if (!found) throw notFound();
  const before = found.e;
  if (before.status === 'withdrawn') throw new AppError('ENTRY_WITHDRAWN');
  const now = deps.now();
  if (!amendableFreely(before.createdAt, now) && input.reason.length < 2)
    throw new AppError('AMEND_NEEDS_REASON');
  const c = input.changes;
  await deps.db.transaction(async (tx) => {
    await checkReferences(tx, actor, cadreId, {
      youthIds: c.youthIds ?? [],
      partnerIds: c.partnerIds ?? [],
      grassrootsOrgId: c.grassrootsOrgId ?? null,
      countyCode: c.countyCode ?? null,
    });
    const dateFrom = c.dateFrom ?? before.dateFrom;
    const dateTo = c.dateTo ?? (c.dateFrom && c.dateFrom > before.dateTo ? c.dateFrom : before.dateTo);
    if (dateTo < dateFrom) throw new AppError('VALIDATION', { summary: 'dateTo < dateFrom' }, undefined, 400);
    const [after] = await tx
      .update(worklogEntries)
      .set({ ...c, dateFrom, dateTo, version: sql`${worklogEntries.version} + 1`, updatedAt: now })
      .where(and(eq(worklogEntries.id, id), eq(worklogEntries.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    const {
      id: _id,
      organId: _o,
      cadreId: _c,
      authorId: _a,
      createdAt: _ca,
      updatedAt: _u,
      ...text
    } = before;
    await tx.insert(entryRevisions).values({
      organId: actor.organId,
      entryId: id,
      version: before.version,
      before: text,
      reason: input.reason,
      revisedBy: actor.displayName,
      revisedAt: now,
    });
    const [oldC, newC] = await repo.toCountable(tx, [before, after]);
    if (oldC && newC) await updateCounters(tx, { organId: actor.organId, cadreId }, oldC, newC);
    await auditChange(
      tx,
      actor,
      now,
      'worklog.amend',
      { type: 'worklog_entry', id },
      { fields: Object.keys(c), reason: input.reason },
    );
  });
  return getEntry(deps, actor, id);
}

/** L4: users never hard-delete; a withdrawn entry stays, marked, visible to supervisors, and stops counting. */
export async function withdrawEntry(
  deps: WorklogDeps,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
): Promise<EntryView> {
  requirePermission(actor, 'worklog.write');
  const cadreId = ownCadre(actor);
  const found = await repo.findEntry(deps.db, { kind: 'self', organId: actor.organId, cadreId }, id);
  if (!found) throw notFound();
  if (found.e.status === 'withdrawn') throw new AppError('ENTRY_WITHDRAWN');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const [after] = await tx
      .update(worklogEntries)
      .set({
        status: 'withdrawn',
        withdrawReason: input.reason,
        version: sql`${worklogEntries.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(worklogEntries.id, id), eq(worklogEntries.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    const [oldC, newC] = await repo.toCountable(tx, [found.e, after]);
    if (oldC && newC) await updateCounters(tx, { organId: actor.organId, cadreId }, oldC, newC);
    await auditChange(
      tx,
      actor,
      now,
      'worklog.withdraw',
      { type: 'worklog_entry', id },
      { reason: input.reason },
    );
  });
  return getEntry(deps, actor, id);
}

/** L5: supervisors in scope (and the author, replying) comment on an entry. */
export async function commentEntry(deps: WorklogDeps, actor: Actor, id: string, body: string) {
  requirePermission(actor, 'worklog.read');
  const found = await repo.findEntry(deps.db, cadreScope(actor), id);
  if (!found) throw notFound();
  const now = deps.now();
  const [row] = await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(entryComments)
      .values({
        organId: actor.organId,
        entryId: id,
        authorId: actor.userId,
        authorName: actor.displayName,
        body,
        createdAt: now,
      })
      .returning();
    await auditChange(tx, actor, now, 'worklog.comment', { type: 'worklog_entry', id });
    return inserted;
  });
  if (!row) throw new AppError('INTERNAL');
  return { id: row.id, authorName: row.authorName, body: row.body, createdAt: row.createdAt.toISOString() };
}
