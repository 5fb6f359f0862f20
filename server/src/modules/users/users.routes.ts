import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery, userCreateBody, userRolesBody, userView } from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import * as usersService from './users.service';

const idParams = z.object({ id: z.uuid() });

export function userRoutes(deps: AppDeps) {
  const { db } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['accounts'];
    r.get(
      '/users',
      { schema: { tags, querystring: pageQuery, response: { 200: pageOf(userView) } } },
      (req) => usersService.listUsers(db, actorOf(req), req.query),
    );
    r.post('/users', { schema: { tags, body: userCreateBody, response: { 200: userView } } }, (req) =>
      usersService.createUser(db, actorOf(req), req.body, deps.now()),
    );
    r.put(
      '/users/:id/roles',
      { schema: { tags, params: idParams, body: userRolesBody, response: { 200: userView } } },
      (req) => usersService.setRoles(db, actorOf(req), req.params.id, req.body.roles, deps.now()),
    );
    r.post('/users/:id/unlock', { schema: { tags, params: idParams, response: { 200: userView } } }, (req) =>
      usersService.unlockUser(db, actorOf(req), req.params.id, deps.now()),
    );
    r.post(
      '/users/:id/reset-password',
      { schema: { tags, params: idParams, response: { 200: z.object({ password: z.string() }) } } },
      (req) => usersService.resetPassword(db, actorOf(req), req.params.id, deps.now()),
    );
  };
}
