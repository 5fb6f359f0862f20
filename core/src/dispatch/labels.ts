import type { Batch, DispatchCadre, DispatchCounty, Problem } from './schema';
import { CENTRAL } from './types';

// D7: messages name people and places the way a user knows them, falling back to codes when unnamed.
export interface Labels {
  cadre: (id: string) => string;
  organ: (organ: string) => string;
  province: (code: string) => string;
  prefecture: (code: string) => string;
  county: (code: string) => string;
  batch: (id: number) => string;
  // D3: each batch's share of an organ, e.g. 四分之一
  share: string;
}

// D7: how users call an organ — 团中央机关, 团湖南省委机关.
export function organName(organ: string, provinceName: string | undefined): string {
  if (organ === CENTRAL) return '团中央机关';
  if (provinceName === undefined) return `省级团委机关（代码${organ}）`;
  return `团${provinceName}委机关`;
}

// D7: name lookups for one problem's cadres, counties, prefectures, provinces and batches.
export function makeLabels(problem: Problem): Labels {
  const cadres = new Map<string, DispatchCadre>(problem.cadres.map((c) => [c.id, c]));
  const counties = new Map<string, DispatchCounty>(problem.counties.map((c) => [c.code, c]));
  const provinceNames = new Map<string, string>();
  const prefectureNames = new Map<string, string>();
  for (const c of problem.counties) {
    if (c.provinceName !== undefined) provinceNames.set(c.provinceCode, c.provinceName);
    if (c.prefectureName !== undefined) prefectureNames.set(c.prefectureCode, c.prefectureName);
  }
  const batches = new Map<number, Batch>(problem.batches.map((b) => [b.id, b]));
  const province = (code: string): string => provinceNames.get(code) ?? `省级行政区${code}`;
  const organ = (o: string): string => organName(o, provinceNames.get(o));
  return {
    share: fractionText(problem.batches.length),
    organ,
    province,
    prefecture: (code) => {
      const name = prefectureNames.get(code);
      if (name !== undefined) return `${province(code.slice(0, 2))}${name}`;
      return `地级行政区${code}`;
    },
    county: (code) => {
      const c = counties.get(code);
      return c === undefined ? `未知县（代码${code}）` : `${c.name}（${code}）`;
    },
    cadre: (id) => {
      const c = cadres.get(id);
      return c === undefined ? `未知干部（编号${id}）` : `${c.name}（${organ(c.organ)}${c.department}）`;
    },
    batch: (id) => {
      const b = batches.get(id);
      return b === undefined ? `第${id}批（不存在）` : `第${id}批（${b.start}至${b.end}）`;
    },
  };
}

// D3: "四分之一" for a four-batch round, in the words of the seed.
export function fractionText(batches: number): string {
  const digits = '零一二三四五六七八九十';
  if (batches <= 1) return '全部';
  return batches <= 10 ? `${digits[batches] ?? ''}分之一` : `${batches}分之一`;
}

const REASONS: Record<string, string> = {
  exempt: '经批准不参加',
  'probation-after-round': '试用期满于本轮最后一批开始之后',
  'infeasible-batch': '无法安排批次',
  'infeasible-group': '无法编入工作小组',
  'infeasible-county': '没有可派驻的县（区）',
};

// D7: an unassigned reason in words; unknown reasons (written by other tools) are shown as given.
export function reasonText(reason: string): string {
  return REASONS[reason] ?? reason;
}

// Lists of names stay readable: at most `max` names, then a count.
export function nameList(names: string[], max = 5): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}人`;
}
