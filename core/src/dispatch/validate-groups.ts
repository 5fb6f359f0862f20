import { pushTo, type CheckContext } from './context';
import { nameList } from './labels';
import type { Group } from './schema';
import { CENTRAL, rankAtLeast, type Violation } from './types';

function groupPlace(g: Group): Pick<Violation, 'batch' | 'prefectureCode' | 'groupId'> {
  return { batch: g.batch, prefectureCode: g.prefectureCode, groupId: g.id };
}

// D6: each assignment belongs to a group that lists it.
function checkAssignmentsHaveGroups(ctx: CheckContext): void {
  const { labels: l, out } = ctx;
  for (const a of ctx.plan.assignments) {
    if (!ctx.cadres.has(a.cadreId)) continue;
    if (a.groupId === null) {
      out.push({
        rule: 'D6',
        code: 'no-group',
        message: `${l.cadre(a.cadreId)}在${l.batch(a.batch)}没有编入工作小组。`,
        cadreIds: [a.cadreId],
        batch: a.batch,
      });
      continue;
    }
    const g = ctx.groups.get(a.groupId);
    if (!g) {
      out.push({
        rule: 'D6',
        code: 'unknown-group',
        message: `${l.cadre(a.cadreId)}被编入工作小组${a.groupId}，但方案中没有这个小组。`,
        cadreIds: [a.cadreId],
        batch: a.batch,
        groupId: a.groupId,
      });
    } else if (!g.memberIds.includes(a.cadreId)) {
      out.push({
        rule: 'D6',
        code: 'group-member-mismatch',
        message: `${l.cadre(a.cadreId)}的派驻记录写在工作小组${g.id}，但该小组的成员名单里没有此人。`,
        cadreIds: [a.cadreId],
        ...groupPlace(g),
      });
    }
  }
}

// D6: one group's size, members, prefecture and its single leader of 正处 or above.
function checkGroup(ctx: CheckContext, g: Group): void {
  const { labels: l, out, problem } = ctx;
  const { groupMin, groupMax, leaderMinRank } = problem.rules;
  const name = `${l.batch(g.batch)}${l.prefecture(g.prefectureCode)}工作小组${g.id}`;
  const place = groupPlace(g);
  const uniqueMembers = [...new Set(g.memberIds)];
  if (uniqueMembers.length < groupMin || uniqueMembers.length > groupMax) {
    out.push({
      rule: 'D6',
      code: 'group-size',
      message: `${name}有${uniqueMembers.length}名成员，每个工作小组应为${groupMin}至${groupMax}人。`,
      cadreIds: uniqueMembers,
      ...place,
    });
  }
  const flagged: string[] = [];
  for (const id of uniqueMembers) {
    const a = ctx.assignmentsByCadre.get(id)?.[0];
    if (!ctx.cadres.has(id) || !a) {
      out.push({
        rule: 'D6',
        code: 'group-member-unassigned',
        message: `${name}的成员${l.cadre(id)}在方案中没有派驻记录。`,
        cadreIds: [id],
        ...place,
      });
      continue;
    }
    if (a.leader && a.groupId === g.id) flagged.push(id);
    if (a.batch !== g.batch) {
      out.push({
        rule: 'D6',
        code: 'group-batch-mismatch',
        message: `${l.cadre(id)}是${name}的成员，却被安排在${l.batch(a.batch)}；同一小组的成员应在同一批次下沉。`,
        cadreIds: [id],
        ...place,
      });
    }
    const county = ctx.counties.get(a.countyCode);
    if (county && county.prefectureCode !== g.prefectureCode) {
      out.push({
        rule: 'D6',
        code: 'group-prefecture-mismatch',
        message: `${l.cadre(id)}派驻的${l.county(a.countyCode)}属于${l.prefecture(county.prefectureCode)}，不在${name}所在的地（市），同一小组的成员应派驻同一地（市）的不同县（区）。`,
        cadreIds: [id],
        ...place,
      });
    }
  }
  const leader = ctx.cadres.get(g.leaderId);
  if (!uniqueMembers.includes(g.leaderId)) {
    out.push({
      rule: 'D6',
      code: 'leader-not-member',
      message: `${name}的组长${l.cadre(g.leaderId)}不在该小组成员名单中。`,
      cadreIds: [g.leaderId],
      ...place,
    });
  } else if (leader && !rankAtLeast(leader.rank, leaderMinRank)) {
    out.push({
      rule: 'D6',
      code: 'leader-rank',
      message: `${name}由${l.cadre(g.leaderId)}（${leader.rank}）牵头，组长应由${leaderMinRank}及以上干部担任。`,
      cadreIds: [g.leaderId],
      ...place,
    });
  }
  if (flagged.length !== 1 || flagged[0] !== g.leaderId) {
    const flaggedText = flagged.length === 0 ? '没有成员' : nameList(flagged.map((id) => l.cadre(id)));
    out.push({
      rule: 'D6',
      code: 'leader-count',
      message: `${name}应有且只有一名组长（${l.cadre(g.leaderId)}），派驻记录中标为组长的是：${flaggedText}。`,
      cadreIds: [...new Set([g.leaderId, ...flagged])],
      ...place,
    });
  }
}

// D6: spread central cadres — no group holds two while another group of the same batch holds none.
function checkCentralSpread(ctx: CheckContext): void {
  const { labels: l, out } = ctx;
  const byBatch = new Map<number, { g: Group; central: string[] }[]>();
  for (const g of ctx.groups.values()) {
    const central = g.memberIds.filter((id) => ctx.cadres.get(id)?.organ === CENTRAL);
    pushTo(byBatch, g.batch, { g, central: [...new Set(central)] });
  }
  for (const [batch, list] of byBatch) {
    const lacking = list.filter((x) => x.central.length === 0);
    if (lacking.length === 0) continue;
    const examples = lacking.slice(0, 3).map((x) => `${l.prefecture(x.g.prefectureCode)}小组${x.g.id}`);
    for (const { g, central } of list) {
      if (central.length < 2) continue;
      out.push({
        rule: 'D6',
        code: 'central-not-spread',
        message: `${l.batch(batch)}${l.prefecture(g.prefectureCode)}工作小组${g.id}有${central.length}名团中央机关干部（${nameList(central.map((id) => ctx.cadres.get(id)?.name ?? id))}），而同批还有${lacking.length}个小组没有团中央机关干部（如${examples.join('、')}）；应每组至多一人，让更多小组实现混编。`,
        cadreIds: central,
        ...groupPlace(g),
      });
    }
  }
}

// D6: groups one by one, then assignments without a group, then the spread of central cadres per batch.
export function checkGroups(ctx: CheckContext): void {
  const seen = new Set<string>();
  for (const g of ctx.plan.groups) {
    if (seen.has(g.id)) {
      ctx.out.push({
        rule: 'D6',
        code: 'duplicate-group',
        message: `工作小组编号${g.id}在方案中出现了不止一次。`,
        cadreIds: g.memberIds,
        ...groupPlace(g),
      });
      continue;
    }
    seen.add(g.id);
    if (!ctx.batches.has(g.batch)) {
      ctx.out.push({
        rule: 'D1',
        code: 'unknown-batch',
        message: `工作小组${g.id}属于第${g.batch}批，但本轮没有这一批次。`,
        cadreIds: g.memberIds,
        ...groupPlace(g),
      });
    }
    checkGroup(ctx, g);
  }
  checkAssignmentsHaveGroups(ctx);
  checkCentralSpread(ctx);
}
