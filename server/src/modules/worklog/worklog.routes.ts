import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attachmentView,
  commentBody,
  commentView,
  countsQuery,
  countsView,
  entryAmend,
  entryBody,
  entryListItem,
  entryQuery,
  entryView,
  entryWithdraw,
  pageOf,
  recentView,
  worklogLimits,
  yearRange,
} from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { AppError } from '../../platform/errors';
import { actorOf } from '../../platform/http';
import type { Storage } from '../../platform/storage';
import { readAttachment, saveAttachment } from './attachments';
import { cadreCounts, entryIdsBehind, recent } from './counts.service';
import * as worklog from './worklog.service';

const idParams = z.object({ id: z.uuid() });
const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(8).max(128).optional() });

export function worklogRoutes(deps: AppDeps & { storage: Storage }) {
  const { db } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['worklog'];
    r.post(
      '/logs',
      { schema: { tags, headers: idempotencyHeader, body: entryBody, response: { 200: entryView } } },
      (req) => worklog.createEntry(deps, actorOf(req), req.body, req.headers['idempotency-key']),
    );
    r.get(
      '/logs',
      { schema: { tags, querystring: entryQuery, response: { 200: pageOf(entryListItem) } } },
      async (req) => {
        const q = req.query;
        const actor = actorOf(req);
        const period = q.year ? yearRange(q.year) : undefined;
        const ids = q.count
          ? await entryIdsBehind(db, actor, q.cadreId, q.year ?? new Date(deps.now()).getFullYear(), q.count)
          : undefined;
        return worklog.listEntries(
          deps,
          actor,
          {
            cadreId: q.cadreId,
            from: q.from ?? period?.from,
            to: q.to ?? period?.to,
            type: q.type,
            includeWithdrawn: q.includeWithdrawn === 'true',
            ids,
          },
          q,
        );
      },
    );
    r.get(
      '/logs/counts',
      { schema: { tags, querystring: countsQuery, response: { 200: countsView } } },
      (req) => cadreCounts(db, actorOf(req), req.query.cadreId, req.query.year),
    );
    r.get('/logs/recent', { schema: { tags, response: { 200: recentView } } }, (req) =>
      recent(db, actorOf(req)),
    );
    r.get('/logs/:id', { schema: { tags, params: idParams, response: { 200: entryView } } }, (req) =>
      worklog.getEntry(deps, actorOf(req), req.params.id),
    );
    r.patch(
      '/logs/:id',
      { schema: { tags, params: idParams, body: entryAmend, response: { 200: entryView } } },
      (req) => worklog.amendEntry(deps, actorOf(req), req.params.id, req.body),
    );
    r.post(
      '/logs/:id/withdraw',
      { schema: { tags, params: idParams, body: entryWithdraw, response: { 200: entryView } } },
      (req) => worklog.withdrawEntry(deps, actorOf(req), req.params.id, req.body),
    );
    r.post(
      '/logs/:id/comments',
      { schema: { tags, params: idParams, body: commentBody, response: { 200: commentView } } },
      (req) => worklog.commentEntry(deps, actorOf(req), req.params.id, req.body.body),
    );
    r.post(
      '/attachments',
      { schema: { tags, consumes: ['multipart/form-data'], response: { 200: attachmentView } } },
      async (req) => {
        const actor = actorOf(req);
        const file = await req.file({ limits: { fileSize: worklogLimits.attachmentBytes, files: 1 } });
        if (!file) throw new AppError('NO_FILE');
        const bytes = await file.toBuffer();
        return saveAttachment(db, deps.storage, actor, { bytes, fileName: file.filename }, deps.now());
      },
    );
    r.get('/attachments/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
      const file = await readAttachment(db, deps.storage, actorOf(req), req.params.id);
      return reply
        .header('Content-Type', file.mime)
        .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    });
  };
}
