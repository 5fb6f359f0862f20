import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  columnMappingBody,
  columnMappingView,
  importKind,
  importQuery,
  importReply,
  importTemplateQuery,
  okBody,
  youthImportQuery,
} from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { AppError } from '../../platform/errors';
import { actorOf } from '../../platform/http';
import * as imports from './imports.service';
import * as youthImport from './youth-import.service';

const kindParams = z.object({ kind: importKind });

/** The uploaded spreadsheet (multipart field `file`), read into memory within the configured size limit. */
async function uploaded(req: FastifyRequest): Promise<{ bytes: Buffer; fileName: string }> {
  if (!req.isMultipart()) throw new AppError('NO_FILE');
  const part = await req.file();
  if (part?.fieldname !== 'file') throw new AppError('NO_FILE');
  return { bytes: await part.toBuffer(), fileName: part.filename };
}

/** R5/X8 routes: templates, imports, saved column mappings (access: route-access table). */
export function importRoutes(deps: AppDeps) {
  const { db, cipher } = deps;
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['imports'];
    // R5/Y4: static youth routes win over '/imports/:kind' in the router; a cadre imports their own contacts.
    r.get(
      '/imports/youth/template',
      { schema: { tags, querystring: importTemplateQuery } },
      async (req, reply) => {
        const file = await youthImport.youthTemplate(actorOf(req), req.query.format);
        return reply.type(file.contentType).header('Content-Disposition', file.disposition).send(file.body);
      },
    );
    r.post(
      '/imports/youth',
      {
        schema: {
          tags,
          querystring: youthImportQuery,
          consumes: ['multipart/form-data'],
          response: { 200: importReply },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const input = { ...(await uploaded(req)), dryRun: req.query.dryRun === 'true' };
        return youthImport.runYouthImport(db, cipher, actor, input, req.lang, deps.now());
      },
    );
    r.get(
      '/imports/:kind/template',
      { schema: { tags, params: kindParams, querystring: importTemplateQuery } },
      async (req, reply) => {
        const file = await imports.template(db, actorOf(req), req.params.kind, req.query.format);
        return reply.type(file.contentType).header('Content-Disposition', file.disposition).send(file.body);
      },
    );
    r.post(
      '/imports/:kind',
      {
        schema: {
          tags,
          params: kindParams,
          querystring: importQuery,
          consumes: ['multipart/form-data'],
          response: { 200: importReply },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        imports.importable(req.params.kind);
        const file = await uploaded(req);
        const input = {
          kind: req.params.kind,
          ...file,
          dryRun: req.query.dryRun === 'true',
          mappingId: req.query.mappingId,
        };
        return imports.runImport(db, cipher, actor, input, req.lang, deps.now());
      },
    );
    r.get(
      '/import-mappings',
      {
        schema: {
          tags,
          querystring: z.object({ kind: importKind.optional() }),
          response: { 200: z.array(columnMappingView) },
        },
      },
      (req) => imports.listMappings(db, actorOf(req), req.query.kind),
    );
    r.post(
      '/import-mappings',
      { schema: { tags, body: columnMappingBody, response: { 200: columnMappingView } } },
      (req) => imports.createMapping(db, actorOf(req), req.body, deps.now()),
    );
    r.delete(
      '/import-mappings/:id',
      { schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: okBody } } },
      (req) => imports.deleteMapping(db, actorOf(req), req.params.id, deps.now()),
    );
  };
}
