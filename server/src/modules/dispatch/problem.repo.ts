import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cadres, departments, divisions, exemptions, organs } from '../../db/schema';

// D2–D5: what the problem of a round is built from: organs, active cadres, exemptions, counties.

export type OrganRow = typeof organs.$inferSelect;

export async function organById(db: Db, id: string): Promise<OrganRow | undefined> {
  const [row] = await db.select().from(organs).where(eq(organs.id, id));
  return row;
}

/** D6: a central round covers the central organ and every organ below it. */
export async function organSubtree(db: Db, root: OrganRow): Promise<OrganRow[]> {
  const all = await db.select().from(organs).orderBy(asc(organs.level), asc(organs.code));
  const out = [root];
  let frontier = new Set([root.id]);
  while (frontier.size > 0) {
    const next = all.filter((o) => o.parentId !== null && frontier.has(o.parentId));
    out.push(...next);
    frontier = new Set(next.map((o) => o.id));
  }
  return out;
}

/** R4: the active cadres of these organs, in a stable order (the solver is deterministic on it). */
export function activeCadres(db: Db, organIds: string[]) {
  return db
    .select({
      id: cadres.id,
      organId: cadres.organId,
      name: cadres.name,
      rank: cadres.rank,
      department: departments.name,
      internalPost: cadres.internalPost,
      probationEnd: cadres.probationEnd,
      grassrootsMonths: cadres.grassrootsMonths,
      nativeCountyCode: cadres.nativeCountyCode,
      previousCountyCodes: cadres.previousCountyCodes,
    })
    .from(cadres)
    .innerJoin(departments, eq(departments.id, cadres.departmentId))
    .where(and(inArray(cadres.organId, organIds), eq(cadres.status, 'active')))
    .orderBy(
      asc(cadres.organId),
      asc(departments.sort),
      asc(departments.name),
      asc(cadres.name),
      asc(cadres.id),
    );
}

/** R4/D2: exemptions from dispatch in force for the round's years (scope dispatch or all, not revoked). */
export async function dispatchExemptions(
  db: Db,
  organIds: string[],
  years: { from: number; to: number },
): Promise<Map<string, string>> {
  const rows = await db
    .select({
      cadreId: exemptions.cadreId,
      reason: exemptions.reason,
      approver: exemptions.approver,
      approvedOn: exemptions.approvedOn,
    })
    .from(exemptions)
    .where(
      and(
        inArray(exemptions.organId, organIds),
        inArray(exemptions.scope, ['dispatch', 'all']),
        isNull(exemptions.revokedAt),
        or(isNull(exemptions.year), and(gte(exemptions.year, years.from), lte(exemptions.year, years.to))),
      ),
    )
    .orderBy(asc(exemptions.approvedOn));
  return new Map(rows.map((r) => [r.cadreId, `${r.reason}（${r.approver}批准，${r.approvedOn}）`]));
}

export interface CountyPlace {
  code: string;
  name: string;
  prefectureCode: string;
  provinceCode: string;
}

/** R1: counties inside a province or a prefecture, or all of them; with every province and prefecture. */
export async function divisionBook(db: Db, within: { province?: string; prefecture?: string }) {
  const upper = await db
    .select()
    .from(divisions)
    .where(inArray(divisions.level, [1, 2]));
  const counties = await db
    .select()
    .from(divisions)
    .where(
      and(
        eq(divisions.level, 3),
        within.province === undefined ? undefined : eq(divisions.provinceCode, within.province),
        within.prefecture === undefined ? undefined : eq(divisions.parentCode, within.prefecture),
      ),
    )
    .orderBy(asc(divisions.code));
  return {
    provinces: new Map(upper.filter((d) => d.level === 1).map((d) => [d.code, d.name])),
    prefectures: new Map(upper.filter((d) => d.level === 2).map((d) => [d.code, d.name])),
    counties: counties.map((c): CountyPlace => ({
      code: c.code,
      name: c.name,
      prefectureCode: c.parentCode && /^\d{4}$/.test(c.parentCode) ? c.parentCode : c.code.slice(0, 4),
      provinceCode: c.provinceCode,
    })),
  };
}

/** R1: the prefecture of a county (for an organ below the provincial level, its seat county's). */
export async function prefectureOfCounty(db: Db, countyCode: string): Promise<string | undefined> {
  const [row] = await db
    .select({ parentCode: divisions.parentCode })
    .from(divisions)
    .where(and(eq(divisions.code, countyCode), eq(divisions.level, 3)));
  return row?.parentCode ?? undefined;
}

/** R1: names of these counties with their prefecture and province. */
export async function placesOf(db: Db, countyCodes: string[]) {
  const codes = [...new Set(countyCodes)];
  const wanted = [...new Set(codes.flatMap((c) => [c, c.slice(0, 4), c.slice(0, 2)]))];
  const rows =
    wanted.length === 0 ? [] : await db.select().from(divisions).where(inArray(divisions.code, wanted));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const prefectureName = (code: string) => byCode.get(code)?.name ?? code;
  const county = (code: string) => {
    const parent = byCode.get(code)?.parentCode;
    const prefectureCode = parent && /^\d{4}$/.test(parent) ? parent : code.slice(0, 4);
    return {
      countyName: byCode.get(code)?.name ?? code,
      prefectureCode,
      prefectureName: prefectureName(prefectureCode),
      provinceName: byCode.get(code.slice(0, 2))?.name ?? code.slice(0, 2),
    };
  };
  return { county, prefectureName };
}
