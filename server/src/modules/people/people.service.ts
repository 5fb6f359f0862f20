import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  cadreBody,
  type CadreListItem,
  type cadrePatch,
  type cadreQuery,
  type CadreView,
  type exemptionBody,
  type ExemptionView,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { cadres, exemptions } from '../../db/schema';
import { cadreScope, requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { maskPhone, normalisePhone, type FieldCipher } from '../../platform/crypto';
import { AppError, notFound } from '../../platform/errors';
import { isUniqueViolation } from '../../db/errors';
import * as repo from './people.repo';

type CadreFields = z.infer<typeof cadreBody>;

/** S8: the stored form of a cadre's fields — phone sealed with SM4, identity by its blind index. */
export function storedCadre(fields: CadreFields, cipher: FieldCipher) {
  const { phone, ...rest } = fields;
  return { ...rest, phoneEnc: cipher.encrypt(phone), phoneHash: cipher.blindIndex(normalisePhone(phone)) };
}

function listItem(row: repo.CadreRow, cipher: FieldCipher, exempt: boolean): CadreListItem {
  const fields = cadreBody.omit({ phone: true, previousCountyCodes: true }).parse(row);
  return {
    ...fields,
    id: row.id,
    organId: row.organId,
    departmentName: row.departmentName,
    phone: maskPhone(cipher.decrypt(row.phoneEnc)),
    exempt,
    version: row.version,
  };
}

const exemptionView = (e: typeof exemptions.$inferSelect): ExemptionView => ({
  id: e.id,
  scope: e.scope,
  reason: e.reason,
  approver: e.approver,
  approvedOn: e.approvedOn,
  year: e.year,
  revokedAt: e.revokedAt?.toISOString() ?? null,
});

export async function listCadres(db: Db, cipher: FieldCipher, actor: Actor, q: z.infer<typeof cadreQuery>) {
  requirePermission(actor, 'cadre.read');
  const { rows, total } = await repo.listCadres(db, cadreScope(actor), q);
  const exempt = await repo.exemptCadreIds(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => listItem(r, cipher, exempt.has(r.id))), total };
}

export async function getCadre(db: Db, cipher: FieldCipher, actor: Actor, id: string): Promise<CadreView> {
  requirePermission(actor, 'cadre.read');
  const row = await repo.findCadre(db, cadreScope(actor), id);
  if (!row) throw notFound();
  const records = (await repo.exemptionsOf(db, [id])).map(exemptionView);
  const item = listItem(
    row,
    cipher,
    records.some((e) => e.revokedAt === null),
  );
  return {
    ...item,
    phone: cipher.decrypt(row.phoneEnc),
    previousCountyCodes: row.previousCountyCodes,
    exemptions: records,
  };
}

async function requireWritableDepartment(db: Db, actor: Actor, departmentId: string) {
  const scope = cadreScope(actor);
  if (scope.kind === 'department' && scope.departmentId !== departmentId) throw new AppError('OUT_OF_SCOPE');
  if (!(await repo.departmentInOrgan(db, actor.organId, departmentId)))
    throw new AppError('UNKNOWN_DEPARTMENT');
}

export async function createCadre(db: Db, cipher: FieldCipher, actor: Actor, body: CadreFields, now: Date) {
  requirePermission(actor, 'cadre.write');
  await requireWritableDepartment(db, actor, body.departmentId);
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cadres)
        .values({ organId: actor.organId, ...storedCadre(body, cipher) })
        .returning({ id: cadres.id });
      if (!row) throw new AppError('INTERNAL');
      await auditChange(
        tx,
        actor,
        now,
        'cadre.create',
        { type: 'cadre', id: row.id },
        { name: body.name, departmentId: body.departmentId },
      );
      return row.id;
    });
    return await getCadre(db, cipher, actor, id);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { what: '手机号 / phone' });
    throw e;
  }
}

/** S6: version-checked update within the actor's scope. */
export async function updateCadre(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  id: string,
  patch: z.infer<typeof cadrePatch>,
  now: Date,
) {
  requirePermission(actor, 'cadre.write');
  const current = await getCadre(db, cipher, actor, id);
  const { version, ...changes } = patch;
  const merged = cadreBody.parse({ ...current, ...changes });
  if (merged.departmentId !== current.departmentId)
    await requireWritableDepartment(db, actor, merged.departmentId);
  try {
    await db.transaction(async (tx) => {
      const rows = await tx
        .update(cadres)
        .set({ ...storedCadre(merged, cipher), version: sql`${cadres.version} + 1`, updatedAt: now })
        .where(and(eq(cadres.id, id), eq(cadres.organId, actor.organId), eq(cadres.version, version)))
        .returning({ id: cadres.id });
      if (rows.length === 0) throw new AppError('VERSION_CONFLICT');
      await auditChange(
        tx,
        actor,
        now,
        'cadre.update',
        { type: 'cadre', id },
        { fields: Object.keys(changes) },
      );
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { what: '手机号 / phone' });
    throw e;
  }
  return getCadre(db, cipher, actor, id);
}

/** R4/C1: an exemption is recorded with reason, approver and approval date. */
export async function addExemption(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  cadreId: string,
  body: z.infer<typeof exemptionBody>,
  now: Date,
) {
  requirePermission(actor, 'exemption.write');
  await getCadre(db, cipher, actor, cadreId); // scoped: another organ's cadre is not found
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(exemptions)
      .values({ organId: actor.organId, cadreId, createdBy: actor.userId, ...body })
      .returning();
    await auditChange(tx, actor, now, 'exemption.create', { type: 'cadre', id: cadreId }, body);
    return inserted;
  });
  if (!row) throw new AppError('INTERNAL');
  return exemptionView(row);
}

export async function revokeExemption(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  cadreId: string,
  exemptionId: string,
  now: Date,
) {
  requirePermission(actor, 'exemption.write');
  await getCadre(db, cipher, actor, cadreId);
  const [row] = await db.transaction(async (tx) => {
    const updated = await tx
      .update(exemptions)
      .set({ revokedAt: now })
      .where(
        and(eq(exemptions.id, exemptionId), eq(exemptions.cadreId, cadreId), isNull(exemptions.revokedAt)),
      )
      .returning();
    if (updated.length > 0)
      await auditChange(tx, actor, now, 'exemption.revoke', { type: 'cadre', id: cadreId }, { exemptionId });
    return updated;
  });
  if (!row) throw notFound();
  return exemptionView(row);
}

/** S9: a name-only directory for linking accounts; no personal fields. */
export function cadreDirectory(db: Db, actor: Actor, q: string | undefined) {
  requirePermission(actor, 'cadre.directory');
  return repo.directory(db, actor.organId, q);
}
