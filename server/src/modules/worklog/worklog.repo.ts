import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { organLevelSchema, type CountableEntry, type OrganLevel } from '@grassroots/core';
import type { Db } from '../../db/client';
import {
  attachments,
  cadres,
  divisions,
  entryComments,
  entryRevisions,
  grassrootsOrgs,
  leaguePartners,
  worklogEntries,
  youthContacts,
} from '../../db/schema';
import type { CadreScope } from '../../platform/access';
import { scopeCondition } from '../people/people.repo';

export type EntryRow = typeof worklogEntries.$inferSelect;

/** STYLE 4: an entry is visible exactly when its cadre is (self ⊂ department ⊂ organ). */
export async function findEntry(db: Db, scope: CadreScope, id: string) {
  const scoped = scopeCondition(scope);
  if (!scoped) return undefined;
  const [row] = await db
    .select({ e: worklogEntries, cadreName: cadres.name })
    .from(worklogEntries)
    .innerJoin(cadres, eq(cadres.id, worklogEntries.cadreId))
    .where(and(scoped, eq(worklogEntries.id, id)));
  return row;
}

export interface EntryFilter {
  cadreId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  type?: string | undefined;
  includeWithdrawn?: boolean;
  ids?: string[] | undefined;
}

function filterConditions(scoped: SQL, f: EntryFilter): SQL[] {
  const conds: SQL[] = [scoped];
  if (f.cadreId) conds.push(eq(worklogEntries.cadreId, f.cadreId));
  if (f.from) conds.push(gte(worklogEntries.dateTo, f.from));
  if (f.to) conds.push(lte(worklogEntries.dateFrom, f.to));
  if (f.type) conds.push(eq(worklogEntries.type, f.type as EntryRow['type']));
  if (!f.includeWithdrawn) conds.push(eq(worklogEntries.status, 'active'));
  if (f.ids) conds.push(f.ids.length > 0 ? inArray(worklogEntries.id, f.ids) : sql`false`);
  return conds;
}

export async function listEntries(
  db: Db,
  scope: CadreScope,
  f: EntryFilter,
  page: { page: number; pageSize: number },
) {
  const scoped = scopeCondition(scope);
  if (!scoped) return { rows: [], total: 0 };
  const where = and(...filterConditions(scoped, f));
  const rows = await db
    .select({ e: worklogEntries, cadreName: cadres.name })
    .from(worklogEntries)
    .innerJoin(cadres, eq(cadres.id, worklogEntries.cadreId))
    .where(where)
    .orderBy(desc(worklogEntries.dateFrom), desc(worklogEntries.createdAt))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(worklogEntries)
    .innerJoin(cadres, eq(cadres.id, worklogEntries.cadreId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function partnerLevels(db: Db, ids: string[]): Promise<Map<string, OrganLevel>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: leaguePartners.id, level: leaguePartners.organLevel })
    .from(leaguePartners)
    .where(inArray(leaguePartners.id, ids));
  return new Map(rows.map((r) => [r.id, organLevelSchema.parse(r.level)]));
}

/** The counting view of entries (core CountableEntry), partner levels resolved. */
export async function toCountable(db: Db, rows: EntryRow[]): Promise<CountableEntry[]> {
  const levels = await partnerLevels(db, [...new Set(rows.flatMap((r) => r.partnerIds))]);
  return rows.map((r) => ({
    id: r.id,
    dateFrom: r.dateFrom,
    dateTo: r.dateTo,
    type: r.type,
    mode: r.mode,
    withdrawn: r.status === 'withdrawn',
    youthIds: r.youthIds,
    cadrePartners: r.partnerIds.flatMap((id) => {
      const organLevel = levels.get(id);
      return organLevel ? [{ id, organLevel }] : [];
    }),
    audience: r.audience,
    onSite: r.onSite,
  }));
}

export function entriesOfCadreIn(db: Db, cadreId: string, from: string, to: string) {
  return db
    .select()
    .from(worklogEntries)
    .where(
      and(
        eq(worklogEntries.cadreId, cadreId),
        gte(worklogEntries.dateTo, from),
        lte(worklogEntries.dateFrom, to),
      ),
    )
    .orderBy(asc(worklogEntries.dateFrom));
}

/** What an entry view needs besides the row: names of places and people, files, comments, revisions. */
export async function entryDetails(db: Db, rows: EntryRow[], withThread: boolean) {
  const ids = rows.map((r) => r.id);
  const youthIds = [...new Set(rows.flatMap((r) => r.youthIds))];
  const partnerIds = [...new Set(rows.flatMap((r) => r.partnerIds))];
  const orgIds = [...new Set(rows.flatMap((r) => (r.grassrootsOrgId ? [r.grassrootsOrgId] : [])))];
  const counties = [...new Set(rows.flatMap((r) => (r.countyCode ? [r.countyCode] : [])))];
  // One after another: inside a transaction the queries share one connection.
  const youth = youthIds.length
    ? await db
        .select({ id: youthContacts.id, name: youthContacts.name })
        .from(youthContacts)
        .where(inArray(youthContacts.id, youthIds))
    : [];
  const partners = partnerIds.length
    ? await db.select().from(leaguePartners).where(inArray(leaguePartners.id, partnerIds))
    : [];
  const orgs = orgIds.length
    ? await db
        .select({ id: grassrootsOrgs.id, name: grassrootsOrgs.name })
        .from(grassrootsOrgs)
        .where(inArray(grassrootsOrgs.id, orgIds))
    : [];
  const divs = counties.length
    ? await db
        .select({ code: divisions.code, name: divisions.name })
        .from(divisions)
        .where(inArray(divisions.code, counties))
    : [];
  const files = ids.length
    ? await db.select().from(attachments).where(inArray(attachments.entryId, ids))
    : [];
  const comments =
    withThread && ids.length
      ? await db
          .select()
          .from(entryComments)
          .where(inArray(entryComments.entryId, ids))
          .orderBy(asc(entryComments.createdAt))
      : [];
  const revisions =
    withThread && ids.length
      ? await db
          .select()
          .from(entryRevisions)
          .where(inArray(entryRevisions.entryId, ids))
          .orderBy(asc(entryRevisions.version))
      : [];
  return {
    youth: new Map(youth.map((y) => [y.id, y.name])),
    partners: new Map(partners.map((p) => [p.id, p])),
    orgs: new Map(orgs.map((o) => [o.id, o.name])),
    counties: new Map(divs.map((d) => [d.code, d.name])),
    files,
    comments,
    revisions,
  };
}
