import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import { can, type Actor } from './access';
import { AppError } from './errors';
import { langOf, translate, type Lang } from './i18n';
import { isDocumentationRoute, routeAccess } from './route-access';
import { resolveSession, SESSION_COOKIE } from './session';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    actor: Actor | null;
    csrfToken: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The signed-in actor of a route that the access table guards. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

/** S2: authentication, idle timeout, CSRF and the route access table, before any body is read. */
export function registerAccessHooks(app: FastifyInstance, deps: { db: Db; now: () => Date }): void {
  app.decorateRequest('lang', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req) => {
    req.lang = langOf(req.headers['accept-language']);
    const url = req.routeOptions.url;
    if (!req.url.startsWith('/api/') || url === undefined || isDocumentationRoute(url)) return;
    const rule = routeAccess[`${req.method} ${url}`];
    if (!rule) throw new AppError('FORBIDDEN');
    if (rule.auth === 'public') return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED');
    const found = await resolveSession(deps.db, token, req.ip, deps.now());
    if (found.status === 'expired') throw new AppError('SESSION_EXPIRED');
    if (found.status === 'none') throw new AppError('UNAUTHENTICATED');
    req.actor = found.actor;
    req.csrfToken = found.csrfToken;
    if (UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== found.csrfToken) throw new AppError('CSRF');
    if (found.actor.mustChangePassword && !(rule.auth === 'session' && rule.passwordChange)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (rule.auth === 'permission' && !can(found.actor, rule.permission)) throw new AppError('FORBIDDEN');
  });
  app.addHook('onSend', async (req, reply) => {
    // S10: API answers may carry personal data; never cache them.
    if (req.url.startsWith('/api/v1/')) void reply.header('Cache-Control', 'no-store');
  });
}

function send(reply: FastifyReply, req: FastifyRequest, err: AppError) {
  return reply.status(err.status).send({
    error: { code: err.code, message: translate(err.code, req.lang, err.params), details: err.details },
  });
}

/** S3: one error shape, in the caller's language; nothing turns into a 500 but a real fault. */
export function registerErrorHandling(app: FastifyInstance, opts: { spaIndex: boolean }): void {
  // The one not-found handler: with the web app served, a page address gets index.html (SPA routing).
  app.setNotFoundHandler((req, reply) => {
    if (opts.spaIndex && req.method === 'GET' && !req.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return send(reply, req, new AppError('ROUTE_NOT_FOUND'));
  });
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return send(reply, req, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({ path: v.instancePath, message: v.message }));
      const summary = details
        .map((d) => `${d.path.replace(/^\//, '') || error.validationContext}: ${d.message ?? ''}`)
        .join('; ');
      return send(reply, req, new AppError('VALIDATION', { summary }, details, 400));
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error }, 'response did not match its schema');
      return send(reply, req, new AppError('INTERNAL'));
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
      return send(reply, req, new AppError('FILE_TOO_LARGE'));
    }
    if (error.statusCode === 429) return send(reply, req, new AppError('RATE_LIMITED'));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, req, new AppError('BAD_REQUEST', {}, { reason: error.message }, error.statusCode));
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, req, new AppError('INTERNAL'));
  });
}
