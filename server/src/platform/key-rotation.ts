import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cadres, youthContacts } from '../db/schema';
import { appendAudit } from './audit';
import { normalisePhone, type FieldCipher } from './crypto';

/**
 * S8: re-seal every encrypted field under a new data key, and recompute the blind indexes that depend on
 * it, in one transaction: either every row moves to the new key or none does.
 */
export async function rotateDataKey(
  db: Db,
  from: FieldCipher,
  to: FieldCipher,
  now: Date,
  only?: { organId: string }, // tests sharing one database rotate their own tenant only
) {
  return db.transaction(async (tx) => {
    const reseal = (sealed: string) => {
      const phone = from.decrypt(sealed);
      return { enc: to.encrypt(phone), hash: to.blindIndex(normalisePhone(phone)) };
    };
    const cadreRows = await tx
      .select({ id: cadres.id, phoneEnc: cadres.phoneEnc })
      .from(cadres)
      .where(only ? eq(cadres.organId, only.organId) : undefined);
    for (const row of cadreRows) {
      const { enc, hash } = reseal(row.phoneEnc);
      await tx.update(cadres).set({ phoneEnc: enc, phoneHash: hash }).where(eq(cadres.id, row.id));
    }
    const youthRows = await tx
      .select({ id: youthContacts.id, phoneEnc: youthContacts.phoneEnc })
      .from(youthContacts)
      .where(
        and(isNotNull(youthContacts.phoneEnc), only ? eq(youthContacts.organId, only.organId) : undefined),
      );
    for (const row of youthRows) {
      if (!row.phoneEnc) continue;
      const { enc, hash } = reseal(row.phoneEnc);
      await tx
        .update(youthContacts)
        .set({ phoneEnc: enc, phoneHash: hash })
        .where(eq(youthContacts.id, row.id));
    }
    const counts = { cadres: cadreRows.length, youth: youthRows.length };
    await appendAudit(
      tx,
      { organId: null, actorName: 'cli', action: 'system.key_rotation', details: counts },
      now,
    );
    return counts;
  });
}
