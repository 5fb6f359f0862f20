import { serviceWindow } from './calendar';
import { pushTo, type CheckContext } from './context';
import { canStartIn, departmentKey, eligibilityOf } from './eligibility';
import { fractionText, nameList, reasonText } from './labels';

// D1/D2/D5: every assignment names a known cadre and batch; eligible cadres are dispatched exactly once.
export function checkEligibility(ctx: CheckContext): void {
  const { labels: l, out } = ctx;
  for (const [cadreId, list] of ctx.assignmentsByCadre) {
    const cadre = ctx.cadres.get(cadreId);
    if (!cadre) {
      out.push({
        rule: 'D2',
        code: 'unknown-cadre',
        message: `方案中的干部编号${cadreId}不在本轮参加下沉的干部名单中。`,
        cadreIds: [cadreId],
      });
      continue;
    }
    if (list.length > 1) {
      out.push({
        rule: 'D5',
        code: 'multiple-assignments',
        message: `${l.cadre(cadreId)}在方案中被安排了${list.length}次，每名干部每轮只派驻一个县（区）一次。`,
        cadreIds: [cadreId],
      });
    }
    for (const a of list) {
      const batch = ctx.batches.get(a.batch);
      if (!batch) {
        out.push({
          rule: 'D1',
          code: 'unknown-batch',
          message: `${l.cadre(cadreId)}被安排在第${a.batch}批，但本轮没有这一批次。`,
          cadreIds: [cadreId],
          batch: a.batch,
        });
        continue;
      }
      if (cadre.exempt) {
        out.push({
          rule: 'D2',
          code: 'exempt-assigned',
          message: `${l.cadre(cadreId)}已批准不参加本轮下沉，却被安排在${l.batch(a.batch)}。`,
          cadreIds: [cadreId],
          batch: a.batch,
        });
      } else if (!canStartIn(cadre, batch)) {
        out.push({
          rule: 'D2',
          code: 'probation-not-ended',
          message: `${l.cadre(cadreId)}的试用期到${cadre.probationEnd ?? ''}才满，不能安排在${batch.start}开始的${l.batch(a.batch)}。`,
          cadreIds: [cadreId],
          batch: a.batch,
        });
      }
    }
  }
  const reasons = new Map(ctx.plan.unassigned.map((u) => [u.cadreId, u.reason]));
  for (const [cadreId, reason] of reasons) {
    if (!ctx.assignmentsByCadre.has(cadreId)) continue;
    out.push({
      rule: 'D2',
      code: 'assigned-and-unassigned',
      message: `${l.cadre(cadreId)}已有派驻安排，却又列在未安排名单中（原因：${reasonText(reason)}），请删去其中一处。`,
      cadreIds: [cadreId],
    });
  }
  for (const cadre of ctx.problem.cadres) {
    if (ctx.assignmentsByCadre.has(cadre.id)) continue;
    if (eligibilityOf(cadre, ctx.problem.batches) !== 'eligible') continue;
    const reason = reasons.get(cadre.id);
    out.push({
      rule: 'D2',
      code: 'eligible-unassigned',
      message: `${l.cadre(cadre.id)}应参加本轮下沉，但方案没有安排${reason === undefined ? '' : `（方案注明原因：${reasonText(reason)}）`}。`,
      cadreIds: [cadre.id],
    });
  }
}

// D3: each batch takes about a quarter of an organ and at most ceil(share) of each department.
export function checkQuarters(ctx: CheckContext): void {
  const { labels: l, quotas, out } = ctx;
  const byOrgan = new Map<string, string[]>();
  const byDepartment = new Map<string, string[]>();
  for (const [cadreId, list] of ctx.assignmentsByCadre) {
    const cadre = ctx.cadres.get(cadreId);
    const first = list[0];
    if (!cadre || !first || !ctx.batches.has(first.batch)) continue;
    const organKey = `${first.batch}|${cadre.organ}`;
    const deptKey = `${first.batch}|${departmentKey(cadre)}`;
    pushTo(byOrgan, organKey, cadreId);
    pushTo(byDepartment, deptKey, cadreId);
  }
  for (const [key, ids] of byOrgan) {
    const [batchText = '', organ = ''] = key.split('|');
    const batch = Number(batchText);
    const cap = quotas.organCap(organ);
    if (ids.length <= cap) continue;
    out.push({
      rule: 'D3',
      code: 'organ-batch-cap',
      message: `${l.batch(batch)}派出${l.organ(organ)}干部${ids.length}人，超过该机关本轮应参加干部${quotas.organEligible.get(organ) ?? 0}人的${fractionText(quotas.batchCount)}（上限${cap}人）。`,
      cadreIds: ids,
      batch,
      ...(organ === 'central' ? {} : { provinceCode: organ }),
    });
  }
  for (const [key, ids] of byDepartment) {
    const [batchText = '', dept = ''] = key.split('|');
    const batch = Number(batchText);
    const cap = quotas.departmentCap(dept);
    if (ids.length <= cap) continue;
    const [organ = '', ...rest] = dept.split('/');
    const department = rest.join('/');
    out.push({
      rule: 'D3',
      code: 'department-batch-cap',
      message: `${l.batch(batch)}派出${l.organ(organ)}${department}干部${ids.length}人（${nameList(ids.map((id) => ctx.cadres.get(id)?.name ?? id))}），超过该部门应参加干部${quotas.departmentEligible.get(dept) ?? 0}人的${Math.round(ctx.problem.rules.departmentShare * 100)}%（上限${cap}人），部门工作难以正常运转。`,
      cadreIds: ids,
      batch,
      department,
      ...(organ === 'central' ? {} : { provinceCode: organ }),
    });
  }
}

// D4: service starts with the batch and ends with it, or two months later for short grassroots experience.
export function checkDates(ctx: CheckContext): void {
  const { labels: l, out, problem } = ctx;
  for (const a of ctx.plan.assignments) {
    const cadre = ctx.cadres.get(a.cadreId);
    const batch = ctx.batches.get(a.batch);
    if (!cadre || !batch) continue;
    const want = serviceWindow(cadre, batch, problem.rules);
    if (a.start !== want.start) {
      out.push({
        rule: 'D4',
        code: 'start-date',
        message: `${l.cadre(a.cadreId)}在${l.batch(a.batch)}的下沉开始日期应为${want.start}，方案写的是${a.start}。`,
        cadreIds: [a.cadreId],
        batch: a.batch,
      });
    }
    if (a.end !== want.end) {
      const why =
        want.end === batch.end
          ? '与批次同时结束'
          : `基层工作经历${cadre.grassrootsMonths}个月，不满${problem.rules.shortExperienceMonths}个月，工作时间顺延至${problem.rules.extendedMonths}个月`;
      out.push({
        rule: 'D4',
        code: 'end-date',
        message: `${l.cadre(a.cadreId)}在${l.batch(a.batch)}的下沉结束日期应为${want.end}（${why}），方案写的是${a.end}。`,
        cadreIds: [a.cadreId],
        batch: a.batch,
      });
    }
  }
}
