import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cadres, organs, sessions, users } from '../db/schema';
import type { Actor } from './access';
import { randomToken } from './crypto';

export const SESSION_COOKIE = 'gr_session';
export const IDLE_MS = 30 * 60 * 1000; // S1: idle sessions end after 30 minutes
const TOUCH_MS = 60 * 1000;

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, userId: string, organId: string, ip: string | null, now: Date) {
  const token = randomToken();
  const csrfToken = randomToken();
  await db
    .insert(sessions)
    .values({ id: digest(token), userId, organId, csrfToken, createdAt: now, lastSeenAt: now, ip });
  return { token, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, digest(token)));
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export type SessionLookup =
  { status: 'none' } | { status: 'expired' } | { status: 'ok'; actor: Actor; csrfToken: string };

/** Resolve the cookie to an actor; an idle session is deleted and reported as expired. */
export async function resolveSession(
  db: Db,
  token: string,
  ip: string | null,
  now: Date,
): Promise<SessionLookup> {
  const id = digest(token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      csrfToken: sessions.csrfToken,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      disabled: users.disabled,
      organId: users.organId,
      organName: organs.name,
      organLevel: organs.level,
      cadreId: users.cadreId,
      departmentId: cadres.departmentId,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organs, eq(organs.id, users.organId))
    .leftJoin(cadres, eq(cadres.id, users.cadreId))
    .where(eq(sessions.id, id));
  if (!row || row.disabled) return { status: 'none' };
  if (now.getTime() - row.lastSeenAt.getTime() > IDLE_MS) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return { status: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    status: 'ok',
    csrfToken: row.csrfToken,
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      roles: row.roles,
      organId: row.organId,
      organName: row.organName,
      organLevel: row.organLevel,
      cadreId: row.cadreId,
      departmentId: row.departmentId,
      mustChangePassword: row.mustChangePassword,
      ip,
    },
  };
}
