import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cadreBody,
  cadreBrief,
  cadreListItem,
  cadrePatch,
  cadreQuery,
  cadreView,
  exemptionBody,
  exemptionView,
  pageOf,
} from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import * as people from './people.service';

const idParams = z.object({ id: z.uuid() });

export function peopleRoutes(deps: AppDeps) {
  const { db, cipher } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['cadres'];
    r.get(
      '/cadres',
      { schema: { tags, querystring: cadreQuery, response: { 200: pageOf(cadreListItem) } } },
      (req) => people.listCadres(db, cipher, actorOf(req), req.query),
    );
    r.post('/cadres', { schema: { tags, body: cadreBody, response: { 200: cadreView } } }, (req) =>
      people.createCadre(db, cipher, actorOf(req), req.body, deps.now()),
    );
    r.get('/cadres/:id', { schema: { tags, params: idParams, response: { 200: cadreView } } }, (req) =>
      people.getCadre(db, cipher, actorOf(req), req.params.id),
    );
    r.patch(
      '/cadres/:id',
      { schema: { tags, params: idParams, body: cadrePatch, response: { 200: cadreView } } },
      (req) => people.updateCadre(db, cipher, actorOf(req), req.params.id, req.body, deps.now()),
    );
    r.post(
      '/cadres/:id/exemptions',
      { schema: { tags, params: idParams, body: exemptionBody, response: { 200: exemptionView } } },
      (req) => people.addExemption(db, cipher, actorOf(req), req.params.id, req.body, deps.now()),
    );
    r.post(
      '/cadres/:id/exemptions/:exemptionId/revoke',
      {
        schema: {
          tags,
          params: z.object({ id: z.uuid(), exemptionId: z.uuid() }),
          response: { 200: exemptionView },
        },
      },
      (req) =>
        people.revokeExemption(db, cipher, actorOf(req), req.params.id, req.params.exemptionId, deps.now()),
    );
    r.get(
      '/cadre-directory',
      {
        schema: {
          tags,
          querystring: z.object({ q: z.string().max(50).optional() }),
          response: { 200: z.array(cadreBrief) },
        },
      },
      (req) => people.cadreDirectory(db, actorOf(req), req.query.q),
    );
  };
}
