import type { DispatchMapView } from '@grassroots/core';
import type { Plan } from '@grassroots/core/dispatch/index';
import { requirePermission, type Actor } from '../../platform/access';
import { versionToRead, visibleRound, type DispatchDeps } from './dispatch.common';
import { buildProblem, type ProblemBook } from './problem';

// A5: cadres posted and groups formed, by province, prefecture and county, for the China map drill-down.

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function bump<K>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** A5: counts of one plan (optionally one batch); pure, so the web may compute the same from a draft. */
export function mapCounts(
  book: ProblemBook,
  plan: Plan,
  version: number,
  batch: number | undefined,
): DispatchMapView {
  const inBatch = (x: { batch: number }) => batch === undefined || x.batch === batch;
  const countyCadres = new Map<string, number>();
  const prefectureCadres = new Map<string, number>();
  const prefectureGroups = new Map<string, number>();
  for (const a of plan.assignments.filter(inBatch)) {
    const county = book.counties.get(a.countyCode);
    if (!county) continue;
    bump(countyCadres, county.code);
    bump(prefectureCadres, county.prefectureCode);
  }
  for (const g of plan.groups.filter(inBatch)) bump(prefectureGroups, g.prefectureCode);
  const provinceCadres = new Map<string, number>();
  const provinceGroups = new Map<string, number>();
  const prefectureCodes = new Set([...prefectureCadres.keys(), ...prefectureGroups.keys()]);
  for (const code of prefectureCodes) {
    bump(provinceCadres, code.slice(0, 2), prefectureCadres.get(code) ?? 0);
    bump(provinceGroups, code.slice(0, 2), prefectureGroups.get(code) ?? 0);
  }
  return {
    version,
    batch: batch ?? null,
    provinces: [...provinceCadres.keys()]
      .map((code) => ({
        code,
        name: book.provinces.get(code) ?? code,
        cadres: provinceCadres.get(code) ?? 0,
        groups: provinceGroups.get(code) ?? 0,
      }))
      .sort(byCode),
    prefectures: [...prefectureCodes]
      .map((code) => ({
        code,
        name: book.prefectures.get(code) ?? code,
        provinceCode: code.slice(0, 2),
        cadres: prefectureCadres.get(code) ?? 0,
        groups: prefectureGroups.get(code) ?? 0,
      }))
      .sort(byCode),
    counties: [...countyCadres.keys()]
      .map((code) => {
        const county = book.counties.get(code);
        return {
          code,
          name: county?.name ?? code,
          prefectureCode: county?.prefectureCode ?? code.slice(0, 4),
          cadres: countyCadres.get(code) ?? 0,
        };
      })
      .sort(byCode),
  };
}

/** A5: the map of a version (default: the published one, else the newest). */
export async function planMap(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  q: { version?: number; batch?: number },
): Promise<DispatchMapView> {
  requirePermission(actor, 'dispatch.read');
  const round = await visibleRound(deps.db, actor, roundId);
  const { row, plan } = await versionToRead(deps.db, round, q.version);
  const book = await buildProblem(deps.db, round);
  return mapCounts(book, plan, row.version, q.batch);
}
