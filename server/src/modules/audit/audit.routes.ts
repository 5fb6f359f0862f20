import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { auditQuery, auditVerifyReply, auditView, pageOf } from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { auditLog } from '../../db/schema';
import { requirePermission } from '../../platform/access';
import { verifyAudit } from '../../platform/audit';
import { actorOf } from '../../platform/http';

// S5: the audit admin reads the organ's chain; nothing in the system edits or deletes it.
export function auditRoutes(deps: AppDeps) {
  const { db } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['audit'];
    r.get(
      '/audit',
      { schema: { tags, querystring: auditQuery, response: { 200: pageOf(auditView) } } },
      async (req) => {
        const actor = actorOf(req);
        requirePermission(actor, 'audit.read');
        const q = req.query;
        const conds: SQL[] = [eq(auditLog.organId, actor.organId)];
        if (q.action) conds.push(eq(auditLog.action, q.action));
        if (q.actor) conds.push(ilike(auditLog.actorName, `%${q.actor.replace(/[%_\\]/g, '\\$&')}%`));
        if (q.from) conds.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+08:00`)));
        if (q.to)
          conds.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)));
        const where = and(...conds);
        const rows = await db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize);
        const [total] = await db.select({ n: count() }).from(auditLog).where(where);
        const items = rows.map((row) => ({
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
      },
    );
    r.get('/audit/verify', { schema: { tags, response: { 200: auditVerifyReply } } }, (req) => {
      requirePermission(actorOf(req), 'audit.read');
      return verifyAudit(db);
    });
  };
}
