import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { passwordStrong, type SessionUser } from '@grassroots/core';
import type { Db } from '../../db/client';
import { organs, users } from '../../db/schema';
import type { Actor } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { createSession, deleteUserSessions } from '../../platform/session';

export const MAX_FAILURES = 5; // S1
export const LOCK_MS = 15 * 60 * 1000; // S1

// argon2id is the library's default (S8); a dummy hash keeps unknown usernames as slow as known ones.
export const hashPassword = (pw: string): Promise<string> => hash(pw);
let dummyHash: Promise<string> | undefined;

export function sessionUserOf(actor: Actor): SessionUser {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    organId: actor.organId,
    organName: actor.organName,
    cadreId: actor.cadreId,
    departmentId: actor.departmentId,
    mustChangePassword: actor.mustChangePassword,
  };
}

/** S1: argon2id check with per-account lockout (5 failures → 15 minutes, 423 meanwhile). */
export async function login(
  db: Db,
  input: { username: string; password: string; ip: string | null },
  now: Date,
) {
  const [user] = await db
    .select({ u: users, organName: organs.name })
    .from(users)
    .innerJoin(organs, eq(organs.id, users.organId))
    .where(eq(users.username, input.username));
  const audit = (organId: string | null, outcome: 'success' | 'failure' | 'denied', reason?: string) =>
    db.transaction((tx) =>
      appendAudit(
        tx,
        {
          organId,
          actorId: user?.u.id ?? null,
          actorName: input.username,
          ip: input.ip,
          action: 'auth.login',
          outcome,
          details: reason ? { reason } : null,
        },
        now,
      ),
    );
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password-1A!');
    await verify(await dummyHash, input.password).catch(() => false);
    await audit(null, 'failure', 'unknown user');
    throw new AppError('BAD_CREDENTIALS');
  }
  const u = user.u;
  if (u.disabled) {
    await audit(u.organId, 'denied', 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (u.lockedUntil && u.lockedUntil.getTime() > now.getTime()) {
    await audit(u.organId, 'denied', 'locked');
    throw new AppError('ACCOUNT_LOCKED', {
      minutes: Math.ceil((u.lockedUntil.getTime() - now.getTime()) / 60000),
    });
  }
  const ok = await verify(u.passwordHash, input.password).catch(() => false);
  if (!ok) {
    const failures = u.failedCount + 1;
    const lock = failures >= MAX_FAILURES;
    await db
      .update(users)
      .set(
        lock ? { failedCount: 0, lockedUntil: new Date(now.getTime() + LOCK_MS) } : { failedCount: failures },
      )
      .where(eq(users.id, u.id));
    await audit(u.organId, 'failure', lock ? 'bad password; locked' : 'bad password');
    if (lock) throw new AppError('ACCOUNT_LOCKED', { minutes: LOCK_MS / 60000 });
    throw new AppError('BAD_CREDENTIALS');
  }
  const session = await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, u.id));
    await appendAudit(
      tx,
      { organId: u.organId, actorId: u.id, actorName: u.username, ip: input.ip, action: 'auth.login' },
      now,
    );
    return createSession(tx, u.id, u.organId, input.ip, now);
  });
  return { ...session, userId: u.id };
}

/** S1: change one's own password; the pending first-login change is cleared and other sessions end. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  now: Date,
) {
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!u) throw new AppError('UNAUTHENTICATED');
  if (!(await verify(u.passwordHash, input.currentPassword).catch(() => false)))
    throw new AppError('PASSWORD_WRONG');
  if (!passwordStrong(input.newPassword)) throw new AppError('PASSWORD_WEAK');
  if (input.currentPassword === input.newPassword) throw new AppError('PASSWORD_REUSED');
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, u.id));
    await deleteUserSessions(tx, u.id);
    await appendAudit(
      tx,
      { organId: u.organId, actorId: u.id, actorName: u.username, ip: actor.ip, action: 'auth.password' },
      now,
    );
    return createSession(tx, u.id, u.organId, actor.ip, now);
  });
}
