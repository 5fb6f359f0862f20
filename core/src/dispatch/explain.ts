import type { ProvinceBlock } from './allocate';
import type { BatchQuotas } from './eligibility';
import { departmentKey } from './eligibility';
import { fractionText, nameList, type Labels } from './labels';
import type { Batch, DispatchCadre, DispatchRules } from './schema';
import { CENTRAL, type Explanation } from './types';

// D7: explanations of what the solver could not do, naming rule, place and people in Chinese.

function names(cadres: readonly DispatchCadre[]): string {
  return nameList(cadres.map((c) => c.name));
}

function provinceOf(organ: string): { provinceCode?: string } {
  return organ === CENTRAL ? {} : { provinceCode: organ };
}

function byDepartment(cadres: readonly DispatchCadre[]): DispatchCadre[][] {
  const map = new Map<string, DispatchCadre[]>();
  for (const c of cadres) {
    const key = departmentKey(c);
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  }
  return [...map.values()];
}

// D2: new hires whose probation ends after the last batch has started wait for the next round.
export function explainProbation(
  late: readonly DispatchCadre[],
  all: readonly DispatchCadre[],
  lastBatch: Batch,
  l: Labels,
): Explanation[] {
  return byDepartment(late).map((list) => {
    const first = list[0] as DispatchCadre;
    const deptSize = all.filter((c) => departmentKey(c) === departmentKey(first) && !c.exempt).length;
    const whole = deptSize === list.length ? `全部${list.length}名干部` : `${list.length}名干部`;
    return {
      rule: 'D2',
      code: 'probation-after-round',
      message: `${l.organ(first.organ)}${first.department}${whole}（${names(list)}）试用期满于本轮最后一批开始日期（${lastBatch.start}）之后，本轮无法安排下沉，应待试用期满后在下一轮安排。`,
      cadreIds: list.map((c) => c.id),
      department: first.department,
      ...provinceOf(first.organ),
    };
  });
}

// D5: a provincial organ whose province offers no prefecture with enough counties.
export function explainNoCounties(
  organ: string,
  cadres: readonly DispatchCadre[],
  rules: DispatchRules,
  l: Labels,
): Explanation {
  return {
    rule: 'D5',
    code: 'no-counties',
    message: `${l.province(organ)}没有一个地（市）有${rules.groupMin}个以上可派驻的县（区），${l.organ(organ)}的${cadres.length}名干部（${names(cadres)}）只能派驻本省，无法安排。`,
    cadreIds: cadres.map((c) => c.id),
    provinceCode: organ,
  };
}

// D3: caps and probation leave no batch for these cadres.
export function explainUnplaced(
  unplaced: readonly DispatchCadre[],
  quotas: BatchQuotas,
  rules: DispatchRules,
  l: Labels,
): Explanation[] {
  return byDepartment(unplaced).map((list) => {
    const first = list[0] as DispatchCadre;
    const key = departmentKey(first);
    return {
      rule: 'D3',
      code: 'no-batch',
      message: `${l.organ(first.organ)}每批最多派出${quotas.organCap(first.organ)}人（应参加干部${quotas.organEligible.get(first.organ) ?? 0}人的${fractionText(quotas.batchCount)}），${first.department}每批最多${quotas.departmentCap(key)}人（${Math.round(rules.departmentShare * 100)}%）；加上试用期的限制（D2），${names(list)}无法安排到任何批次。`,
      cadreIds: list.map((c) => c.id),
      department: first.department,
      ...provinceOf(first.organ),
    };
  });
}

// D6: why part of a province's batch could not be grouped.
export function explainDropped(b: ProvinceBlock, batch: Batch, rules: DispatchRules, l: Labels): Explanation {
  const who = `${l.organ(b.province)}的${names(b.dropped)}`;
  const total = b.provincial.length + b.dropped.length;
  const cause =
    b.dropCause === 'counties'
      ? `${l.province(b.province)}可派驻的县（区）不够，本批最多容纳${b.capacity[b.capacity.length - 1] ?? 0}人、${b.capacity.length - 1}个小组`
      : b.dropCause === 'too-few'
        ? `本批只有${total}名${l.organ(b.province)}干部，也没有可编入的团中央机关干部，不足${rules.groupMin}人，无法在${l.province(b.province)}组成工作小组（每批派出人数受D3“每批约占机关干部的${l.share}”所限）`
        : `本批${l.organ(b.province)}的${total}名干部中${rules.leaderMinRank}及以上干部不够，也没有可牵头的团中央机关干部，每个小组须由${rules.leaderMinRank}及以上干部牵头`;
  return {
    rule: 'D6',
    code: `group-${b.dropCause ?? 'infeasible'}`,
    message: `${l.batch(batch.id)}：${cause}，${who}未能编组派驻。`,
    cadreIds: b.dropped.map((c) => c.id),
    batch: batch.id,
    provinceCode: b.province,
  };
}

// D5: no prefecture had enough free counties outside the members' native and past counties.
export function explainUnplacedGroup(
  members: readonly DispatchCadre[],
  province: string | null,
  batch: Batch,
  l: Labels,
): Explanation {
  const where = province === null ? '全国' : l.province(province);
  return {
    rule: 'D5',
    code: 'no-county-for-group',
    message: `${l.batch(batch.id)}：${where}没有一个地（市）还能为${names(members)}提供${members.length}个互不相同、且避开本人籍贯和曾派驻县（区）的空闲县（区），这些干部未能派驻。`,
    cadreIds: members.map((c) => c.id),
    batch: batch.id,
    ...(province === null ? {} : { provinceCode: province }),
  };
}

// D6: central cadres that had to share a group although some group of the batch has none.
export function explainDoubled(
  province: string,
  cadres: readonly DispatchCadre[],
  batch: Batch,
  rules: DispatchRules,
  l: Labels,
): Explanation {
  return {
    rule: 'D6',
    code: 'central-not-spread',
    message: `${l.batch(batch.id)}：团中央机关干部${names(cadres)}编入${l.province(province)}，人数多于该省本批能组成的小组数（受${rules.leaderMinRank}及以上牵头干部和县（区）数量所限），有的小组只能编入两名团中央机关干部，而本批仍有小组没有团中央机关干部。`,
    cadreIds: cadres.map((c) => c.id),
    batch: batch.id,
    provinceCode: province,
  };
}

// D6: central cadres left over that could not form a group of their own.
export function explainCentralLeftover(
  cadres: readonly DispatchCadre[],
  batch: Batch,
  rules: DispatchRules,
  l: Labels,
): Explanation {
  return {
    rule: 'D6',
    code: 'central-leftover',
    message: `${l.batch(batch.id)}：团中央机关干部${names(cadres)}无法编入任何省份的工作小组，自行编组又不足${rules.groupMin}人或缺少${rules.leaderMinRank}及以上干部牵头，未能派驻。`,
    cadreIds: cadres.map((c) => c.id),
    batch: batch.id,
  };
}

// D6: central cadres that had to form groups of their own while some provincial group has none.
export function explainCrowded(
  cadres: readonly DispatchCadre[],
  batch: Batch,
  rules: DispatchRules,
  l: Labels,
): Explanation {
  return {
    rule: 'D6',
    code: 'central-not-spread',
    message: `${l.batch(batch.id)}：各省的小组受${rules.leaderMinRank}及以上牵头干部、人数和县（区）数量所限，无法再编入团中央机关干部，${names(cadres)}只能由团中央机关干部自行编组，而本批仍有小组没有团中央机关干部。`,
    cadreIds: cadres.map((c) => c.id),
    batch: batch.id,
  };
}
