import { pushTo, type CheckContext } from './context';
import { nameList } from './labels';
import { CENTRAL } from './types';

// D5: one known county per cadre, inside the organ's province, avoiding native and past counties,
// and never two cadres in one county in the same batch.
export function checkCounties(ctx: CheckContext): void {
  const { labels: l, out } = ctx;
  const byCountyBatch = new Map<string, string[]>();
  for (const a of ctx.plan.assignments) {
    const cadre = ctx.cadres.get(a.cadreId);
    if (!cadre) continue;
    const county = ctx.counties.get(a.countyCode);
    if (!county) {
      out.push({
        rule: 'D5',
        code: 'unknown-county',
        message: `${l.cadre(a.cadreId)}被派往县级代码${a.countyCode}，该代码不在本轮可派驻的县（区）名单中。`,
        cadreIds: [a.cadreId],
        batch: a.batch,
        countyCode: a.countyCode,
      });
      continue;
    }
    pushTo(byCountyBatch, `${a.batch}|${a.countyCode}`, a.cadreId);
    const place = { batch: a.batch, countyCode: a.countyCode, provinceCode: county.provinceCode };
    if (cadre.organ !== CENTRAL && county.provinceCode !== cadre.organ) {
      out.push({
        rule: 'D5',
        code: 'outside-province',
        message: `${l.cadre(a.cadreId)}是省级团委机关干部，应派驻${l.province(cadre.organ)}的县（区），方案却派往${l.province(county.provinceCode)}${l.county(a.countyCode)}。`,
        cadreIds: [a.cadreId],
        ...place,
      });
    }
    if (cadre.nativeCountyCode === a.countyCode) {
      out.push({
        rule: 'D5',
        code: 'native-county',
        message: `${l.cadre(a.cadreId)}的籍贯是${l.county(a.countyCode)}，按回避要求不能派驻本人籍贯所在县（区）。`,
        cadreIds: [a.cadreId],
        ...place,
      });
    }
    if (cadre.previousCountyCodes.includes(a.countyCode)) {
      out.push({
        rule: 'D5',
        code: 'previous-county',
        message: `${l.cadre(a.cadreId)}以前已派驻过${l.county(a.countyCode)}，按回避要求不能再次派往该县（区）。`,
        cadreIds: [a.cadreId],
        ...place,
      });
    }
  }
  for (const [key, ids] of byCountyBatch) {
    if (ids.length <= 1) continue;
    const [batchText = '', countyCode = ''] = key.split('|');
    const batch = Number(batchText);
    out.push({
      rule: 'D5',
      code: 'county-taken',
      message: `${l.batch(batch)}有${ids.length}名干部（${nameList(ids.map((id) => l.cadre(id)))}）同时派驻${l.county(countyCode)}，每批每个县（区）只派驻一名干部。`,
      cadreIds: ids,
      batch,
      countyCode,
    });
  }
}
