import { z } from 'zod';
import { importColumns, limits, requiredImportColumns, type ImportReply } from '@grassroots/core';
import type { Db } from '../../db/client';
import { requirePermission, type Actor } from '../../platform/access';
import type { FieldCipher } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { applyOnce, reply, type Importer } from './imports.service';
import * as repo from './imports.repo';
import { readSheet } from './sheet';
import { locateColumns } from './table';
import { attachment, buildTemplate } from './template';
import { prepareYouth } from './youth.import';

export interface YouthImportInput {
  bytes: Buffer;
  fileName: string;
  dryRun: boolean;
}

function ownCadre(actor: Actor): string {
  if (!actor.cadreId) throw new AppError('NOT_A_CADRE');
  return actor.cadreId;
}

/** R5/Y1: the youth contact template, for a cadre filling in their own contacts. */
export async function youthTemplate(actor: Actor, format: 'xlsx' | 'csv') {
  requirePermission(actor, 'youth.import');
  ownCadre(actor);
  const file = await buildTemplate('youth', format, []);
  return { ...file, disposition: attachment(file.fileName, `youth-template.${format}`) };
}

/** R5/Y4: the signed-in cadre imports into their own contacts; no one imports into another's. */
export function runYouthImport(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  input: YouthImportInput,
  lang: Lang,
  now: Date,
): Promise<ImportReply> {
  requirePermission(actor, 'youth.import');
  const cadreId = ownCadre(actor);
  const user = { userId: actor.userId, username: actor.username, ip: actor.ip };
  return importIntoCadre(db, cipher, { organId: actor.organId, cadreId, user }, input, lang, now);
}

/**
 * R5/Y5: read and check the file, then create or update the cadre's contacts in one transaction with one
 * audit row. The audit holds counts only: the file name may name people, so it is left out (Y4).
 */
export async function importIntoCadre(
  db: Db,
  cipher: FieldCipher,
  who: Importer & { cadreId: string },
  input: YouthImportInput,
  lang: Lang,
  now: Date,
): Promise<ImportReply> {
  const rows = await readSheet(input.bytes, limits.importRowsMax + 1);
  const table = locateColumns(rows, importColumns.youth, requiredImportColumns.youth, undefined);
  const plan = await prepareYouth(db, cipher, { organId: who.organId, cadreId: who.cadreId }, table, now);
  const target = { type: 'cadre', id: who.cadreId };
  const counts = await applyOnce(db, who, input.dryRun, { kind: 'youth', plan, details: {}, target }, now);
  return reply(plan.checked, counts, input.dryRun, lang);
}

/** X5: the cadre an operator imports youth contacts for, by id (the organ follows from the cadre). */
export async function cadreForCli(db: Db, cadreId: string) {
  if (!z.uuid().safeParse(cadreId).success) return undefined;
  return repo.cadreOrgan(db, cadreId);
}
