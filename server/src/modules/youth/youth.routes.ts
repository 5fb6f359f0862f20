import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  pageOf,
  revealBody,
  revealReply,
  youthBody,
  youthPatch,
  youthQuery,
  youthSummary,
  youthView,
} from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import * as youth from './youth.service';

const idParams = z.object({ id: z.uuid() });

export function youthRoutes(deps: AppDeps) {
  const { db, cipher } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['youth'];
    r.get(
      '/youth',
      { schema: { tags, querystring: youthQuery, response: { 200: pageOf(youthView) } } },
      (req) => youth.listYouth(db, cipher, actorOf(req), req.query, deps.now()),
    );
    r.post('/youth', { schema: { tags, body: youthBody, response: { 200: youthView } } }, (req) =>
      youth.createYouth(db, cipher, actorOf(req), req.body, deps.now()),
    );
    r.get('/youth/:id', { schema: { tags, params: idParams, response: { 200: youthView } } }, (req) =>
      youth.getYouth(db, cipher, actorOf(req), req.params.id, deps.now()),
    );
    r.patch(
      '/youth/:id',
      { schema: { tags, params: idParams, body: youthPatch, response: { 200: youthView } } },
      (req) => youth.updateYouth(db, cipher, actorOf(req), req.params.id, req.body, deps.now()),
    );
    r.post(
      '/youth/:id/reveal',
      { schema: { tags, params: idParams, body: revealBody, response: { 200: revealReply } } },
      (req) => youth.revealPhone(db, cipher, actorOf(req), req.params.id, req.body.reason, deps.now()),
    );
    r.get(
      '/youth-summary/:cadreId',
      { schema: { tags, params: z.object({ cadreId: z.uuid() }), response: { 200: youthSummary } } },
      (req) => youth.youthSummary(db, actorOf(req), req.params.cadreId),
    );
  };
}
