import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dispatchMapView,
  myAssignmentView,
  pageOf,
  planEditBody,
  planVersionItem,
  planVersionQuery,
  planVersionView,
  publishBody,
  publishReply,
  roundBody,
  roundPatch,
  roundQuery,
  roundView,
  solveBody,
  validateBody,
  validateReply,
} from '@grassroots/core';
import { problemSchema } from '@grassroots/core/dispatch/index';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import { attachment } from '../imports/template';
import { exportPlan, XLSX_TYPE } from './export.service';
import { planMap } from './map.service';
import { myAssignments } from './my.service';
import * as plans from './plans.service';
import { publishRound } from './publish.service';
import * as rounds from './rounds.service';

const idParams = z.object({ id: z.uuid() });
const versionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().positive() });

/** D1–D8, A5: dispatch rounds, plan versions, publishing, export, map and the cadre's own assignments. */
// A national plan (6,400 cadres with their groups) is a few MB of JSON; other bodies keep the 1 MB default.
const PLAN_BODY_LIMIT = 8 * 1024 * 1024;

export function dispatchRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['dispatch'];
    r.post('/dispatch/rounds', { schema: { tags, body: roundBody, response: { 200: roundView } } }, (req) =>
      rounds.createRound(deps, actorOf(req), req.body),
    );
    r.get(
      '/dispatch/rounds',
      { schema: { tags, querystring: roundQuery, response: { 200: pageOf(roundView) } } },
      (req) => rounds.listRounds(deps, actorOf(req), req.query),
    );
    r.get(
      '/dispatch/rounds/:id',
      { schema: { tags, params: idParams, response: { 200: roundView } } },
      (req) => rounds.getRound(deps, actorOf(req), req.params.id),
    );
    r.patch(
      '/dispatch/rounds/:id',
      { schema: { tags, params: idParams, body: roundPatch, response: { 200: roundView } } },
      (req) => rounds.updateRound(deps, actorOf(req), req.params.id, req.body),
    );
    r.get(
      '/dispatch/rounds/:id/problem',
      { schema: { tags, params: idParams, response: { 200: problemSchema } } },
      (req) => rounds.roundProblem(deps, actorOf(req), req.params.id),
    );
    r.post(
      '/dispatch/rounds/:id/solve',
      { schema: { tags, params: idParams, body: solveBody.nullish(), response: { 200: planVersionView } } },
      (req) => plans.solveRound(deps, actorOf(req), req.params.id, req.body?.note ?? ''),
    );
    r.post(
      '/dispatch/rounds/:id/validate',
      {
        bodyLimit: PLAN_BODY_LIMIT,
        schema: { tags, params: idParams, body: validateBody, response: { 200: validateReply } },
      },
      (req) => plans.validateRoundPlan(deps, actorOf(req), req.params.id, req.body.plan),
    );
    r.post(
      '/dispatch/rounds/:id/plans',
      {
        bodyLimit: PLAN_BODY_LIMIT,
        schema: { tags, params: idParams, body: planEditBody, response: { 200: planVersionView } },
      },
      (req) => plans.saveEditedPlan(deps, actorOf(req), req.params.id, req.body),
    );
    r.get(
      '/dispatch/rounds/:id/plans',
      {
        schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(planVersionItem) }) } },
      },
      (req) => plans.listPlanVersions(deps, actorOf(req), req.params.id),
    );
    r.get(
      '/dispatch/rounds/:id/plans/:version',
      { schema: { tags, params: versionParams, response: { 200: planVersionView } } },
      (req) => plans.getPlanVersion(deps, actorOf(req), req.params.id, req.params.version),
    );
    r.post(
      '/dispatch/rounds/:id/publish',
      { schema: { tags, params: idParams, body: publishBody, response: { 200: publishReply } } },
      (req) => publishRound(deps, actorOf(req), req.params.id, req.body.version),
    );
    r.get(
      '/dispatch/rounds/:id/export',
      { schema: { tags, params: idParams, querystring: planVersionQuery } },
      async (req, reply) => {
        const file = await exportPlan(deps, actorOf(req), req.params.id, req.query);
        return reply
          .header('Content-Type', XLSX_TYPE)
          .header('Content-Disposition', attachment(file.fileName, file.asciiName))
          .send(file.body);
      },
    );
    r.get(
      '/dispatch/rounds/:id/map',
      {
        schema: { tags, params: idParams, querystring: planVersionQuery, response: { 200: dispatchMapView } },
      },
      (req) => planMap(deps, actorOf(req), req.params.id, req.query),
    );
    r.get(
      '/dispatch/my-assignments',
      { schema: { tags, response: { 200: z.object({ items: z.array(myAssignmentView) }) } } },
      async (req) => ({ items: await myAssignments(deps, actorOf(req)) }),
    );
  };
}
