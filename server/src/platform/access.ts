import type { Role } from '@grassroots/core';
import { AppError } from './errors';

/** Who is calling: resolved from the session on every request. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  organId: string;
  organName: string;
  organLevel: number;
  cadreId: string | null;
  departmentId: string | null;
  mustChangePassword: boolean;
  ip: string | null;
}

// §1 roles → permissions. S9: the three admin roles hold no permission on personal data.
const permissions = {
  'org.read': [
    'cadre',
    'group_leader',
    'department_head',
    'organ_admin',
    'leader',
    'system_admin',
    'security_admin',
    'audit_admin',
  ],
  'org.manage': ['organ_admin'],
  'grassroots.read': ['cadre', 'group_leader', 'department_head', 'organ_admin', 'leader'],
  'grassroots.write': ['department_head', 'organ_admin'],
  'cadre.read': ['cadre', 'group_leader', 'department_head', 'organ_admin'],
  'cadre.write': ['department_head', 'organ_admin'],
  'cadre.directory': ['system_admin', 'security_admin', 'department_head', 'organ_admin'],
  'exemption.write': ['organ_admin'],
  'import.run': ['organ_admin'],
  'user.read': ['system_admin', 'security_admin'],
  'user.create': ['system_admin'],
  'user.reset': ['system_admin'],
  'user.roles': ['security_admin'],
  'user.unlock': ['security_admin'],
  'audit.read': ['audit_admin'],
  'worklog.write': ['cadre', 'group_leader', 'department_head'],
  'worklog.read': ['cadre', 'group_leader', 'department_head', 'organ_admin'],
  'youth.own': ['cadre', 'group_leader', 'department_head'],
  // R5/Y4: a cadre imports into their own contacts; admins never upload youth personal data.
  'youth.import': ['cadre', 'group_leader', 'department_head'],
  'youth.reveal': ['cadre', 'group_leader', 'department_head', 'organ_admin'],
  // C1–C9: the contact mechanism. Reading is scoped per cadre in the services (self ⊂ department ⊂ organ).
  'contact.read': ['cadre', 'group_leader', 'department_head', 'organ_admin'],
  'contact.admin': ['organ_admin'],
  'contact.manage': ['department_head', 'organ_admin'],
  'contact.review': ['department_head'],
  'contact.own': ['cadre', 'group_leader', 'department_head'],
  'contact.points': ['cadre', 'group_leader', 'department_head'],
  // D1–D8: dispatch rounds. Planning is the organization department's; leadership reads; cadres see their own.
  'dispatch.plan': ['organ_admin'],
  'dispatch.read': ['organ_admin', 'leader'],
  'dispatch.own': ['cadre', 'group_leader', 'department_head'],
  // X3: everyone reads their own in-app notifications.
  'notify.own': [
    'cadre',
    'group_leader',
    'department_head',
    'organ_admin',
    'leader',
    'system_admin',
    'security_admin',
    'audit_admin',
  ],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(actor: Actor, permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

/** STYLE 4: the first line of a service function that touches a record. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
}

/** §1 data scope for cadre records: organ ⊃ department ⊃ self. The widest the actor's roles give. */
export type CadreScope =
  | { kind: 'organ'; organId: string }
  | { kind: 'department'; organId: string; departmentId: string }
  | { kind: 'self'; organId: string; cadreId: string }
  /** A dispatch group leader: self and the members of the groups led (who may be of other organs, D6). */
  | { kind: 'group'; organId: string; cadreId: string }
  | { kind: 'none' };

export function cadreScope(actor: Actor): CadreScope {
  if (actor.roles.includes('organ_admin')) return { kind: 'organ', organId: actor.organId };
  if (actor.roles.includes('department_head') && actor.departmentId) {
    return { kind: 'department', organId: actor.organId, departmentId: actor.departmentId };
  }
  if (actor.roles.includes('group_leader') && actor.cadreId) {
    return { kind: 'group', organId: actor.organId, cadreId: actor.cadreId };
  }
  if (actor.roles.includes('cadre') && actor.cadreId) {
    return { kind: 'self', organId: actor.organId, cadreId: actor.cadreId };
  }
  return { kind: 'none' };
}
