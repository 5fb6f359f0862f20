import { allocateBatch, type BatchAllocation } from './allocate';
import type { CountyBook } from './counties';
import {
  explainCentralLeftover,
  explainCrowded,
  explainDoubled,
  explainDropped,
  explainUnplacedGroup,
} from './explain';
import { formGroups, type PlacedGroup } from './groups';
import type { Labels } from './labels';
import type { Batch, DispatchCadre, DispatchRules } from './schema';
import { CENTRAL, rankAtLeast, type Explanation, type UnassignedReason } from './types';
import { pushTo } from './util';

// How one batch's cadres will be grouped, before any county is chosen.
export interface BatchPlan {
  alloc: BatchAllocation;
  // central-only groups formed from the overflow, and the central cadres left even then
  centralOnly: { chosen: DispatchCadre[]; g: number };
  left: DispatchCadre[];
  // central cadres in central-only groups although some provincial group lacks one (D6 spread)
  crowded: DispatchCadre[];
  // cadres this plan cannot group or must double up against the D6 spread: what repair minimizes
  stuck: DispatchCadre[];
}

export interface BatchOutcome {
  placed: PlacedGroup[];
  unassigned: { cadre: DispatchCadre; reason: UnassignedReason }[];
  explanations: Explanation[];
}

// D6: central cadres no province could take form groups of their own anywhere in the country.
function centralOnly(overflow: DispatchCadre[], rules: DispatchRules): BatchPlan['centralOnly'] {
  const isLeader = (c: DispatchCadre): boolean => rankAtLeast(c.rank, rules.leaderMinRank);
  const leaders = overflow.filter(isLeader);
  const g = Math.min(Math.floor(overflow.length / rules.groupMin), leaders.length);
  const lead = new Set(leaders.slice(0, g));
  const size = Math.min(overflow.length, g * rules.groupMax);
  return { chosen: [...lead, ...overflow.filter((c) => !lead.has(c))].slice(0, size), g };
}

// D6: spread one batch's central cadres over the provinces and decide every province's group count.
export function planBatch(
  members: readonly DispatchCadre[],
  book: CountyBook,
  rules: DispatchRules,
): BatchPlan {
  const byProvince = new Map<string, DispatchCadre[]>();
  const centrals: DispatchCadre[] = [];
  for (const c of members) {
    if (c.organ === CENTRAL) centrals.push(c);
    else pushTo(byProvince, c.organ, c);
  }
  const alloc = allocateBatch(byProvince, centrals, (p) => book.provinceCapacity(p, rules), rules);
  const only = centralOnly(alloc.overflow, rules);
  const inGroups = new Set(only.chosen.map((c) => c.id));
  const left = alloc.overflow.filter((c) => !inGroups.has(c.id));
  // Central-only groups while a provincial group has no central cadre break the D6 spread too.
  const crowded = alloc.saturated ? [] : only.chosen;
  const stuck = [
    ...alloc.blocks.flatMap((b) => b.dropped),
    ...left,
    ...alloc.doubled.map((d) => d.cadre),
    ...crowded,
  ];
  return { alloc, centralOnly: only, left, crowded, stuck };
}

// D5/D6: carve the planned groups and give them counties; explain whatever cannot be placed.
export function placeBatch(
  batch: Batch,
  plan: BatchPlan,
  book: CountyBook,
  rules: DispatchRules,
  l: Labels,
): BatchOutcome {
  const out: BatchOutcome = { placed: [], unassigned: [], explanations: [] };
  const drop = (cadres: readonly DispatchCadre[], reason: UnassignedReason): void => {
    for (const cadre of cadres) out.unassigned.push({ cadre, reason });
  };
  const { alloc } = plan;
  for (const block of alloc.blocks) {
    if (block.dropped.length > 0) {
      out.explanations.push(explainDropped(block, batch, rules, l));
      drop(block.dropped, 'infeasible-group');
    }
    const members = [...block.provincial, ...block.centrals];
    const prefectures = book.prefecturesByProvince.get(block.province) ?? [];
    const { placed, failed } = formGroups(members, block.groups, prefectures, book, batch.id, rules);
    out.placed.push(...placed);
    for (const group of failed) {
      out.explanations.push(explainUnplacedGroup(group, block.province, batch, l));
      drop(group, 'infeasible-county');
    }
  }
  const doubledBy = new Map<string, DispatchCadre[]>();
  for (const d of alloc.doubled) pushTo(doubledBy, d.province, d.cadre);
  for (const [province, cadres] of doubledBy) {
    out.explanations.push(explainDoubled(province, cadres, batch, rules, l));
  }
  if (alloc.overflow.length > 0) {
    const { chosen, g } = plan.centralOnly;
    const { placed, failed } = formGroups(chosen, g, book.allPrefectures(), book, batch.id, rules);
    out.placed.push(...placed);
    for (const group of failed) {
      out.explanations.push(explainUnplacedGroup(group, null, batch, l));
      drop(group, 'infeasible-county');
    }
    if (plan.crowded.length > 0) {
      out.explanations.push(explainCrowded(plan.crowded, batch, rules, l));
    }
    if (plan.left.length > 0) {
      out.explanations.push(explainCentralLeftover(plan.left, batch, rules, l));
      drop(plan.left, 'infeasible-group');
    }
  }
  return out;
}
