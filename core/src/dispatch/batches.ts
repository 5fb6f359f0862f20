import { canStartIn, departmentKey, type BatchQuotas } from './eligibility';
import { FlowNetwork } from './flow';
import type { Batch, DispatchCadre, DispatchRules } from './schema';
import { rankAtLeast } from './types';

export interface OrganDistribution {
  // cadre id → index into the (start-ordered) batches
  batchOf: Map<string, number>;
  unplaced: DispatchCadre[];
}

interface Caps {
  organ: number[];
  department: Map<string, number[]>;
}

// One max-flow pass: cadres → (department, batch) → batch → sink, within the remaining caps.
// `limit[b]` further caps what this pass adds to batch b (used to fill batches evenly).
function flowPass(
  cadres: DispatchCadre[],
  batches: readonly Batch[],
  caps: Caps,
  limit: (b: number) => number,
  offset: number,
): Map<string, number> {
  const B = batches.length;
  const net = new FlowNetwork(2);
  const source = 0;
  const sink = 1;
  const batchNodes = batches.map((_, b) => {
    const node = net.addNode();
    net.addEdge(node, sink, Math.max(0, Math.min(caps.organ[b] ?? 0, limit(b))));
    return node;
  });
  const deptNodes = new Map<string, number[]>();
  const edges: { cadre: DispatchCadre; edge: number; batch: number }[] = [];
  cadres.forEach((cadre, i) => {
    const key = departmentKey(cadre);
    let nodes = deptNodes.get(key);
    if (!nodes) {
      const deptCaps = caps.department.get(key) ?? [];
      nodes = batchNodes.map((bn, b) => {
        const node = net.addNode();
        net.addEdge(node, bn, deptCaps[b] ?? 0);
        return node;
      });
      deptNodes.set(key, nodes);
    }
    const cadreNode = net.addNode();
    net.addEdge(source, cadreNode, 1);
    // Rotating each cadre's first choice spreads a department and the leaders over the batches.
    for (let k = 0; k < B; k++) {
      const b = (i + offset + k) % B;
      const batch = batches[b];
      const node = nodes[b];
      if (!batch || node === undefined || !canStartIn(cadre, batch)) continue;
      edges.push({ cadre, edge: net.addEdge(cadreNode, node, 1), batch: b });
    }
  });
  net.maxFlow(source, sink);
  const result = new Map<string, number>();
  for (const { cadre, edge, batch } of edges) if (net.flowOn(edge) > 0) result.set(cadre.id, batch);
  return result;
}

function freshCaps(cadres: DispatchCadre[], B: number, quotas: BatchQuotas): Caps {
  const organ = cadres[0]?.organ ?? '';
  const department = new Map<string, number[]>();
  for (const c of cadres) {
    const key = departmentKey(c);
    if (!department.has(key)) department.set(key, new Array<number>(B).fill(quotas.departmentCap(key)));
  }
  return { organ: new Array<number>(B).fill(quotas.organCap(organ)), department };
}

function consume(caps: Caps, cadres: DispatchCadre[], placed: Map<string, number>): void {
  for (const c of cadres) {
    const b = placed.get(c.id);
    if (b === undefined) continue;
    caps.organ[b] = (caps.organ[b] ?? 0) - 1;
    const dept = caps.department.get(departmentKey(c));
    if (dept) dept[b] = (dept[b] ?? 0) - 1;
  }
}

// Batches with 1..groupMin-1 cadres of a provincial organ cannot form a group on their own:
// move those cadres into fuller batches when the D3 caps and probation allow it.
function consolidateSmallBatches(
  cadres: DispatchCadre[],
  batches: readonly Batch[],
  batchOf: Map<string, number>,
  caps: Caps,
  groupMin: number,
): void {
  const count = batches.map(() => 0);
  for (const b of batchOf.values()) count[b] = (count[b] ?? 0) + 1;
  for (let b = 0; b < batches.length; b++) {
    const size = count[b] ?? 0;
    if (size === 0 || size >= groupMin) continue;
    for (const c of cadres) {
      if (batchOf.get(c.id) !== b) continue;
      const dept = caps.department.get(departmentKey(c)) ?? [];
      let best = -1;
      for (let t = 0; t < batches.length; t++) {
        const target = batches[t];
        if (t === b || !target || (count[t] ?? 0) < size || !canStartIn(c, target)) continue;
        if ((caps.organ[t] ?? 0) <= 0 || (dept[t] ?? 0) <= 0) continue;
        if (best === -1 || (count[t] ?? 0) > (count[best] ?? 0)) best = t;
      }
      if (best === -1) continue;
      batchOf.set(c.id, best);
      count[b] = (count[b] ?? 0) - 1;
      count[best] = (count[best] ?? 0) + 1;
      caps.organ[b] = (caps.organ[b] ?? 0) + 1;
      caps.organ[best] = (caps.organ[best] ?? 0) - 1;
      dept[b] = (dept[b] ?? 0) + 1;
      dept[best] = (dept[best] ?? 0) - 1;
    }
  }
}

