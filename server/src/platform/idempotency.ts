import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import { AppError } from './errors';

export const requestHash = (body: unknown): string =>
  createHash('sha256').update(JSON.stringify(body)).digest('hex');

/**
 * L3: run `create` at most once per (user, key). The key row is inserted in the same transaction as the
 * work, so a concurrent duplicate waits on the unique key and then reads the stored answer; the same key
 * with another body is refused (422). Returns the stored answer for a replay.
 */
export async function once<T>(
  db: Db,
  scope: { organId: string; userId: string; key: string; body: unknown },
  schema: z.ZodType<T>,
  create: (tx: Db) => Promise<T>,
): Promise<{ replayed: boolean; result: T }> {
  const hash = requestHash(scope.body);
  const attempt = await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ organId: scope.organId, userId: scope.userId, key: scope.key, requestHash: hash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) return null;
    const result = await create(tx);
    await tx
      .update(idempotencyKeys)
      .set({ statusCode: 200, response: result })
      .where(and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.key, scope.key)));
    return { result };
  });
  if (attempt) return { replayed: false, result: attempt.result };
  const [stored] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.key, scope.key)));
  if (!stored || stored.requestHash !== hash) throw new AppError('IDEMPOTENCY_MISMATCH');
  return { replayed: true, result: schema.parse(stored.response) };
}
