// Test-only builders of dispatch problems (used by the *.test.ts files next to it; not exported).
import fc from 'fast-check';
import { defaultBatches } from './calendar';
import { problemSchema, type Plan, type Problem, type ProblemInput } from './schema';
import { RANKS, type Rank } from './types';

type CadreInput = ProblemInput['cadres'][number];
type CountyInput = ProblemInput['counties'][number];

export const PROVINCE_NAMES: Record<string, string> = {
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
};

// Counties `PPFFCC` for each province: prefectures PPFF with `perPrefecture[i]` counties each.
export function counties(province: string, perPrefecture: number[]): CountyInput[] {
  const out: CountyInput[] = [];
  perPrefecture.forEach((n, f) => {
    const prefectureCode = `${province}${String(f + 1).padStart(2, '0')}`;
    for (let c = 1; c <= n; c++) {
      out.push({
        code: `${prefectureCode}${String(c).padStart(2, '0')}`,
        name: `县${prefectureCode}${c}`,
        prefectureCode,
        provinceCode: province,
        prefectureName: `第${f + 1}市`,
        ...(PROVINCE_NAMES[province] === undefined ? {} : { provinceName: PROVINCE_NAMES[province] }),
      });
    }
  });
  return out;
}

export function cadre(id: string, organ: string, rank: Rank, extra: Partial<CadreInput> = {}): CadreInput {
  return {
    id,
    name: `干部${id}`,
    organ,
    department: '组织部',
    rank,
    grassrootsMonths: 36,
    probationEnd: null,
    exempt: false,
    nativeCountyCode: null,
    previousCountyCodes: [],
    ...extra,
  };
}

export function problem(cadres: CadreInput[], countyList: CountyInput[]): Problem {
  return problemSchema.parse({ batches: defaultBatches(2015), cadres, counties: countyList });
}

export function clonePlan(plan: Plan): Plan {
  return structuredClone(plan);
}

// Random problems that a correct solver must plan completely: at least 6 cadres per organ per batch (any
// number of central cadres can then join), enough 正处+ cadres (40%), enough
// counties, and probation that ends early enough for the D3 caps.
export const feasibleProblem: fc.Arbitrary<Problem> = fc
  .record({
    provinces: fc.array(
      fc.record({
        prefectures: fc.array(fc.integer({ min: 6, max: 12 }), { minLength: 3, maxLength: 5 }),
        size: fc.integer({ min: 24, max: 48 }),
        departments: fc.integer({ min: 2, max: 5 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    central: fc.integer({ min: 0, max: 24 }),
    seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  })
  .map(({ provinces, central, seed }) => {
    let s = 0;
    const next = (mod: number): number => (seed[s++ % seed.length] ?? 0) % Math.max(1, mod);
    const codes = ['43', '44', '45'];
    const countyList = provinces.flatMap((p, i) => counties(codes[i] ?? '43', p.prefectures));
    const cadres: CadreInput[] = [];
    const organs = [
      ...provinces.map((p, i) => ({ organ: codes[i] ?? '43', size: p.size, departments: p.departments })),
      { organ: 'central', size: central, departments: 3 },
    ];
    for (const { organ, size, departments } of organs) {
      const pool = countyList
        .filter((c) => organ === 'central' || c.provinceCode === organ)
        .map((c) => c.code);
      const leaders = Math.ceil(size * 0.4);
      const probationTaken = new Set<number>();
      for (let k = 0; k < size; k++) {
        const dept = k % departments;
        const rank: Rank = k < leaders ? (RANKS[next(3)] ?? '正处') : (RANKS[3 + next(4)] ?? '科员');
        // One new hire per department at most, free from the second batch on.
        const probation = !probationTaken.has(dept) && next(6) === 0;
        if (probation) probationTaken.add(dept);
        cadres.push(
          cadre(`${organ}-${k}`, organ, rank, {
            department: `部门${dept}`,
            grassrootsMonths: next(60),
            probationEnd: probation ? '2016-02-15' : null,
            exempt: k >= 24 && k >= leaders && next(12) === 0,
            nativeCountyCode: next(3) === 0 ? null : (pool[next(pool.length)] ?? null),
            previousCountyCodes: next(3) === 0 ? [pool[next(pool.length)] ?? ''].filter(Boolean) : [],
          }),
        );
      }
    }
    return problem(cadres, countyList);
  });

// Any small problem, feasible or not: tight prefectures, few leaders, late probation, many exemptions.
export const anyProblem: fc.Arbitrary<Problem> = fc
  .record({
    provinces: fc.array(
      fc.record({
        prefectures: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
        size: fc.integer({ min: 0, max: 20 }),
        leaderShare: fc.integer({ min: 0, max: 60 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    central: fc.integer({ min: 0, max: 12 }),
    seed: fc.array(fc.nat(), { minLength: 32, maxLength: 32 }),
  })
  .map(({ provinces, central, seed }) => {
    let s = 0;
    const next = (mod: number): number => (seed[s++ % seed.length] ?? 0) % Math.max(1, mod);
    const codes = ['43', '44', '45'];
    const countyList = provinces.flatMap((p, i) => counties(codes[i] ?? '43', p.prefectures));
    const probation = [
      null,
      null,
      null,
      '2015-08-01',
      '2016-02-15',
      '2016-08-15',
      '2017-02-15',
      '2017-05-01',
    ];
    const cadres: CadreInput[] = [];
    const organs = [
      ...provinces.map((p, i) => ({ organ: codes[i] ?? '43', size: p.size, share: p.leaderShare })),
      { organ: 'central', size: central, share: 40 },
    ];
    for (const { organ, size, share } of organs) {
      const pool = countyList
        .filter((c) => organ === 'central' || c.provinceCode === organ)
        .map((c) => c.code);
      for (let k = 0; k < size; k++) {
        cadres.push(
          cadre(`${organ}-${k}`, organ, next(100) < share ? '正处' : '科员', {
            department: `部门${next(3)}`,
            grassrootsMonths: next(48),
            probationEnd: probation[next(probation.length)] ?? null,
            exempt: next(8) === 0,
            nativeCountyCode: pool[next(pool.length + 1)] ?? null,
            previousCountyCodes: next(2) === 0 ? [pool[next(pool.length)] ?? ''].filter(Boolean) : [],
          }),
        );
      }
    }
    return problem(cadres, countyList);
  });
