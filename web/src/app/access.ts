import type { Role, SessionUser } from '@grassroots/core';

// Route access flags and abilities, in ONE place (STYLE 9). The server checks the same rules on
// every call (S2); these only decide what the user is offered.
export type RouteKey =
  | 'home'
  | 'worklog'
  | 'youth'
  | 'contact'
  | 'dispatch'
  | 'cadres'
  | 'organization'
  | 'imports'
  | 'accounts'
  | 'audit';

const businessRoles: readonly Role[] = ['cadre', 'group_leader', 'department_head', 'organ_admin', 'leader'];

export interface RouteAccess {
  key: RouteKey;
  path: string;
  /** null: every signed-in user */
  roles: readonly Role[] | null;
}

export const routes: readonly RouteAccess[] = [
  { key: 'home', path: '/', roles: null },
  { key: 'worklog', path: '/logs', roles: ['cadre', 'group_leader', 'department_head', 'organ_admin'] },
  { key: 'youth', path: '/youth', roles: ['cadre', 'group_leader', 'department_head'] },
  { key: 'contact', path: '/contact', roles: ['cadre', 'group_leader', 'department_head', 'organ_admin'] },
  { key: 'dispatch', path: '/dispatch', roles: ['organ_admin', 'leader'] },
  { key: 'cadres', path: '/cadres', roles: ['organ_admin', 'department_head'] },
  { key: 'organization', path: '/organization', roles: businessRoles },
  { key: 'imports', path: '/imports', roles: ['organ_admin'] },
  // S9: the three admin roles each get their own page; none of them reads youth personal data.
  { key: 'accounts', path: '/accounts', roles: ['system_admin', 'security_admin'] },
  { key: 'audit', path: '/audit', roles: ['audit_admin'] },
];

export const abilities = {
  editCadres: ['organ_admin'],
  manageExemptions: ['organ_admin'],
  addDepartment: ['organ_admin'],
  editGrassrootsOrgs: ['organ_admin'],
  importData: ['organ_admin'],
  planDispatch: ['organ_admin'],
  createUser: ['system_admin'],
  resetPassword: ['system_admin'],
  editRoles: ['security_admin'],
  unlockUser: ['security_admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Ability = keyof typeof abilities;

export function routeByKey(key: RouteKey): RouteAccess {
  const found = routes.find((r) => r.key === key);
  if (!found) throw new Error(`unknown route ${key}`);
  return found;
}

export function canSee(user: SessionUser, key: RouteKey): boolean {
  const { roles } = routeByKey(key);
  return roles === null || user.roles.some((r) => roles.includes(r));
}

export function can(user: SessionUser, ability: Ability): boolean {
  const allowed: readonly Role[] = abilities[ability];
  return user.roles.some((r) => allowed.includes(r));
}
