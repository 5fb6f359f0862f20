import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { limits } from '@grassroots/core';
import type { AppDeps } from './deps';
import { registerAccessHooks, registerErrorHandling } from './platform/http';
import { AppError } from './platform/errors';
import { authRoutes } from './modules/auth/auth.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { orgRoutes } from './modules/org/org.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { userRoutes } from './modules/users/users.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { worklogRoutes } from './modules/worklog/worklog.routes';
import { youthRoutes } from './modules/youth/youth.routes';
import { dispatchRoutes } from './modules/dispatch/dispatch.routes';
import { notifyRoutes } from './modules/notify/notify.routes';
import { contactRoutes } from './modules/contact/contact.routes';
import { storageFor } from './platform/storage';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildOptions {
  logger?: boolean;
  /** Serve the built web app when it exists (off in API tests). */
  serveWeb?: boolean;
  /** Called for every route as it is added (the access-table test lists them). */
  onRoute?: (route: { method: string; url: string }) => void;
}

/** The whole HTTP application on the given dependencies (used by main.ts and by tests through inject). */
export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] }
      : false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  });
  const onRoute = opts.onRoute;
  if (onRoute) {
    app.addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) onRoute({ method, url: r.url });
    });
  }
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveWeb = opts.serveWeb !== false && existsSync(webDist);
  registerErrorHandling(app, { spaIndex: serveWeb });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd's CSS-in-JS
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'"],
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(multipart, { limits: { fileSize: limits.importFileBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Grassroots API — 团干部下沉基层与密切联系青年工作平台', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gr_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAccessHooks(app, deps);

  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(orgRoutes(deps));
      await api.register(peopleRoutes(deps));
      await api.register(userRoutes(deps));
      await api.register(importRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(
        worklogRoutes({
          ...deps,
          storage: deps.storage ?? storageFor(deps.config),
        }),
      );
      await api.register(youthRoutes(deps));
      await api.register(dispatchRoutes(deps));
      await api.register(notifyRoutes(deps));
      await api.register(contactRoutes(deps));
    },
    { prefix: '/api/v1' },
  );

  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
  }
  return app;
}
