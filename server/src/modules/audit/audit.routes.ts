import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditQuery, auditVerifyReply, auditView, pageOf } from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import { listAudit, verifyOwnChain } from './audit.service';

export function auditRoutes(deps: AppDeps) {
  const { db } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['audit'];
    r.get(
      '/audit',
      { schema: { tags, querystring: auditQuery, response: { 200: pageOf(auditView) } } },
      (req) => listAudit(db, actorOf(req), req.query),
    );
    r.get('/audit/verify', { schema: { tags, response: { 200: auditVerifyReply } } }, (req) =>
      verifyOwnChain(db, actorOf(req)),
    );
  };
}
