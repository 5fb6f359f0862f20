import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditQuery, AuditView } from '@grassroots/core';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import { requirePermission, type Actor } from '../../platform/access';
import { chainOf, verifyAudit } from '../../platform/audit';
import { containsPattern } from '../../db/like';

const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`); // X1: days in Asia/Shanghai

/** S5: the audit admin reads the own organ's chain, newest first; nothing in the system edits it. */
export async function listAudit(db: Db, actor: Actor, q: z.infer<typeof auditQuery>) {
  requirePermission(actor, 'audit.read');
  const conds: SQL[] = [eq(auditLog.organId, actor.organId)];
  if (q.action) conds.push(eq(auditLog.action, q.action));
  if (q.actor) conds.push(ilike(auditLog.actorName, containsPattern(q.actor)));
  if (q.from) conds.push(gte(auditLog.at, dayStart(q.from)));
  if (q.to) conds.push(lt(auditLog.at, new Date(dayStart(q.to).getTime() + 86_400_000)));
  const where = and(...conds);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  const items: AuditView[] = rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    at: row.at.toISOString(),
    actorName: row.actorName,
    ip: row.ip,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    details: row.details,
    hash: row.hash,
  }));
  return { items, total: total?.n ?? 0 };
}

/** X2: verify the own organ's chain (the operator's `grassroots audit verify` checks every chain). */
export function verifyOwnChain(db: Db, actor: Actor) {
  requirePermission(actor, 'audit.read');
  return verifyAudit(db, { chain: chainOf(actor.organId) });
}
