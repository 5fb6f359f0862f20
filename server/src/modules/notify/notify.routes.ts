import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationPage, notificationQuery, notificationView } from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import * as notify from './notify.service';

const idParams = z.object({ id: z.uuid() });

/** X3: the caller's in-app notifications. */
export function notifyRoutes(deps: AppDeps) {
  const { db } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['notifications'];
    r.get(
      '/notifications',
      { schema: { tags, querystring: notificationQuery, response: { 200: notificationPage } } },
      (req) => notify.listNotifications(db, actorOf(req), req.query),
    );
    r.post(
      '/notifications/:id/read',
      { schema: { tags, params: idParams, response: { 200: notificationView } } },
      (req) => notify.markRead(db, actorOf(req), req.params.id, deps.now()),
    );
    r.post(
      '/notifications/read-all',
      { schema: { tags, response: { 200: z.object({ updated: z.number().int() }) } } },
      (req) => notify.markAllRead(db, actorOf(req), deps.now()),
    );
  };
}
