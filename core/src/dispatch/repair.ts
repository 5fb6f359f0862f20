import { canStartIn, departmentKey, type BatchQuotas } from './eligibility';
import type { Batch, DispatchCadre } from './schema';

export interface Evaluated {
  stuck: DispatchCadre[];
}

// D3/D6: batches are planned one by one, so a batch can end up with a cadre it cannot group (a
// central cadre too many for the leaders there, a province one leader short) while another batch has
// room. Move such a cadre to another batch, or swap it with a colleague of the same organ there,
// whenever the D2 probation and D3 caps allow and the number of stuck cadres goes down.
export function repairAcrossBatches<P extends Evaluated>(
  perBatch: DispatchCadre[][],
  batches: readonly Batch[],
  quotas: BatchQuotas,
  evaluate: (b: number, members: DispatchCadre[]) => P,
  maxTries = 400,
): P[] {
  const plans = perBatch.map((members, b) => evaluate(b, members));
  if (plans.every((p) => p.stuck.length === 0)) return plans;
  const organCount = new Map<string, number>();
  const deptCount = new Map<string, number>();
  const bump = (c: DispatchCadre, b: number, by: number): void => {
    organCount.set(`${b}|${c.organ}`, (organCount.get(`${b}|${c.organ}`) ?? 0) + by);
    deptCount.set(`${b}|${departmentKey(c)}`, (deptCount.get(`${b}|${departmentKey(c)}`) ?? 0) + by);
  };
  perBatch.forEach((members, b) => members.forEach((c) => bump(c, b, 1)));
  const fits = (c: DispatchCadre, b: number, organDelta: number, deptDelta: number): boolean =>
    (organCount.get(`${b}|${c.organ}`) ?? 0) + organDelta <= quotas.organCap(c.organ) &&
    (deptCount.get(`${b}|${departmentKey(c)}`) ?? 0) + deptDelta <= quotas.departmentCap(departmentKey(c));

  let tries = 0;
  const tryChange = (b: number, t: number, nextB: DispatchCadre[], nextT: DispatchCadre[]): boolean => {
    tries++;
    const pb = evaluate(b, nextB);
    const pt = evaluate(t, nextT);
    const before = (plans[b]?.stuck.length ?? 0) + (plans[t]?.stuck.length ?? 0);
    if (pb.stuck.length + pt.stuck.length >= before) return false;
    perBatch[b] = nextB;
    perBatch[t] = nextT;
    plans[b] = pb;
    plans[t] = pt;
    return true;
  };

  for (let b = 0; b < batches.length; b++) {
    let progress = true;
    while (progress && tries < maxTries) {
      progress = false;
      for (const x of plans[b]?.stuck ?? []) {
        for (let t = 0; t < batches.length && !progress && tries < maxTries; t++) {
          const target = batches[t];
          const here = perBatch[b] ?? [];
          const there = perBatch[t] ?? [];
          if (t === b || !target || !canStartIn(x, target)) continue;
          if (
            fits(x, t, 1, 1) &&
            tryChange(
              b,
              t,
              here.filter((c) => c !== x),
              [...there, x],
            )
          ) {
            bump(x, b, -1);
            bump(x, t, 1);
            progress = true;
            break;
          }
          const source = batches[b];
          for (const y of there) {
            if (tries >= maxTries) break;
            if (y.organ !== x.organ || !source || !canStartIn(y, source)) continue;
            const sameDept = departmentKey(x) === departmentKey(y);
            if (!sameDept && (!fits(x, t, 0, 1) || !fits(y, b, 0, 1))) continue;
            const nextB = here.map((c) => (c === x ? y : c));
            const nextT = there.map((c) => (c === y ? x : c));
            if (tryChange(b, t, nextB, nextT)) {
              bump(x, b, -1);
              bump(y, b, 1);
              bump(y, t, -1);
              bump(x, t, 1);
              progress = true;
              break;
            }
          }
        }
        if (progress) break;
      }
    }
  }
  return plans;
}
