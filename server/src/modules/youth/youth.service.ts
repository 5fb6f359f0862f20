import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  inlineYouth,
  isMinor,
  isOverdue,
  shanghaiDate,
  youthBody,
  type youthPatch,
  type youthQuery,
  type YouthView,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { youthContacts } from '../../db/schema';
import { cadreScope, requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { maskPhone, normalisePhone, type FieldCipher } from '../../platform/crypto';
import { AppError, notFound } from '../../platform/errors';
import { findCadre } from '../people/people.repo';
import * as repo from './youth.repo';

type YouthFields = z.infer<typeof youthBody>;

/** S8: the phone sealed with SM4 and blind-indexed (Y5); the only place a youth phone is sealed. */
export function sealed(fields: YouthFields, cipher: FieldCipher) {
  const { phone, ...rest } = fields;
  return phone
    ? { ...rest, phoneEnc: cipher.encrypt(phone), phoneHash: cipher.blindIndex(normalisePhone(phone)) }
    : { ...rest, phoneEnc: null, phoneHash: null };
}

/** Youth added inline while logging (L1): created for the author, ids returned in order. */
export async function createYouthRows(
  tx: Db,
  cipher: FieldCipher,
  actor: Actor,
  cadreId: string,
  inputs: z.infer<typeof inlineYouth>[],
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const rows = inputs.map((y) => ({
    organId: actor.organId,
    cadreId,
    ...sealed(youthBody.parse({ name: y.name, phone: y.phone ?? null, group: y.group ?? 'other' }), cipher),
  }));
  const made = await tx.insert(youthContacts).values(rows).returning({ id: youthContacts.id });
  return made.map((r) => r.id);
}

function ownCadre(actor: Actor): string {
  if (!actor.cadreId) throw new AppError('NOT_A_CADRE');
  return actor.cadreId;
}

async function views(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  cadreId: string,
  rows: repo.YouthRow[],
  now: Date,
): Promise<YouthView[]> {
  const stats = await repo.contactStats(db, cadreId);
  const shared = await repo.hashesKnownElsewhere(
    db,
    actor.organId,
    cadreId,
    rows.flatMap((r) => (r.phoneHash ? [r.phoneHash] : [])),
  );
  const today = shanghaiDate(now);
  return rows.map((r) => {
    const s = stats.get(r.id);
    const { phoneEnc, phoneHash, organId: _o, createdAt, ...rest } = r;
    return {
      ...rest,
      group: youthBody.shape.group.parse(rest.group),
      difficultyType: youthBody.shape.difficultyType.parse(rest.difficultyType),
      phone: phoneEnc ? maskPhone(cipher.decrypt(phoneEnc)) : null, // Y4: masked unless revealed
      minor: isMinor(r.birthYear, today),
      lastContact: s?.last ?? null,
      contactCount: s?.count ?? 0,
      overdue: isOverdue(r.relation, s?.last ?? null, shanghaiDate(createdAt), today),
      knownToOtherCadres: phoneHash ? shared.has(phoneHash) : false,
    };
  });
}

/** Y1/Y3/Y4: the cadre's own contacts; reading personal data is audited (X2). */
export async function listYouth(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  q: z.infer<typeof youthQuery>,
  now: Date,
) {
  requirePermission(actor, 'youth.own');
  const cadreId = ownCadre(actor);
  if (q.cadreId && q.cadreId !== cadreId) throw notFound();
  const all = await views(db, cipher, actor, cadreId, await repo.listOwn(db, cadreId, q), now);
  const filtered = q.overdue ? all.filter((y) => y.overdue === (q.overdue === 'true')) : all;
  const items = filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  await db.transaction((tx) =>
    auditChange(tx, actor, now, 'youth.list', { type: 'cadre', id: cadreId }, { shown: items.length }),
  );
  return { items, total: filtered.length };
}

export async function getYouth(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  id: string,
  now: Date,
): Promise<YouthView> {
  requirePermission(actor, 'youth.own');
  const cadreId = ownCadre(actor);
  const row = await repo.findOwn(db, cadreId, id);
  if (!row) throw notFound();
  await db.transaction((tx) => auditChange(tx, actor, now, 'youth.read', { type: 'youth', id }));
  const [view] = await views(db, cipher, actor, cadreId, [row], now);
  if (!view) throw notFound();
  return view;
}

export async function createYouth(db: Db, cipher: FieldCipher, actor: Actor, body: YouthFields, now: Date) {
  requirePermission(actor, 'youth.own');
  const cadreId = ownCadre(actor);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(youthContacts)
      .values({ organId: actor.organId, cadreId, ...sealed(body, cipher) })
      .returning({ id: youthContacts.id });
    if (!row) throw new AppError('INTERNAL');
    await auditChange(
      tx,
      actor,
      now,
      'youth.create',
      { type: 'youth', id: row.id },
      { relation: body.relation },
    );
    return row.id;
  });
  return getYouth(db, cipher, actor, id, now);
}

export async function updateYouth(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  id: string,
  patch: z.infer<typeof youthPatch>,
  now: Date,
) {
  requirePermission(actor, 'youth.own');
  const cadreId = ownCadre(actor);
  const current = await repo.findOwn(db, cadreId, id);
  if (!current) throw notFound();
  const { version, ...changes } = patch;
  const phone =
    'phone' in changes ? (changes.phone ?? null) : current.phoneEnc ? cipher.decrypt(current.phoneEnc) : null;
  const merged = youthBody.parse({ ...current, ...changes, phone });
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(youthContacts)
      .set({ ...sealed(merged, cipher), version: sql`${youthContacts.version} + 1` })
      .where(and(eq(youthContacts.id, id), eq(youthContacts.version, version)))
      .returning({ id: youthContacts.id });
    if (rows.length === 0) throw new AppError('VERSION_CONFLICT');
    await auditChange(
      tx,
      actor,
      now,
      'youth.update',
      { type: 'youth', id },
      { fields: Object.keys(changes) },
    );
  });
  return getYouth(db, cipher, actor, id, now);
}

/**
 * Y4: the full phone number, for the owning cadre or a supervisor in scope, only with a recorded reason;
 * the reveal is written to the audit chain.
 */
export async function revealPhone(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
) {
  requirePermission(actor, 'youth.reveal');
  const [row] = await db
    .select()
    .from(youthContacts)
    .where(and(eq(youthContacts.id, id), eq(youthContacts.organId, actor.organId)));
  if (!row) throw notFound();
  const owner = await findCadre(db, cadreScope(actor), row.cadreId);
  if (!owner) throw notFound();
  await db.transaction((tx) =>
    auditChange(tx, actor, now, 'youth.reveal', { type: 'youth', id }, { reason }),
  );
  return { phone: row.phoneEnc ? cipher.decrypt(row.phoneEnc) : null };
}

/** Y4: supervisors see counts of a cadre's contacts, never the people. */
export async function youthSummary(db: Db, actor: Actor, cadreId: string) {
  requirePermission(actor, 'worklog.read');
  const cadre = await findCadre(db, cadreScope(actor), cadreId);
  if (!cadre) throw notFound();
  const counts = await repo.relationCounts(db, [cadreId]);
  const of = (relation: string) => counts.filter((c) => c.relation === relation).reduce((s, c) => s + c.n, 0);
  return {
    cadreId,
    total: of('friend') + of('help_pair'),
    friends: of('friend'),
    helpPairs: of('help_pair'),
  };
}
