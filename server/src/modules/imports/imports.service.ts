import type { z } from 'zod';
import {
  importColumns,
  importKind,
  limits,
  requiredImportColumns,
  type columnMappingBody,
  type ColumnMappingView,
  type ImportKind,
  type ImportReply,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { requirePermission, type Actor } from '../../platform/access';
import { appendAudit, auditChange } from '../../platform/audit';
import type { FieldCipher } from '../../platform/crypto';
import { AppError, notFound } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { prepareCadres } from './cadres.import';
import { normaliseHeader } from './cells';
import type { Checked, RowProblem } from './check';
import { prepareGrassrootsOrgs } from './grassroots-orgs.import';
import * as repo from './imports.repo';
import { rowMessage } from './messages';
import { readSheet } from './sheet';
import { locateColumns } from './table';
import { attachment, buildTemplate } from './template';

// A reply lists at most this many row errors; `rejected` still counts every bad row.
const MAX_ERRORS = 1000;

export interface ImportInput {
  kind: ImportKind;
  bytes: Buffer;
  fileName: string;
  dryRun: boolean;
  mappingId?: string | undefined;
}

/** Who imports: a signed-in organ admin, or the operator's command line (no user account). */
export interface Importer {
  organId: string;
  user: { userId: string; username: string; ip: string | null } | null;
}

/** The kinds an organ admin imports into the organ. */
export type OrganImportKind = Exclude<ImportKind, 'youth'>;

/** R5/Y4: youth contacts are imported by a cadre into their own list (youth.import.ts), never organ-wide. */
export function importable(kind: ImportKind): OrganImportKind {
  if (kind === 'youth') throw new AppError('IMPORT_NOT_AVAILABLE', {}, undefined, 404);
  return kind;
}

export async function template(db: Db, actor: Actor, kind: ImportKind, format: 'xlsx' | 'csv') {
  requirePermission(actor, 'import.run');
  const known = importable(kind);
  const file = await buildTemplate(
    known,
    format,
    known === 'cadres' ? await repo.departmentNames(db, actor.organId) : [],
  );
  return { ...file, disposition: attachment(file.fileName, `${known}-template.${format}`) };
}

/** R5: the signed-in organ admin imports into their own organ. */
export function runImport(
  db: Db,
  cipher: FieldCipher,
  actor: Actor,
  input: ImportInput,
  lang: Lang,
  now: Date,
) {
  requirePermission(actor, 'import.run');
  const user = { userId: actor.userId, username: actor.username, ip: actor.ip };
  return importIntoOrgan(db, cipher, { organId: actor.organId, user }, input, lang, now);
}

class DryRunRollback extends Error {}

async function mappingFor(db: Db, organId: string, id: string | undefined, kind: OrganImportKind) {
  if (id === undefined) return undefined;
  const mapping = await repo.findMapping(db, organId, id);
  if (!mapping) throw notFound();
  if (mapping.kind !== kind) throw new AppError('MAPPING_KIND');
  return mapping.columns;
}

export function reply(
  checked: Checked<unknown>,
  counts: { created: number; updated: number },
  dryRun: boolean,
  lang: Lang,
): ImportReply {
  const errors = checked.problems.slice(0, MAX_ERRORS).map((p: RowProblem) => ({
    row: p.row,
    column: p.column,
    message: rowMessage(p.message, lang),
  }));
  return {
    created: counts.created,
    updated: counts.updated,
    unchanged: checked.good.length - counts.created - counts.updated,
    errors,
    dryRun,
    rejected: checked.rejected,
    errorsTruncated: checked.problems.length > MAX_ERRORS,
  };
}

/**
 * R5/X8: read the file (type by content), rename its headers by the saved mapping, check every row, then
 * upsert the good rows of the organ in one transaction with one audit row. A dry run does the same work
 * and rolls it back, so its counts are exactly what a commit would do.
 */
export async function importIntoOrgan(
  db: Db,
  cipher: FieldCipher,
  who: Importer,
  input: ImportInput,
  lang: Lang,
  now: Date,
): Promise<ImportReply> {
  const kind = importable(input.kind);
  const mapping = await mappingFor(db, who.organId, input.mappingId, kind);
  const rows = await readSheet(input.bytes, limits.importRowsMax + 1);
  const table = locateColumns(rows, importColumns[kind], requiredImportColumns[kind], mapping);
  const plan =
    kind === 'cadres'
      ? await prepareCadres(db, cipher, who.organId, table)
      : await prepareGrassrootsOrgs(db, who.organId, table);
  const details = { fileName: input.fileName.slice(0, 200), mappingId: input.mappingId ?? null };
  const target = { type: 'import', id: kind };
  const counts = await applyOnce(db, who, input.dryRun, { kind, plan, details, target }, now);
  return reply(plan.checked, counts, input.dryRun, lang);
}

/** What a prepared import applies, and what its single audit row says besides the counts. */
export interface Application {
  kind: ImportKind;
  plan: { checked: Checked<unknown>; apply: (tx: Db, now: Date) => Promise<repo.Upserted> };
  details: Record<string, string | number | null>;
  target: { type: string; id: string };
}

/**
 * R5: apply the plan in one transaction with one audit row (action import.<kind>, the counts). A dry run
 * does the same work and rolls it back, so its counts are exactly what a commit would do.
 */
export async function applyOnce(
  db: Db,
  who: Importer,
  dryRun: boolean,
  { kind, plan, details, target }: Application,
  now: Date,
): Promise<repo.Upserted> {
  const counts = { created: 0, updated: 0 };
  try {
    await db.transaction(async (tx) => {
      Object.assign(counts, await plan.apply(tx, now));
      if (dryRun) throw new DryRunRollback();
      const action = `import.${kind}`;
      const all = {
        kind,
        ...details,
        created: counts.created,
        updated: counts.updated,
        unchanged: plan.checked.good.length - counts.created - counts.updated,
        rejected: plan.checked.rejected,
      };
      if (who.user) await auditChange(tx, { organId: who.organId, ...who.user }, now, action, target, all);
      else {
        const by = { organId: who.organId, actorName: 'cli', action };
        await appendAudit(tx, { ...by, targetType: target.type, targetId: target.id, details: all }, now);
      }
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return counts;
}

/**
 * X5: the organ an operator's import goes to — the one with `code`, else the only provincial organ
 * (level 2), else the demo organ '43'.
 */
export async function organForCli(db: Db, code: string | undefined) {
  const all = await repo.organsForImport(db);
  if (code !== undefined) return all.find((o) => o.code === code);
  const provincial = all.filter((o) => o.level === 2);
  return provincial.length === 1 ? provincial[0] : all.find((o) => o.code === '43');
}

/** X8: a saved mapping named by id or by name within the organ (command line). */
export async function mappingIdFor(db: Db, organId: string, kind: ImportKind, idOrName: string) {
  const rows = await repo.mappingsOf(db, organId);
  return rows.find((r) => r.kind === kind && (r.id === idOrName || r.name === idOrName))?.id;
}

type MappingBody = z.infer<typeof columnMappingBody>;
const viewOf = (row: {
  id: string;
  name: string;
  kind: string;
  columns: Record<string, string>;
}): ColumnMappingView => ({
  id: row.id,
  name: row.name,
  kind: importKind.parse(row.kind),
  columns: row.columns,
});

export async function listMappings(
  db: Db,
  actor: Actor,
  kind: ImportKind | undefined,
): Promise<ColumnMappingView[]> {
  requirePermission(actor, 'import.run');
  const rows = await repo.mappingsOf(db, actor.organId);
  return rows.filter((r) => kind === undefined || r.kind === kind).map(viewOf);
}

/** X8: their header → our template header; every target must be a column of that kind's template. */
export async function createMapping(
  db: Db,
  actor: Actor,
  body: MappingBody,
  now: Date,
): Promise<ColumnMappingView> {
  requirePermission(actor, 'import.run');
  const kind = importable(body.kind);
  const ours: readonly string[] = importColumns[kind];
  const columns: Record<string, string> = {};
  const bad: string[] = [];
  for (const [theirs, target] of Object.entries(body.columns)) {
    const header = normaliseHeader(target);
    if (normaliseHeader(theirs) === '' || !ours.includes(header)) bad.push(target || '（空）');
    else columns[theirs.trim()] = header;
  }
  if (bad.length > 0) throw new AppError('MAPPING_BAD_COLUMNS', { columns: bad.slice(0, 10).join('、') });
  if (Object.keys(columns).length > 100) throw new AppError('VALIDATION', { summary: 'columns ≤ 100' });
  try {
    return await db.transaction(async (tx) => {
      const row = await repo.insertMapping(tx, {
        organId: actor.organId,
        kind,
        name: body.name,
        columns,
        createdAt: now,
      });
      if (!row) throw new AppError('INTERNAL');
      await auditChange(
        tx,
        actor,
        now,
        'import_mapping.create',
        { type: 'import_mapping', id: row.id },
        {
          name: body.name,
          kind,
          columns,
        },
      );
      return viewOf(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { what: body.name });
    throw e;
  }
}

export async function deleteMapping(db: Db, actor: Actor, id: string, now: Date): Promise<{ ok: true }> {
  requirePermission(actor, 'import.run');
  await db.transaction(async (tx) => {
    const row = await repo.deleteMapping(tx, actor.organId, id);
    if (!row) throw notFound();
    await auditChange(
      tx,
      actor,
      now,
      'import_mapping.delete',
      { type: 'import_mapping', id },
      { name: row.name, kind: row.kind },
    );
  });
  return { ok: true };
}
