import { z } from 'zod';
import { uuid } from './common';

// SPEC §11 role names; the three admin roles are separate accounts (S9).
export const roles = [
  'cadre',
  'group_leader',
  'department_head',
  'organ_admin',
  'leader',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;
export const adminRoles: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin'];

// S1: at least 8 characters with 3 of the 4 character classes.
export function passwordStrong(pw: string): boolean {
  if (pw.length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(pw)).length;
  return classes >= 3;
}
export const newPassword = z.string().max(128).refine(passwordStrong, { message: 'password.weak' });

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const sessionUser = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  organId: uuid,
  organName: z.string(),
  cadreId: uuid.nullable(),
  departmentId: uuid.nullable(),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const loginReply = z.object({ user: sessionUser, csrfToken: z.string() });
export const meReply = z.object({ user: sessionUser, csrfToken: z.string() });

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword,
});

export const userCreateBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,64}$/),
  password: newPassword,
  roles: z.array(role).min(1),
  cadreId: uuid.optional(),
  organId: uuid,
  displayName: z.string().trim().min(1).max(50).optional(),
});
export const userRolesBody = z.object({ roles: z.array(role).min(1) });

export const userView = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  organId: uuid,
  cadreId: uuid.nullable(),
  lockedUntil: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type UserView = z.infer<typeof userView>;
