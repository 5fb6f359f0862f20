import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, loginBody, loginReply, meReply, okBody } from '@grassroots/core';
import type { AppDeps } from '../../deps';
import { appendAudit } from '../../platform/audit';
import { actorOf } from '../../platform/http';
import { deleteSession, resolveSession, SESSION_COOKIE } from '../../platform/session';
import { AppError } from '../../platform/errors';
import { changePassword, login, sessionUserOf } from './auth.service';

export function authRoutes(deps: AppDeps) {
  const cookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.config.secureCookies,
      path: '/',
    });

  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/health',
      { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } } },
      () => ({
        status: 'ok' as const,
      }),
    );

    r.post(
      '/auth/login',
      {
        config: { rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } },
        schema: { tags: ['auth'], body: loginBody, response: { 200: loginReply } },
      },
      async (req, reply) => {
        const { token, csrfToken } = await login(deps.db, { ...req.body, ip: req.ip }, deps.now());
        const found = await resolveSession(deps.db, token, req.ip, deps.now());
        if (found.status !== 'ok') throw new AppError('UNAUTHENTICATED');
        cookie(reply, token);
        return { user: sessionUserOf(found.actor), csrfToken };
      },
    );

    r.post('/auth/logout', { schema: { tags: ['auth'], response: { 200: okBody } } }, async (req, reply) => {
      const actor = actorOf(req);
      const token = req.cookies[SESSION_COOKIE];
      await deps.db.transaction(async (tx) => {
        if (token) await deleteSession(tx, token);
        await appendAudit(
          tx,
          {
            organId: actor.organId,
            actorId: actor.userId,
            actorName: actor.username,
            ip: req.ip,
            action: 'auth.logout',
          },
          deps.now(),
        );
      });
      // S10: tell the browser to drop what it cached for this origin.
      void reply.clearCookie(SESSION_COOKIE, { path: '/' }).header('Clear-Site-Data', '"cache", "storage"');
      return { ok: true as const };
    });

    r.post(
      '/auth/password',
      { schema: { tags: ['auth'], body: changePasswordBody, response: { 200: meReply } } },
      async (req, reply) => {
        const { token, csrfToken } = await changePassword(deps.db, actorOf(req), req.body, deps.now());
        const found = await resolveSession(deps.db, token, req.ip, deps.now());
        if (found.status !== 'ok') throw new AppError('UNAUTHENTICATED');
        cookie(reply, token);
        return { user: sessionUserOf(found.actor), csrfToken };
      },
    );

    r.get('/me', { schema: { tags: ['auth'], response: { 200: meReply } } }, (req) => ({
      user: sessionUserOf(actorOf(req)),
      csrfToken: req.csrfToken ?? '',
    }));
  };
}
