import type { Assignment, Batch, Plan, Rank } from '@grassroots/core/dispatch/index';
import { RANK_ORDER } from '@grassroots/core/dispatch/types';
import type { Directory } from './directory';

// D6: a plan as people read it — batch → prefecture → work group → members (leader first).

export interface MemberRow {
  cadreId: string;
  name: string;
  rank: Rank | null;
  department: string;
  countyCode: string;
  countyName: string;
  groupId: string | null;
  batch: number;
  leader: boolean;
  start: string;
  end: string;
  // D4: the stay runs past the batch end (less than two years at the grassroots).
  extended: boolean;
}

export interface GroupBlock {
  id: string;
  // 0 when the prefecture has one group in the batch, else 1, 2 … (长沙市第2工作小组).
  number: number;
  leaderId: string;
  members: MemberRow[];
}

export interface PrefectureBlock {
  code: string;
  name: string;
  province: string;
  groups: GroupBlock[];
  // D6: assignments without a (known) group, shown so they can be placed.
  ungrouped: MemberRow[];
}

export interface BatchBlock {
  batch: Batch;
  cadres: number;
  prefectures: PrefectureBlock[];
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

function memberOrder(a: MemberRow, b: MemberRow): number {
  if (a.leader !== b.leader) return a.leader ? -1 : 1;
  const ra = a.rank ? RANK_ORDER[a.rank] : 99;
  const rb = b.rank ? RANK_ORDER[b.rank] : 99;
  return ra - rb || a.countyCode.localeCompare(b.countyCode);
}

export function memberRow(a: Assignment, dir: Directory, batchEnd: string | undefined): MemberRow {
  const cadre = dir.cadre(a.cadreId);
  return {
    cadreId: a.cadreId,
    name: cadre?.name ?? a.cadreId,
    rank: cadre?.rank ?? null,
    department: cadre?.department ?? '',
    countyCode: a.countyCode,
    countyName: dir.county(a.countyCode)?.name ?? a.countyCode,
    groupId: a.groupId,
    batch: a.batch,
    leader: a.leader,
    start: a.start,
    end: a.end,
    extended: batchEnd !== undefined && a.end > batchEnd,
  };
}

/** Groups per batch and prefecture, numbered by id like the server names them (长沙市第2工作小组). */
export function groupNumbers(plan: Plan): Map<string, number> {
  const byPlace = new Map<string, string[]>();
  for (const g of plan.groups) {
    const key = `${g.batch}|${g.prefectureCode}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), g.id]);
  }
  const out = new Map<string, number>();
  for (const g of plan.groups) {
    const ids = [...new Set(byPlace.get(`${g.batch}|${g.prefectureCode}`) ?? [])].sort();
    out.set(g.id, ids.length > 1 ? ids.indexOf(g.id) + 1 : 0);
  }
  return out;
}

/** The plan arranged for the table: one block per batch of the round (and any unknown batch). */
export function arrangePlan(plan: Plan, batches: readonly Batch[], dir: Directory): BatchBlock[] {
  const numbers = groupNumbers(plan);
  const groupsById = new Map(plan.groups.map((g) => [g.id, g]));
  const all = [...batches];
  for (const a of plan.assignments) {
    if (!all.some((b) => b.id === a.batch)) all.push({ id: a.batch, start: '', end: '' });
  }
  return all
    .sort((a, b) => a.id - b.id)
    .map((batch) => {
      const prefectures = new Map<string, PrefectureBlock>();
      const blockOf = (code: string): PrefectureBlock => {
        let block = prefectures.get(code);
        if (!block) {
          block = {
            code,
            name: dir.prefecture(code),
            province: dir.province(code.slice(0, 2)),
            groups: [],
            ungrouped: [],
          };
          prefectures.set(code, block);
        }
        return block;
      };
      const groupBlocks = new Map<string, GroupBlock>();
      for (const g of plan.groups.filter((x) => x.batch === batch.id)) {
        const block: GroupBlock = {
          id: g.id,
          number: numbers.get(g.id) ?? 0,
          leaderId: g.leaderId,
          members: [],
        };
        groupBlocks.set(g.id, block);
        blockOf(g.prefectureCode).groups.push(block);
      }
      const inBatch = plan.assignments.filter((a) => a.batch === batch.id);
      for (const a of inBatch) {
        const row = memberRow(a, dir, batch.end || undefined);
        const group = a.groupId === null ? undefined : groupBlocks.get(a.groupId);
        if (group && groupsById.get(group.id)?.memberIds.includes(a.cadreId)) group.members.push(row);
        else
          blockOf(dir.county(a.countyCode)?.prefectureCode ?? a.countyCode.slice(0, 4)).ungrouped.push(row);
      }
      const list = [...prefectures.values()].sort(byCode);
      for (const p of list) {
        p.groups.sort((a, b) => a.id.localeCompare(b.id));
        for (const g of p.groups) g.members.sort(memberOrder);
        p.ungrouped.sort(memberOrder);
      }
      return { batch, cadres: inBatch.length, prefectures: list };
    });
}
