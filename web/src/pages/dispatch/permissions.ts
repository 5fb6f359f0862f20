import type { Role } from '@grassroots/core';
import { hasRole, useUser } from '../../app/session';

// D7: who plans rounds. Mirrors the server's `dispatch.plan` permission (organ admin); leadership
// only reads (`dispatch.read`). The server checks it on every call (S2); this only decides what is offered.
const planRoles: readonly Role[] = ['organ_admin'];

export function useCanPlan(): boolean {
  return hasRole(useUser(), planRoles);
}
