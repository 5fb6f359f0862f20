import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assignmentPut,
  assignmentReply,
  contactPointsBody,
  contactPointsView,
  departmentPlansReply,
  departmentPlanView,
  inclusionBody,
  pageOf,
  participantsReply,
  participantView,
  pointCandidate,
  pointCandidateQuery,
  progressQuery,
  progressReply,
  researchPut,
  researchReply,
  reviewBody,
  ruleSetPut,
  ruleSetReply,
  taskDoneBody,
  taskIndexParams,
  taskListBody,
  taskListView,
  yearCadreParams,
  yearDepartmentParams,
  yearParams,
} from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { actorOf } from '../../platform/http';
import { listDepartmentPlans, submitDepartmentPlan } from './plans.service';
import { listParticipants, setInclusion } from './participants.service';
import { getPoints, pointCandidates, putPoints } from './points.service';
import { getProgress } from './progress.service';
import { getResearch, putResearch } from './research.service';
import { getAssignment, getRuleSet, putAssignment, putRuleSet } from './rules.service';
import { getTaskList, markTask, proposeTaskList, reviewTaskList } from './task-list.service';

/** C1–C9 and A1: the contact mechanism (密切联系青年) and the progress of SPEC §11. */
export function contactRoutes(deps: AppDeps) {
  const d = { db: deps.db, now: deps.now };
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['contact'];
    const cadrePath = '/contact/:year/cadres/:cadreId';

    r.get(
      '/contact/:year/rule-set',
      { schema: { tags, params: yearParams, response: { 200: ruleSetReply } } },
      (req) => getRuleSet(d, actorOf(req), req.params.year),
    );
    r.put(
      '/contact/:year/rule-set',
      { schema: { tags, params: yearParams, body: ruleSetPut, response: { 200: ruleSetReply } } },
      (req) => putRuleSet(d, actorOf(req), req.params.year, req.body),
    );
    r.get(
      '/contact/:year/assignment',
      { schema: { tags, params: yearParams, response: { 200: assignmentReply } } },
      (req) => getAssignment(d, actorOf(req), req.params.year),
    );
    r.put(
      '/contact/:year/assignment',
      { schema: { tags, params: yearParams, body: assignmentPut, response: { 200: assignmentReply } } },
      (req) => putAssignment(d, actorOf(req), req.params.year, req.body),
    );

    r.get(
      '/contact/:year/participants',
      { schema: { tags, params: yearParams, response: { 200: participantsReply } } },
      (req) => listParticipants(d, actorOf(req), req.params.year),
    );
    r.post(
      '/contact/:year/participants/:cadreId',
      { schema: { tags, params: yearCadreParams, body: inclusionBody, response: { 200: participantView } } },
      (req) => setInclusion(d, actorOf(req), req.params.year, req.params.cadreId, req.body.included),
    );

    r.get(
      '/contact/point-candidates',
      { schema: { tags, querystring: pointCandidateQuery, response: { 200: pageOf(pointCandidate) } } },
      (req) => pointCandidates(d, actorOf(req), req.query),
    );
    r.get(
      `${cadrePath}/points`,
      { schema: { tags, params: yearCadreParams, response: { 200: contactPointsView } } },
      (req) => getPoints(d, actorOf(req), req.params.year, req.params.cadreId),
    );
    r.put(
      `${cadrePath}/points`,
      {
        schema: {
          tags,
          params: yearCadreParams,
          body: contactPointsBody,
          response: { 200: contactPointsView },
        },
      },
      (req) => putPoints(d, actorOf(req), req.params.year, req.params.cadreId, req.body),
    );

    r.get(
      `${cadrePath}/task-list`,
      { schema: { tags, params: yearCadreParams, response: { 200: taskListView } } },
      (req) => getTaskList(d, actorOf(req), req.params.year, req.params.cadreId),
    );
    r.put(
      `${cadrePath}/task-list`,
      { schema: { tags, params: yearCadreParams, body: taskListBody, response: { 200: taskListView } } },
      (req) => proposeTaskList(d, actorOf(req), req.params.year, req.params.cadreId, req.body),
    );
    for (const decision of ['approve', 'return'] as const) {
      r.post(
        `${cadrePath}/task-list/${decision}`,
        { schema: { tags, params: yearCadreParams, body: reviewBody, response: { 200: taskListView } } },
        (req) => reviewTaskList(d, actorOf(req), req.params.year, req.params.cadreId, req.body, decision),
      );
    }
    r.post(
      `${cadrePath}/task-list/tasks/:index`,
      { schema: { tags, params: taskIndexParams, body: taskDoneBody, response: { 200: taskListView } } },
      (req) => {
        const p = req.params;
        return markTask(d, actorOf(req), p.year, p.cadreId, p.index, req.body.done);
      },
    );

    r.get(
      `${cadrePath}/research`,
      { schema: { tags, params: yearCadreParams, response: { 200: researchReply } } },
      (req) => getResearch(d, actorOf(req), req.params.year, req.params.cadreId),
    );
    r.put(
      `${cadrePath}/research`,
      { schema: { tags, params: yearCadreParams, body: researchPut, response: { 200: researchReply } } },
      (req) => putResearch(d, actorOf(req), req.params.year, req.params.cadreId, req.body),
    );

    r.get(
      '/contact/:year/department-plans',
      { schema: { tags, params: yearParams, response: { 200: departmentPlansReply } } },
      (req) => listDepartmentPlans(d, actorOf(req), req.params.year),
    );
    r.post(
      '/contact/:year/department-plans/:departmentId/submit',
      { schema: { tags, params: yearDepartmentParams, response: { 200: departmentPlanView } } },
      (req) => submitDepartmentPlan(d, actorOf(req), req.params.year, req.params.departmentId),
    );

    r.get(
      '/progress',
      { schema: { tags: ['progress'], querystring: progressQuery, response: { 200: progressReply } } },
      (req) => getProgress(d, actorOf(req), req.query.cadreId, req.query.year),
    );
  };
}
