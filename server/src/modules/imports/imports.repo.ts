import { and, asc, eq, getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  cadres,
  columnMappings,
  departments,
  divisions,
  grassrootsOrgs,
  organs,
  youthContacts,
} from '../../db/schema';

export const organsForImport = (db: Db) =>
  db
    .select({ id: organs.id, code: organs.code, name: organs.name, level: organs.level })
    .from(organs)
    .orderBy(asc(organs.level), asc(organs.code));

export async function departmentIdsByName(db: Db, organId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organId, organId));
  return new Map(rows.map((r) => [r.name, r.id]));
}

export async function departmentNames(db: Db, organId: string): Promise<string[]> {
  const rows = await db
    .select({ name: departments.name })
    .from(departments)
    .where(eq(departments.organId, organId))
    .orderBy(asc(departments.sort), asc(departments.name));
  return rows.map((r) => r.name);
}

/** R1: every county code (about 3,000), for checking a file's codes without a query per row. */
export async function countyCodes(db: Db): Promise<Set<string>> {
  const rows = await db.select({ code: divisions.code }).from(divisions).where(eq(divisions.level, 3));
  return new Set(rows.map((r) => r.code));
}

export interface Upserted {
  created: number;
  updated: number;
}

// Rows per statement. Each column travels as one array parameter (unnest), so the statement is small
// and cheap to build whatever the row count; drizzle's multi-row VALUES builder took ~150 ms per 1,000 rows.
const CHUNK = 5000;

const returnedRows = z.object({ rows: z.array(z.object({ inserted: z.boolean() })) });

function arrayParam(column: PgColumn, values: unknown[]): { param: SQL; select: (ref: SQL) => SQL } {
  const type = column.getSQLType();
  if (!type.endsWith('[]'))
    return { param: sql`${sql.param(values)}::${sql.raw(type)}[]`, select: (ref) => ref };
  // unnest flattens nested arrays, so a text[] column travels as comma-joined text (codes hold no commas).
  const joined = values.map((v) => {
    const items = Array.isArray(v) ? v.map(String) : [];
    if (items.some((i) => i.includes(','))) throw new Error(`${column.name}: an element contains a comma`);
    return items.join(',');
  });
  return {
    param: sql`${sql.param(joined)}::text[]`,
    select: (ref) =>
      sql`case when ${ref} = '' then '{}'::${sql.raw(type)} else string_to_array(${ref}, ',')::${sql.raw(type)} end`,
  };
}

/**
 * R5: INSERT … SELECT FROM unnest(…) ON CONFLICT (identity) DO UPDATE of the `update` columns, only where
 * one of them differs from the stored row (then version + 1). Counts come back from RETURNING:
 * (xmax = 0) marks a fresh insert; rows left as they were are not returned at all.
 */
