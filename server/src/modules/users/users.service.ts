import { randomInt } from 'node:crypto';
import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { adminRoles, passwordStrong, type Role, type userCreateBody, type UserView } from '@grassroots/core';
import type { Db } from '../../db/client';
import { cadres, users } from '../../db/schema';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { deleteUserSessions } from '../../platform/session';
import { isUniqueViolation } from '../../db/errors';
import { hashPassword } from '../auth/auth.service';
import { visibleOrgans } from '../org/org.service';
import { containsPattern } from '../../db/like';

/** S9: an admin role is the account's only role (三权分立, no super-admin). */
export function checkRoleSet(roles: readonly Role[]): void {
  const admin = roles.filter((r) => adminRoles.includes(r));
  if (admin.length > 0 && roles.length > 1) throw new AppError('ROLE_CONFLICT');
}

/** A printable one-time password meeting S1 (changed at first login). */
export function generatePassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'];
  const chars = Array.from({ length: 12 }, (_, i) => {
    const set = sets[i % sets.length] ?? '';
    return set[randomInt(set.length)] ?? 'x';
  });
  const pw = chars.sort(() => randomInt(3) - 1).join('');
  return passwordStrong(pw) ? pw : generatePassword();
}

function view(u: typeof users.$inferSelect): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    organId: u.organId,
    cadreId: u.cadreId,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

async function organIdsInScope(db: Db, actor: Actor): Promise<string[]> {
  const organs = await visibleOrgans(db, actor);
  // An admin manages its own organ and those below it, not its ancestors.
  const below = new Set([actor.organId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of organs) {
      if (o.parentId && below.has(o.parentId) && !below.has(o.id)) {
        below.add(o.id);
        grew = true;
      }
    }
  }
  return [...below];
}

export async function listUsers(
  db: Db,
  actor: Actor,
  q: { page: number; pageSize: number; q?: string | undefined },
) {
  requirePermission(actor, 'user.read');
  const conds: SQL[] = [inArray(users.organId, await organIdsInScope(db, actor))];
  if (q.q) conds.push(ilike(users.username, containsPattern(q.q)));
  const where = and(...conds);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { items: rows.map(view), total: total?.n ?? 0 };
}

async function userInScope(db: Db, actor: Actor, id: string) {
  const [u] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), inArray(users.organId, await organIdsInScope(db, actor))));
  if (!u) throw notFound();
  return u;
}

export async function createUser(db: Db, actor: Actor, body: z.infer<typeof userCreateBody>, now: Date) {
  requirePermission(actor, 'user.create');
  checkRoleSet(body.roles);
  if (!(await organIdsInScope(db, actor)).includes(body.organId)) throw new AppError('OUT_OF_SCOPE');
  let displayName = body.displayName ?? body.username;
  if (body.cadreId) {
    const [c] = await db
      .select({ name: cadres.name })
      .from(cadres)
      .where(and(eq(cadres.id, body.cadreId), eq(cadres.organId, body.organId)));
    if (!c) throw notFound();
    displayName = body.displayName ?? c.name;
  }
  const passwordHash = await hashPassword(body.password);
  try {
    const [row] = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(users)
        .values({
          organId: body.organId,
          username: body.username,
          displayName,
          passwordHash,
          roles: body.roles,
          cadreId: body.cadreId ?? null,
          mustChangePassword: true,
        })
        .returning();
      const u = inserted[0];
      if (u)
        await auditChange(
          tx,
          actor,
          now,
          'user.create',
          { type: 'user', id: u.id },
          { username: u.username, roles: body.roles },
        );
      return inserted;
    });
    if (!row) throw new AppError('INTERNAL');
    return view(row);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('USERNAME_TAKEN');
    throw e;
  }
}

export async function setRoles(db: Db, actor: Actor, id: string, roles: Role[], now: Date) {
  requirePermission(actor, 'user.roles');
  checkRoleSet(roles);
  if (id === actor.userId) throw new AppError('FORBIDDEN');
  const before = await userInScope(db, actor, id);
  const [row] = await db.transaction(async (tx) => {
    const updated = await tx.update(users).set({ roles }).where(eq(users.id, id)).returning();
    await deleteUserSessions(tx, id);
    await auditChange(
      tx,
      actor,
      now,
      'user.roles',
      { type: 'user', id },
      { before: before.roles, after: roles },
    );
    return updated;
  });
  if (!row) throw notFound();
  return view(row);
}

export async function unlockUser(db: Db, actor: Actor, id: string, now: Date) {
  requirePermission(actor, 'user.unlock');
  await userInScope(db, actor, id);
  const [row] = await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ lockedUntil: null, failedCount: 0 })
      .where(eq(users.id, id))
      .returning();
    await auditChange(tx, actor, now, 'user.unlock', { type: 'user', id });
    return updated;
  });
  if (!row) throw notFound();
  return view(row);
}

export async function resetPassword(db: Db, actor: Actor, id: string, now: Date) {
  requirePermission(actor, 'user.reset');
  await userInScope(db, actor, id);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedCount: 0, lockedUntil: null })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
    await auditChange(tx, actor, now, 'user.reset_password', { type: 'user', id });
  });
  return { password };
}