// D3/D6: per-batch head counts for an organ — sum n, each at most cap, each one that groups of
// groupMin..groupMax can hold (5 cannot be 3s and 4s), as even as possible. Small DP over (batch, sum).
export function batchTargets(
  n: number,
  B: number,
  cap: number,
  ok: (m: number) => boolean,
  floor = 0,
): number[] | null {
  const mean = n / B;
  // cost[s] = least squared deviation reaching sum s after the batches so far; choice[b][s] = t_b.
  let cost = new Array<number>(n + 1).fill(Infinity);
  cost[0] = 0;
  const choice: number[][] = [];
  for (let b = 0; b < B; b++) {
    const next = new Array<number>(n + 1).fill(Infinity);
    const pick = new Array<number>(n + 1).fill(-1);
    for (let s = 0; s <= n; s++) {
      const base = cost[s] ?? Infinity;
      if (base === Infinity) continue;
      for (let t = Math.min(floor, cap); t <= cap && s + t <= n; t++) {
        if (!ok(t)) continue;
        const c = base + (t - mean) * (t - mean);
        if (c < (next[s + t] ?? Infinity)) {
          next[s + t] = c;
          pick[s + t] = t;
        }
      }
    }
    choice.push(pick);
    cost = next;
  }
  if ((cost[n] ?? Infinity) === Infinity) return null;
  const out: number[] = [];
  for (let b = B - 1, s = n; b >= 0; b--) {
    const t = choice[b]?.[s] ?? 0;
    out.unshift(t);
    s -= t;
  }
  return out.sort((x, y) => y - x);
}

// D2/D3: spread one organ's eligible cadres over the batches. Each pass is a max flow on what the
// previous ones left. First try exact head counts from batchTargets (13 cadres → 4,3,3,3; 21 → 6,6,6,3
// rather than 6,5,5,5, since 5 cannot form groups of 3–4), leaders (正处+) first in proportion so every
// batch can lead its groups. If probation or department caps forbid that: leaders evenly, everyone up to
// an even level, the rest up to the D3 caps, and finally one unrestricted pass, whose maximum flow
// places as many cadres as the caps allow.
export function distributeOrgan(
  cadres: DispatchCadre[],
  batches: readonly Batch[],
  quotas: BatchQuotas,
  rules: DispatchRules,
  provincial: boolean,
): OrganDistribution {
  const B = batches.length;
  const n = cadres.length;
  const isLeader = (c: DispatchCadre): boolean => rankAtLeast(c.rank, rules.leaderMinRank);
  const leaders = cadres.filter(isLeader);
  const groupable = (m: number): boolean => Math.ceil(m / rules.groupMax) <= Math.floor(m / rules.groupMin);
  const attempt = (targets: number[] | null): { batchOf: Map<string, number>; caps: Caps } => {
    const caps = freshCaps(cadres, B, quotas);
    const count = batches.map(() => 0);
    const batchOf = new Map<string, number>();
    const pass = (pool: DispatchCadre[], limit: (b: number) => number, offset: number): void => {
      const placed = flowPass(pool, batches, caps, limit, offset);
      consume(caps, pool, placed);
      for (const [id, b] of placed) {
        batchOf.set(id, b);
        count[b] = (count[b] ?? 0) + 1;
      }
    };
    const left = (): DispatchCadre[] => cadres.filter((c) => !batchOf.has(c.id));
    if (targets) {
      // Floors first, so that a max flow cannot starve one batch of leaders while another takes the ceiling.
      const share = (b: number): number => (leaders.length * (targets[b] ?? 0)) / Math.max(1, n);
      pass(leaders, (b) => Math.floor(share(b)), 0);
      pass(left().filter(isLeader), (b) => Math.ceil(share(b)) - (count[b] ?? 0), 0);
      pass(left(), (b) => (targets[b] ?? 0) - (count[b] ?? 0), leaders.length);
    } else {
      const even = Math.floor(n / B);
      pass(leaders, () => Math.floor(leaders.length / B), 0);
      pass(left().filter(isLeader), (b) => Math.ceil(leaders.length / B) - (count[b] ?? 0), 0);
      pass(left(), (b) => even - (count[b] ?? 0), leaders.length);
      pass(left(), () => Infinity, 0);
    }
    return { batchOf, caps };
  };

  // Larger targets go to the batches most cadres may join (probation keeps new hires from early ones).
  const cap = quotas.organCap(cadres[0]?.organ ?? '');
  // Central cadres join provincial groups, so any head count works for them: no DP needed.
  const targets = provincial
    ? // Head counts far below the mean are never the most even; skipping them keeps the DP linear in
      // practice. Counts of 0 stay allowed through the full search when the narrow one finds nothing.
      (batchTargets(n, B, cap, groupable, Math.floor(n / B) - 2 * rules.groupMax) ??
      batchTargets(n, B, cap, groupable))
    : batches.map((_, b) => Math.floor(n / B) + (b < n % B ? 1 : 0));
  let best: { batchOf: Map<string, number>; caps: Caps } | null = null;
  if (targets) {
    const open = batches.map((batch, b) => ({ b, open: cadres.filter((c) => canStartIn(c, batch)).length }));
    const order = [...open].sort((x, y) => x.open - y.open || x.b - y.b).map((x) => x.b);
    const placedTargets = new Array<number>(B).fill(0);
    [...targets].reverse().forEach((t, i) => (placedTargets[order[i] ?? 0] = t));
    const exact = attempt(placedTargets);
    if (exact.batchOf.size === n) best = exact;
  }
  best ??= attempt(null);
  if (best.batchOf.size < n) {
    const caps = freshCaps(cadres, B, quotas);
    const all = flowPass(cadres, batches, caps, () => Infinity, 0);
    if (all.size > best.batchOf.size) {
      consume(caps, cadres, all);
      best = { batchOf: all, caps };
    }
  }
  if (provincial) consolidateSmallBatches(cadres, batches, best.batchOf, best.caps, rules.groupMin);
  return { batchOf: best.batchOf, unplaced: cadres.filter((c) => !best.batchOf.has(c.id)) };
}
