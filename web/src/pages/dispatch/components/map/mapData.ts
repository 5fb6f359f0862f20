import type { registerMap } from 'echarts/core';

// A5: China and province outlines from echarts@4.9.0's map data (Apache-2.0), each file its own
// lazily loaded chunk, so the map costs nothing until the map tab is opened.

interface Feature {
  id?: string;
  properties: { name: string };
}
// What ECharts' registerMap takes (GeoJSON, here in the compressed UTF8Encoding form), with the
// feature ids (GB/T 2260 codes) and names this page reads.
export type MapJson = Exclude<Parameters<typeof registerMap>[1], string> & { features: Feature[] };

type Loader = () => Promise<{ default: unknown }>;

export const loadChina: Loader = () => import('echarts-map-data/map/json/china.json');

// GB/T 2260 two-digit province codes → the data package's file names.
const provinces: Record<string, Loader> = {
  '11': () => import('echarts-map-data/map/json/province/beijing.json'),
  '12': () => import('echarts-map-data/map/json/province/tianjin.json'),
  '13': () => import('echarts-map-data/map/json/province/hebei.json'),
  '14': () => import('echarts-map-data/map/json/province/shanxi.json'),
  '15': () => import('echarts-map-data/map/json/province/neimenggu.json'),
  '21': () => import('echarts-map-data/map/json/province/liaoning.json'),
  '22': () => import('echarts-map-data/map/json/province/jilin.json'),
  '23': () => import('echarts-map-data/map/json/province/heilongjiang.json'),
  '31': () => import('echarts-map-data/map/json/province/shanghai.json'),
  '32': () => import('echarts-map-data/map/json/province/jiangsu.json'),
  '33': () => import('echarts-map-data/map/json/province/zhejiang.json'),
  '34': () => import('echarts-map-data/map/json/province/anhui.json'),
  '35': () => import('echarts-map-data/map/json/province/fujian.json'),
  '36': () => import('echarts-map-data/map/json/province/jiangxi.json'),
  '37': () => import('echarts-map-data/map/json/province/shandong.json'),
  '41': () => import('echarts-map-data/map/json/province/henan.json'),
  '42': () => import('echarts-map-data/map/json/province/hubei.json'),
  '43': () => import('echarts-map-data/map/json/province/hunan.json'),
  '44': () => import('echarts-map-data/map/json/province/guangdong.json'),
  '45': () => import('echarts-map-data/map/json/province/guangxi.json'),
  '46': () => import('echarts-map-data/map/json/province/hainan.json'),
  '50': () => import('echarts-map-data/map/json/province/chongqing.json'),
  '51': () => import('echarts-map-data/map/json/province/sichuan.json'),
  '52': () => import('echarts-map-data/map/json/province/guizhou.json'),
  '53': () => import('echarts-map-data/map/json/province/yunnan.json'),
  '54': () => import('echarts-map-data/map/json/province/xizang.json'),
  '61': () => import('echarts-map-data/map/json/province/shanxi1.json'),
  '62': () => import('echarts-map-data/map/json/province/gansu.json'),
  '63': () => import('echarts-map-data/map/json/province/qinghai.json'),
  '64': () => import('echarts-map-data/map/json/province/ningxia.json'),
  '65': () => import('echarts-map-data/map/json/province/xinjiang.json'),
  '71': () => import('echarts-map-data/map/json/province/taiwan.json'),
  '81': () => import('echarts-map-data/map/json/province/xianggang.json'),
  '82': () => import('echarts-map-data/map/json/province/aomen.json'),
};

export function hasProvinceMap(code: string): boolean {
  return code in provinces;
}

function isMapJson(value: unknown): value is MapJson {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; features?: unknown };
  return v.type === 'FeatureCollection' && Array.isArray(v.features);
}

/** 'china' or a two-digit province code → its GeoJSON (the compressed form ECharts decodes itself). */
export async function loadMap(key: string): Promise<MapJson> {
  const loader = key === 'china' ? loadChina : provinces[key];
  if (!loader) throw new Error(`no map for ${key}`);
  const mod = await loader();
  if (!isMapJson(mod.default)) throw new Error(`bad map data for ${key}`);
  return mod.default;
}

/** Feature names keyed by division code prefix: '43' → '湖南' (china), '4301' → '长沙市' (province). */
export function featureNames(json: MapJson, digits: 2 | 4): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of json.features) if (f.id) out.set(f.id.slice(0, digits), f.properties.name);
  return out;
}