async function bulkUpsert<T extends Record<string, unknown>>(
  tx: Db,
  table: PgTable,
  columns: Record<string, PgColumn>,
  rows: T[],
  write: (keyof T & string)[],
  conflict: PgColumn[],
  update: PgColumn[],
  now: Date,
): Promise<Upserted> {
  const name = sql.identifier(getTableName(table));
  const result: Upserted = { created: 0, updated: 0 };
  const stamp = sql`${now.toISOString()}::timestamptz`;
  const ident = (c: PgColumn) => sql.identifier(c.name);
  const set = [
    ...update.map((c) => sql`${ident(c)} = excluded.${ident(c)}`),
    sql`"version" = ${name}."version" + 1`,
    sql`"updated_at" = ${stamp}`,
  ];
  const differs = sql`(${sql.join(
    update.map((c) => sql`${name}.${ident(c)}`),
    sql`, `,
  )}) is distinct from (${sql.join(
    update.map((c) => sql`excluded.${ident(c)}`),
    sql`, `,
  )})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const cols = write.map((key, n) => {
      const column = columns[key];
      if (!column) throw new Error(`unknown column ${key}`);
      return {
        column,
        alias: sql.identifier(`c${n}`),
        ...arrayParam(
          column,
          chunk.map((r) => r[key] ?? null),
        ),
      };
    });
    const query = sql`insert into ${name} (${sql.join([...cols.map((c) => ident(c.column)), sql`"created_at"`, sql`"updated_at"`], sql`, `)})
      select ${sql.join([...cols.map((c) => c.select(sql`u.${c.alias}`)), stamp, stamp], sql`, `)}
      from unnest(${sql.join(
        cols.map((c) => c.param),
        sql`, `,
      )}) as u(${sql.join(
        cols.map((c) => c.alias),
        sql`, `,
      )})
      on conflict (${sql.join(conflict.map(ident), sql`, `)}) do update set ${sql.join(set, sql`, `)} where ${differs}
      returning (xmax = 0) as inserted`;
    for (const r of returnedRows.parse(await tx.execute(query)).rows) {
      if (r.inserted) result.created += 1;
      else result.updated += 1;
    }
  }
  return result;
}

export type CadreInsert = Omit<typeof cadres.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type CadreUpdatable = Exclude<keyof CadreInsert, 'organId' | 'phoneEnc' | 'phoneHash'>;
const cadreWrites = [
  'organId',
  'departmentId',
  'name',
  'gender',
  'rank',
  'postType',
  'internalPost',
  'hireDate',
  'probationEnd',
  'grassrootsMonths',
  'nativeCountyCode',
  'previousCountyCodes',
  'phoneEnc',
  'phoneHash',
  'status',
] as const satisfies (keyof CadreInsert)[];

/** R5: upsert by (organ_id, phone_hash); only the `update` columns are compared and overwritten. */
export function upsertCadres(
  tx: Db,
  rows: CadreInsert[],
  update: CadreUpdatable[],
  now: Date,
): Promise<Upserted> {
  const conflict = [cadres.organId, cadres.phoneHash];
  return bulkUpsert(
    tx,
    cadres,
    getTableColumns(cadres),
    rows,
    [...cadreWrites],
    conflict,
    update.map((k) => cadres[k]),
    now,
  );
}

export type OrgInsert = Omit<
  typeof grassrootsOrgs.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt'
>;
export type OrgUpdatable = 'type' | 'address' | 'twoNew' | 'contactPerson';
const orgWrites = [
  'organId',
  'name',
  'type',
  'countyCode',
  'address',
  'twoNew',
  'contactPerson',
] as const satisfies (keyof OrgInsert)[];

/** R5: upsert by (organ_id, county_code, name). */
export function upsertGrassrootsOrgs(
  tx: Db,
  rows: OrgInsert[],
  update: OrgUpdatable[],
  now: Date,
): Promise<Upserted> {
  const conflict = [grassrootsOrgs.organId, grassrootsOrgs.countyCode, grassrootsOrgs.name];
  const columns = update.map((k) => grassrootsOrgs[k]);
  return bulkUpsert(
    tx,
    grassrootsOrgs,
    getTableColumns(grassrootsOrgs),
    rows,
    [...orgWrites],
    conflict,
    columns,
    now,
  );
}

export type YouthInsert = Omit<typeof youthContacts.$inferInsert, 'id' | 'version' | 'createdAt'>;
export type YouthWrite = Omit<YouthInsert, 'organId' | 'cadreId'>;
export type StoredYouth = Pick<
  typeof youthContacts.$inferSelect,
  | 'id'
  | 'name'
  | 'gender'
  | 'birthYear'
  | 'phoneHash'
  | 'group'
  | 'countyCode'
  | 'organization'
  | 'relation'
  | 'difficultyType'
  | 'helpPlan'
  | 'notes'
>;

/** Y4: the contacts of one cadre, the only ones a youth import may match (and lock for the import). */
export const youthOf = (tx: Db, cadreId: string): Promise<StoredYouth[]> =>
  tx
    .select({
      id: youthContacts.id,
      name: youthContacts.name,
      gender: youthContacts.gender,
      birthYear: youthContacts.birthYear,
      phoneHash: youthContacts.phoneHash,
      group: youthContacts.group,
      countyCode: youthContacts.countyCode,
      organization: youthContacts.organization,
      relation: youthContacts.relation,
      difficultyType: youthContacts.difficultyType,
      helpPlan: youthContacts.helpPlan,
      notes: youthContacts.notes,
    })
    .from(youthContacts)
    .where(eq(youthContacts.cadreId, cadreId))
    .orderBy(asc(youthContacts.createdAt), asc(youthContacts.id))
    .for('update');

export async function updateYouth(tx: Db, cadreId: string, id: string, set: Partial<YouthWrite>) {
  await tx
    .update(youthContacts)
    .set({ ...set, version: sql`${youthContacts.version} + 1` })
    .where(and(eq(youthContacts.cadreId, cadreId), eq(youthContacts.id, id)));
}

// 17 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters per statement.
const YOUTH_CHUNK = 1000;

export async function insertYouth(tx: Db, rows: YouthInsert[]) {
  for (let i = 0; i < rows.length; i += YOUTH_CHUNK) {
    await tx.insert(youthContacts).values(rows.slice(i, i + YOUTH_CHUNK));
  }
}

// X8: saved column mappings, always within one organ.
export const mappingsOf = (db: Db, organId: string) =>
  db
    .select()
    .from(columnMappings)
    .where(eq(columnMappings.organId, organId))
    .orderBy(asc(columnMappings.kind), asc(columnMappings.name));

export async function findMapping(db: Db, organId: string, id: string) {
  const [row] = await db
    .select()
    .from(columnMappings)
    .where(and(eq(columnMappings.organId, organId), eq(columnMappings.id, id)));
  return row;
}

export async function insertMapping(tx: Db, values: typeof columnMappings.$inferInsert) {
  const [row] = await tx.insert(columnMappings).values(values).returning();
  return row;
}

export async function deleteMapping(tx: Db, organId: string, id: string) {
  const rows = await tx
    .delete(columnMappings)
    .where(and(eq(columnMappings.organId, organId), eq(columnMappings.id, id)))
    .returning();
  return rows[0];
}

/** X5: the organ of a cadre named on the command line. */
export async function cadreOrgan(db: Db, cadreId: string) {
  const [row] = await db
    .select({ id: cadres.id, organId: cadres.organId, name: cadres.name })
    .from(cadres)
    .where(eq(cadres.id, cadreId));
  return row;
}
