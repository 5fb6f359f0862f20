import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { notificationQuery, NotificationView } from '@grassroots/core';
import type { Db } from '../../db/client';
import { notifications, users } from '../../db/schema';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { notFound } from '../../platform/errors';

/** X3: one in-app notification to one user account. */
export interface NotificationInput {
  organId: string;
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

/**
 * X3: notify inside the caller's transaction, so a notification exists exactly when the change it
 * announces does. Any module may call it with its own `tx`.
 */
export async function notify(tx: Db, n: NotificationInput): Promise<void> {
  await notifyMany(tx, [n]);
}

export async function notifyMany(tx: Db, list: NotificationInput[]): Promise<number> {
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500).map((n) => ({
      organId: n.organId,
      userId: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? '',
      link: n.link ?? null,
    }));
    if (chunk.length > 0) await tx.insert(notifications).values(chunk);
  }
  return list.length;
}

/** X3: the enabled accounts linked to these cadres (users.cadre_id), to notify a cadre by person. */
export async function accountsOfCadres(
  db: Db,
  cadreIds: string[],
): Promise<{ userId: string; organId: string; cadreId: string }[]> {
  if (cadreIds.length === 0) return [];
  const rows = await db
    .select({ userId: users.id, organId: users.organId, cadreId: users.cadreId })
    .from(users)
    .where(and(inArray(users.cadreId, cadreIds), eq(users.disabled, false)));
  return rows.flatMap((r) =>
    r.cadreId ? [{ userId: r.userId, organId: r.organId, cadreId: r.cadreId }] : [],
  );
}

const view = (r: typeof notifications.$inferSelect): NotificationView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt ? r.readAt.toISOString() : null,
});

const own = (actor: Actor): SQL[] => [
  eq(notifications.organId, actor.organId),
  eq(notifications.userId, actor.userId),
];

/** X3: the caller's own notifications, newest first, with the unread count. */
export async function listNotifications(db: Db, actor: Actor, q: z.infer<typeof notificationQuery>) {
  requirePermission(actor, 'notify.own');
  const where = and(...own(actor), ...(q.unread === 'true' ? [isNull(notifications.readAt)] : []));
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(...own(actor), isNull(notifications.readAt)));
  return { items: rows.map(view), total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

/** X3: mark one of the caller's notifications read; someone else's is "not found" (S2). */
export async function markRead(db: Db, actor: Actor, id: string, now: Date): Promise<NotificationView> {
  requirePermission(actor, 'notify.own');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(notifications)
      .where(and(...own(actor), eq(notifications.id, id)));
    if (!row) throw notFound();
    if (row.readAt) return view(row);
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(eq(notifications.id, id))
      .returning();
    await auditChange(tx, actor, now, 'notification.read', { type: 'notification', id });
    return view(updated ?? row);
  });
}

/** X3: mark every unread notification of the caller read. */
export async function markAllRead(db: Db, actor: Actor, now: Date): Promise<{ updated: number }> {
  requirePermission(actor, 'notify.own');
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(...own(actor), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (updated.length > 0)
      await auditChange(tx, actor, now, 'notification.read-all', null, { count: updated.length });
    return { updated: updated.length };
  });
}
