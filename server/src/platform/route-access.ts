import type { Permission } from './access';

/**
 * S2/STYLE 4: every API route and who may call it, in one table. A route missing here is refused (fail
 * closed) and fails the access-table test. `session` = any signed-in user; `passwordChange` marks the
 * few routes open while a first-login password change is pending.
 */
export type RouteRule =
  | { auth: 'public' }
  | { auth: 'session'; passwordChange?: true }
  | { auth: 'permission'; permission: Permission };

const p = (permission: Permission): RouteRule => ({ auth: 'permission', permission });

export const routeAccess: Record<string, RouteRule> = {
  'GET /api/v1/health': { auth: 'public' },
  'POST /api/v1/auth/login': { auth: 'public' },
  'POST /api/v1/auth/logout': { auth: 'session', passwordChange: true },
  'POST /api/v1/auth/password': { auth: 'session', passwordChange: true },
  'GET /api/v1/me': { auth: 'session', passwordChange: true },

  'GET /api/v1/organs': p('org.read'),
  'GET /api/v1/organs/:id/departments': p('org.read'),
  'POST /api/v1/organs/:id/departments': p('org.manage'),
  'GET /api/v1/divisions': p('org.read'),
  'GET /api/v1/grassroots-orgs': p('grassroots.read'),
  'POST /api/v1/grassroots-orgs': p('grassroots.write'),
  'GET /api/v1/grassroots-orgs/:id': p('grassroots.read'),
  'PATCH /api/v1/grassroots-orgs/:id': p('grassroots.write'),

  'GET /api/v1/cadres': p('cadre.read'),
  'POST /api/v1/cadres': p('cadre.write'),
  'GET /api/v1/cadres/:id': p('cadre.read'),
  'PATCH /api/v1/cadres/:id': p('cadre.write'),
  'POST /api/v1/cadres/:id/exemptions': p('exemption.write'),
  'POST /api/v1/cadres/:id/exemptions/:exemptionId/revoke': p('exemption.write'),
  'GET /api/v1/cadre-directory': p('cadre.directory'),

  'GET /api/v1/imports/youth/template': p('youth.import'),
  'POST /api/v1/imports/youth': p('youth.import'),
  'GET /api/v1/imports/:kind/template': p('import.run'),
  'POST /api/v1/imports/:kind': p('import.run'),
  'GET /api/v1/import-mappings': p('import.run'),
  'POST /api/v1/import-mappings': p('import.run'),
  'DELETE /api/v1/import-mappings/:id': p('import.run'),

  'GET /api/v1/users': p('user.read'),
  'POST /api/v1/users': p('user.create'),
  'PUT /api/v1/users/:id/roles': p('user.roles'),
  'POST /api/v1/users/:id/unlock': p('user.unlock'),
  'POST /api/v1/users/:id/reset-password': p('user.reset'),

  'POST /api/v1/logs': p('worklog.write'),
  'GET /api/v1/logs': p('worklog.read'),
  'GET /api/v1/logs/counts': p('worklog.read'),
  'GET /api/v1/logs/recent': p('worklog.write'),
  'GET /api/v1/logs/:id': p('worklog.read'),
  'PATCH /api/v1/logs/:id': p('worklog.write'),
  'POST /api/v1/logs/:id/withdraw': p('worklog.write'),
  'POST /api/v1/logs/:id/comments': p('worklog.read'),
  'POST /api/v1/attachments': p('worklog.write'),
  'GET /api/v1/attachments/:id': p('worklog.read'),
  'GET /api/v1/youth': p('youth.own'),
  'POST /api/v1/youth': p('youth.own'),
  'GET /api/v1/youth/:id': p('youth.own'),
  'PATCH /api/v1/youth/:id': p('youth.own'),
  'POST /api/v1/youth/:id/reveal': p('youth.reveal'),
  'GET /api/v1/youth-summary/:cadreId': p('worklog.read'),

  'GET /api/v1/contact/:year/rule-set': p('contact.read'),
  'PUT /api/v1/contact/:year/rule-set': p('contact.admin'),
  'GET /api/v1/contact/:year/assignment': p('contact.read'),
  'PUT /api/v1/contact/:year/assignment': p('contact.admin'),
  'GET /api/v1/contact/:year/participants': p('contact.manage'),
  'POST /api/v1/contact/:year/participants/:cadreId': p('contact.manage'),
  'GET /api/v1/contact/point-candidates': p('contact.read'),
  'GET /api/v1/contact/:year/cadres/:cadreId/points': p('contact.read'),
  'PUT /api/v1/contact/:year/cadres/:cadreId/points': p('contact.points'),
  'GET /api/v1/contact/:year/cadres/:cadreId/task-list': p('contact.read'),
  'PUT /api/v1/contact/:year/cadres/:cadreId/task-list': p('contact.own'),
  'POST /api/v1/contact/:year/cadres/:cadreId/task-list/approve': p('contact.review'),
  'POST /api/v1/contact/:year/cadres/:cadreId/task-list/return': p('contact.review'),
  'POST /api/v1/contact/:year/cadres/:cadreId/task-list/tasks/:index': p('contact.own'),
  'GET /api/v1/contact/:year/cadres/:cadreId/research': p('contact.read'),
  'PUT /api/v1/contact/:year/cadres/:cadreId/research': p('contact.own'),
  'GET /api/v1/contact/:year/department-plans': p('contact.manage'),
  'POST /api/v1/contact/:year/department-plans/:departmentId/submit': p('contact.review'),
  'GET /api/v1/progress': p('contact.read'),

  'POST /api/v1/dispatch/rounds': p('dispatch.plan'),
  'GET /api/v1/dispatch/rounds': p('dispatch.read'),
  'GET /api/v1/dispatch/rounds/:id': p('dispatch.read'),
  'PATCH /api/v1/dispatch/rounds/:id': p('dispatch.plan'),
  'GET /api/v1/dispatch/rounds/:id/problem': p('dispatch.plan'),
  'POST /api/v1/dispatch/rounds/:id/solve': p('dispatch.plan'),
  'POST /api/v1/dispatch/rounds/:id/validate': p('dispatch.plan'),
  'POST /api/v1/dispatch/rounds/:id/plans': p('dispatch.plan'),
  'GET /api/v1/dispatch/rounds/:id/plans': p('dispatch.read'),
  'GET /api/v1/dispatch/rounds/:id/plans/:version': p('dispatch.read'),
  'POST /api/v1/dispatch/rounds/:id/publish': p('dispatch.plan'),
  'GET /api/v1/dispatch/rounds/:id/export': p('dispatch.read'),
  'GET /api/v1/dispatch/rounds/:id/map': p('dispatch.read'),
  'GET /api/v1/dispatch/my-assignments': p('dispatch.own'),

  'GET /api/v1/notifications': p('notify.own'),
  'POST /api/v1/notifications/:id/read': p('notify.own'),
  'POST /api/v1/notifications/read-all': p('notify.own'),

  'GET /api/v1/audit': p('audit.read'),
  'GET /api/v1/audit/verify': p('audit.read'),
};

/** Routes outside the table on purpose: the generated API documentation is public. */
export function isDocumentationRoute(url: string): boolean {
  return url === '/api/docs' || url.startsWith('/api/docs/');
}
