import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  departmentBody,
  departmentView,
  divisionQuery,
  divisionView,
  grassrootsOrgBody,
  grassrootsOrgPatch,
  grassrootsOrgQuery,
  grassrootsOrgView,
  organView,
  pageOf,
} from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import { divisionsUnder } from './org.repo';
import * as org from './org.service';

const idParams = z.object({ id: z.uuid() });

export function orgRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['organization'];
    r.get('/organs', { schema: { tags, response: { 200: z.array(organView) } } }, (req) =>
      org.visibleOrgans(deps.db, actorOf(req)),
    );
    r.get(
      '/organs/:id/departments',
      { schema: { tags, params: idParams, response: { 200: z.array(departmentView) } } },
      (req) => org.listDepartments(deps.db, actorOf(req), req.params.id),
    );
    r.post(
      '/organs/:id/departments',
      { schema: { tags, params: idParams, body: departmentBody, response: { 200: departmentView } } },
      (req) => org.createDepartment(deps.db, actorOf(req), req.params.id, req.body, deps.now()),
    );
    r.get(
      '/divisions',
      { schema: { tags, querystring: divisionQuery, response: { 200: z.array(divisionView) } } },
      (req) => divisionsUnder(deps.db, req.query.parent),
    );
    r.get(
      '/grassroots-orgs',
      { schema: { tags, querystring: grassrootsOrgQuery, response: { 200: pageOf(grassrootsOrgView) } } },
      (req) => org.listGrassrootsOrgs(deps.db, actorOf(req), req.query),
    );
    r.post(
      '/grassroots-orgs',
      { schema: { tags, body: grassrootsOrgBody, response: { 200: grassrootsOrgView } } },
      (req) => org.createGrassrootsOrg(deps.db, actorOf(req), req.body, deps.now()),
    );
    r.get(
      '/grassroots-orgs/:id',
      { schema: { tags, params: idParams, response: { 200: grassrootsOrgView } } },
      (req) => org.getGrassrootsOrg(deps.db, actorOf(req), req.params.id),
    );
    r.patch(
      '/grassroots-orgs/:id',
      { schema: { tags, params: idParams, body: grassrootsOrgPatch, response: { 200: grassrootsOrgView } } },
      (req) => org.updateGrassrootsOrg(deps.db, actorOf(req), req.params.id, req.body, deps.now()),
    );
  };
}
