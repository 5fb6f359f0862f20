import type { DispatchCadre, DispatchRules } from './schema';
import { rankAtLeast } from './types';

// One province's share of a batch: its own cadres plus the central cadres sent to mix with them.
export interface ProvinceBlock {
  province: string;
  provincial: DispatchCadre[];
  centrals: DispatchCadre[];
  groups: number;
  // most members g groups can hold in the province's counties, indexed by g
  capacity: number[];
  dropped: DispatchCadre[];
  // 正处+ cadres among provincial + centrals, kept current because groupsFor runs in inner loops
  leaders: number;
  dropCause: 'too-few' | 'no-leader' | 'counties' | null;
}

export interface BatchAllocation {
  blocks: ProvinceBlock[];
  // Central cadres no provincial group could take; the caller forms central-only groups with them.
  overflow: DispatchCadre[];
  // Central cadres doubled up in a group while some other group of the batch has none (D6 spread).
  doubled: { province: string; cadre: DispatchCadre }[];
  // every provincial group already holds a central cadre, so more may double up (D6)
  saturated: boolean;
}

class Pool {
  private i = 0;
  constructor(private readonly items: DispatchCadre[]) {}
  get left(): number {
    return this.items.length - this.i;
  }
  take(n: number): DispatchCadre[] {
    const out = this.items.slice(this.i, this.i + n);
    this.i += out.length;
    return out;
  }
  rest(): DispatchCadre[] {
    return this.take(this.left);
  }
}

// D6: the fewest groups of groupMin..groupMax members, each led by a 正处+ member, that m members
// form; `strict` also asks for at least one group per central cadre so none doubles up.
function groupsFor(
  b: ProvinceBlock,
  extraMembers: number,
  extraLeaders: number,
  rules: DispatchRules,
  strict: boolean,
): number | null {
  const m = b.provincial.length + b.centrals.length + extraMembers;
  const k = b.centrals.length + extraMembers;
  if (m === 0) return 0;
  const lead = b.leaders + extraLeaders;
  const lo = Math.max(Math.ceil(m / rules.groupMax), strict ? k : 0);
  const hi = Math.min(Math.floor(m / rules.groupMin), lead, b.capacity.length - 1);
  for (let g = lo; g <= hi; g++) if ((b.capacity[g] ?? 0) >= m) return g;
  return null;
}

function addCentrals(b: ProvinceBlock, cadres: DispatchCadre[], rules: DispatchRules): void {
  b.centrals.push(...cadres);
  b.leaders += cadres.filter((c) => rankAtLeast(c.rank, rules.leaderMinRank)).length;
}

// Interleave leaders among the others so every province gets its share of both.
function interleave(leaders: DispatchCadre[], others: DispatchCadre[]): DispatchCadre[] {
  const keyed = [
    ...leaders.map((c, j) => ({ c, key: (j + 0.5) / leaders.length })),
    ...others.map((c, j) => ({ c, key: (j + 0.5) / others.length })),
  ];
  return keyed.sort((a, b) => a.key - b.key).map((x) => x.c);
}

// Make an infeasible province feasible with as few central cadres as possible.
function repairWithCentrals(b: ProvinceBlock, leaders: Pool, others: Pool, rules: DispatchRules): boolean {
  for (const strict of [true, false]) {
    for (let t = 1; t <= 2 * rules.groupMax; t++) {
      for (let bl = 0; bl <= t; bl++) {
        if (bl > leaders.left || t - bl > others.left) continue;
        if (groupsFor(b, t, bl, rules, strict) === null) continue;
        addCentrals(b, [...leaders.take(bl), ...others.take(t - bl)], rules);
        return true;
      }
    }
  }
  return false;
}

// Keep the largest part of a province that can still form groups; name why the rest cannot go.
function dropUntilFeasible(b: ProvinceBlock, rules: DispatchRules): void {
  const isLeader = (c: DispatchCadre): boolean => rankAtLeast(c.rank, rules.leaderMinRank);
  const leaders = b.provincial.filter(isLeader).length;
  b.dropCause =
    b.provincial.length > (b.capacity[b.capacity.length - 1] ?? 0)
      ? 'counties'
      : leaders === 0
        ? 'no-leader'
        : b.provincial.length < rules.groupMin
          ? 'too-few'
          : 'no-leader';
  const keep = [...b.provincial.filter(isLeader), ...b.provincial.filter((c) => !isLeader(c))];
  while (keep.length > 0) {
    b.provincial = keep;
    b.leaders = keep.filter(isLeader).length;
    if (groupsFor(b, 0, 0, rules, false) !== null) break;
    const gone = keep.pop();
    if (gone) b.dropped.unshift(gone);
  }
  b.provincial = keep;
  b.leaders = keep.filter(isLeader).length;
}

// D6: decide how many groups each province forms in one batch and spread the batch's central cadres
// over them, at most one per group while any group still lacks one.
export function allocateBatch(
  provincialByProvince: Map<string, DispatchCadre[]>,
  centrals: DispatchCadre[],
  capacityOf: (province: string) => number[],
  rules: DispatchRules,
): BatchAllocation {
  const isLeader = (c: DispatchCadre): boolean => rankAtLeast(c.rank, rules.leaderMinRank);
  const blocks: ProvinceBlock[] = [...provincialByProvince.keys()].sort().map((province) => {
    const provincial = provincialByProvince.get(province) ?? [];
    return {
      province,
      provincial,
      centrals: [],
      groups: 0,
      capacity: capacityOf(province),
      dropped: [],
      leaders: provincial.filter(isLeader).length,
      dropCause: null,
    };
  });
  const leaders = new Pool(centrals.filter(isLeader));
  const others = new Pool(centrals.filter((c) => !isLeader(c)));
  for (const b of blocks) {
    if (groupsFor(b, 0, 0, rules, true) !== null) continue;
    if (!repairWithCentrals(b, leaders, others, rules)) dropUntilFeasible(b, rules);
  }

  const place = (pending: DispatchCadre[], strict: boolean): DispatchCadre[] => {
    for (;;) {
      const next: DispatchCadre[] = [];
      for (const c of pending) {
        let best: ProvinceBlock | null = null;
        let bestScore = Infinity;
        for (const b of blocks) {
          if (b.provincial.length === 0) continue;
          if (groupsFor(b, 1, isLeader(c) ? 1 : 0, rules, strict) === null) continue;
          const score = b.centrals.length / b.provincial.length;
          if (score < bestScore) [best, bestScore] = [b, score];
        }
        if (best) addCentrals(best, [c], rules);
        else next.push(c);
      }
      if (next.length === 0 || next.length === pending.length) return next;
      pending = next;
    }
  };
  const unplaced = place(interleave(leaders.rest(), others.rest()), true);
  const overflow = place(unplaced, false);
  const doubled: BatchAllocation['doubled'] = [];
  for (const b of blocks) {
    const strictGroups = groupsFor(b, 0, 0, rules, true);
    b.groups = strictGroups ?? groupsFor(b, 0, 0, rules, false) ?? 0;
    if (strictGroups === null) {
      for (const c of b.centrals) doubled.push({ province: b.province, cadre: c });
    }
  }
  // Doubling up breaks the D6 spread only while some group still has no central cadre.
  const saturated = blocks.every((b) => b.provincial.length === 0 || b.centrals.length >= b.groups);
  if (saturated) doubled.length = 0;
  return { blocks, overflow, doubled, saturated };
}
