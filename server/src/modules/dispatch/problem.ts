import { z } from 'zod';
import { roundBatches, type PlanNames, type Rank } from '@grassroots/core';
import {
  CENTRAL,
  dispatchRulesSchema,
  problemSchema,
  type Batch,
  type DispatchRules,
  type Plan,
  type Problem,
  type ProblemInput,
} from '@grassroots/core/dispatch/index';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import { earlierCounties, type RoundRow } from './dispatch.repo';
import * as repo from './problem.repo';

// D2–D5: the §11 problem of a round, built from the organ's cadres and the divisions table.

export interface CadreLabel {
  organId: string;
  name: string;
  organ: string;
  organName: string;
  department: string;
  rank: Rank;
  exemptReason: string | null;
}

export interface ProblemBook {
  problem: Problem;
  cadres: Map<string, CadreLabel>;
  counties: Map<string, repo.CountyPlace>;
  prefectures: Map<string, string>;
  provinces: Map<string, string>;
}

/** D1/D3–D6: a round's calendar and rules as stored (both were validated when written). */
export function calendarOf(round: RoundRow): { batches: Batch[]; rules: DispatchRules } {
  return { batches: roundBatches.parse(round.batches), rules: dispatchRulesSchema.parse(round.rules) };
}

/** §11: "central" for 团中央机关, else the organ's 2-digit province code. */
function organKey(o: repo.OrganRow): string {
  if (o.level === 1) return CENTRAL;
  if (o.provinceCode && /^\d{2}$/.test(o.provinceCode)) return o.provinceCode;
  throw new AppError('DISPATCH_NO_PROVINCE', { organ: o.name });
}

/** D5: where the organ's cadres may go — anywhere (central), its province, or its seat's prefecture. */
async function countyScope(db: Db, root: repo.OrganRow): Promise<{ province?: string; prefecture?: string }> {
  if (root.level === 1) return {};
  const province = organKey(root);
  if (root.level >= 3 && root.seatCountyCode) {
    const prefecture = await repo.prefectureOfCounty(db, root.seatCountyCode);
    if (prefecture?.startsWith(province)) return { prefecture };
  }
  return { province };
}

const countyCode = /^\d{6}$/;

/** D2–D5: the problem of a round as the organ's data stands now. */
export async function buildProblem(db: Db, round: RoundRow): Promise<ProblemBook> {
  const root = await repo.organById(db, round.organId);
  if (!root) throw new AppError('NOT_FOUND');
  const organs = root.level === 1 ? await repo.organSubtree(db, root) : [root];
  const keyOf = new Map(organs.map((o) => [o.id, organKey(o)]));
  const organsPerKey = new Map<string, number>();
  for (const key of keyOf.values()) organsPerKey.set(key, (organsPerKey.get(key) ?? 0) + 1);
  const organById = new Map(organs.map((o) => [o.id, o]));

  const { batches, rules } = calendarOf(round);
  const organIds = organs.map((o) => o.id);
  const rows = await repo.activeCadres(db, organIds);
  const exempt = await repo.dispatchExemptions(db, organIds, {
    from: round.startYear,
    to: round.startYear + 2,
  });
  const earlier = await earlierCounties(
    db,
    rows.map((c) => c.id),
    round.id,
  );
  const book = await repo.divisionBook(db, await countyScope(db, root));

  const labels = new Map<string, CadreLabel>();
  const cadres: ProblemInput['cadres'] = rows.map((c) => {
    const organ = organById.get(c.organId);
    const key = keyOf.get(c.organId) ?? CENTRAL;
    // D3: departments are per organ; two organs of one province keep their departments apart.
    const department =
      (organsPerKey.get(key) ?? 0) > 1 ? `${organ?.name ?? ''}·${c.department}` : c.department;
    const exemptReason = exempt.get(c.id) ?? (c.internalPost ? '内部管理岗位' : null);
    labels.set(c.id, {
      organId: c.organId,
      name: c.name,
      organ: key,
      organName: organ?.name ?? '',
      department,
      rank: c.rank,
      exemptReason,
    });
    const previous = [...new Set([...c.previousCountyCodes, ...(earlier.get(c.id) ?? [])])]
      .filter((code) => countyCode.test(code))
      .sort();
    return {
      id: c.id,
      name: c.name,
      organ: key,
      department,
      rank: c.rank,
      grassrootsMonths: c.grassrootsMonths,
      probationEnd: c.probationEnd,
      exempt: exemptReason !== null,
      nativeCountyCode: c.nativeCountyCode && countyCode.test(c.nativeCountyCode) ? c.nativeCountyCode : null,
      previousCountyCodes: previous,
    };
  });
  const counties: ProblemInput['counties'] = book.counties.map((c) => {
    const prefectureName = book.prefectures.get(c.prefectureCode);
    const provinceName = book.provinces.get(c.provinceCode);
    return {
      ...c,
      ...(prefectureName === undefined ? {} : { prefectureName }),
      ...(provinceName === undefined ? {} : { provinceName }),
    };
  });
  const parsed = problemSchema.safeParse({ batches, cadres, counties, rules });
  if (!parsed.success) {
    throw new AppError('DISPATCH_PROBLEM_INVALID', { summary: z.prettifyError(parsed.error) });
  }
  return {
    problem: parsed.data,
    cadres: labels,
    counties: new Map(book.counties.map((c) => [c.code, c])),
    prefectures: book.prefectures,
    provinces: book.provinces,
  };
}

