import type { SessionUser } from '@grassroots/core';
import { hasRole } from '../../app/session';

// Who is offered what on the work-log pages; the server checks the same rules (S2).
export function canWriteLogs(user: SessionUser): boolean {
  return Boolean(user.cadreId) && hasRole(user, ['cadre', 'group_leader', 'department_head']);
}

/** L5: group leaders, department heads and the organ admin read and comment on entries in their scope. */
export function isSupervisor(user: SessionUser): boolean {
  return hasRole(user, ['group_leader', 'department_head', 'organ_admin']);
}
