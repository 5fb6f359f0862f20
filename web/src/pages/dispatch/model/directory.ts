import type { PlanNames } from '@grassroots/core';
import type { Problem, Rank } from '@grassroots/core/dispatch/index';

// Names of the people and places a plan mentions. The organ admin has the round's problem (every
// cadre and county it may use, D2/D5); a leader only has the names the saved version carries.

export interface CadreInfo {
  name: string;
  department: string;
  rank: Rank;
  organName: string;
  exemptReason: string | null;
}

export interface CountyInfo {
  name: string;
  prefectureCode: string;
  provinceCode: string;
}

export interface Directory {
  cadre: (id: string) => CadreInfo | undefined;
  county: (code: string) => CountyInfo | undefined;
  prefecture: (code: string) => string;
  province: (code: string) => string;
}

export function makeDirectory(names: PlanNames | undefined, problem: Problem | undefined): Directory {
  const cadres = new Map<string, CadreInfo>(Object.entries(names?.cadres ?? {}));
  const counties = new Map<string, CountyInfo>(Object.entries(names?.counties ?? {}));
  const prefectures = new Map<string, string>(
    Object.entries(names?.prefectures ?? {}).map(([k, v]) => [k, v.name]),
  );
  const provinces = new Map<string, string>(
    Object.entries(names?.provinces ?? {}).map(([k, v]) => [k, v.name]),
  );
  for (const c of problem?.cadres ?? []) {
    const known = cadres.get(c.id);
    cadres.set(c.id, {
      name: c.name,
      department: c.department,
      rank: c.rank,
      organName: known?.organName ?? '',
      exemptReason: known?.exemptReason ?? null,
    });
  }
  for (const c of problem?.counties ?? []) {
    counties.set(c.code, { name: c.name, prefectureCode: c.prefectureCode, provinceCode: c.provinceCode });
    if (c.prefectureName !== undefined) prefectures.set(c.prefectureCode, c.prefectureName);
    if (c.provinceName !== undefined) provinces.set(c.provinceCode, c.provinceName);
  }
  return {
    cadre: (id) => cadres.get(id),
    county: (code) => counties.get(code),
    prefecture: (code) => prefectures.get(code) ?? code,
    province: (code) => provinces.get(code) ?? code,
  };
}