/** D6: 长沙市工作小组, or 长沙市第2工作小组 when a batch has several groups in one prefecture. */
export function groupNames(
  groups: readonly { id: string; batch: number; prefectureCode: string }[],
  prefectureName: (code: string) => string,
): Map<string, string> {
  const byPlace = new Map<string, string[]>();
  for (const g of groups) {
    const key = `${g.batch}|${g.prefectureCode}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), g.id]);
  }
  const out = new Map<string, string>();
  for (const g of groups) {
    const ids = [...new Set(byPlace.get(`${g.batch}|${g.prefectureCode}`) ?? [])].sort();
    const name = prefectureName(g.prefectureCode);
    out.set(g.id, ids.length > 1 ? `${name}第${ids.indexOf(g.id) + 1}工作小组` : `${name}工作小组`);
  }
  return out;
}

/** Display names of everything the plan mentions (unknown ids are left out; they are violations). */
export function planNamesOf(book: ProblemBook, plan: Plan): PlanNames {
  const names: PlanNames = { cadres: {}, counties: {}, prefectures: {}, provinces: {}, groups: {} };
  const cadreIds = [
    ...plan.assignments.map((a) => a.cadreId),
    ...plan.unassigned.map((u) => u.cadreId),
    ...plan.groups.flatMap((g) => [g.leaderId, ...g.memberIds]),
  ];
  for (const id of cadreIds) {
    const label = book.cadres.get(id);
    if (!label) continue;
    const { name, organ, organName, department, rank, exemptReason } = label;
    names.cadres[id] = { name, organ, organName, department, rank, exemptReason };
  }
  const prefectures = new Set(plan.groups.map((g) => g.prefectureCode));
  for (const a of plan.assignments) {
    const county = book.counties.get(a.countyCode);
    if (!county) continue;
    names.counties[county.code] = {
      name: county.name,
      prefectureCode: county.prefectureCode,
      provinceCode: county.provinceCode,
    };
    prefectures.add(county.prefectureCode);
  }
  for (const code of prefectures) {
    const name = book.prefectures.get(code);
    if (name === undefined) continue;
    const provinceCode = code.slice(0, 2);
    names.prefectures[code] = { name, provinceCode };
    const province = book.provinces.get(provinceCode);
    if (province !== undefined) names.provinces[provinceCode] = { name: province };
  }
  const prefectureName = (code: string) => book.prefectures.get(code) ?? code;
  for (const [id, name] of groupNames(plan.groups, prefectureName)) names.groups[id] = name;
  return names;
}
