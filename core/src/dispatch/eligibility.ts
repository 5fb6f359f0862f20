import type { Batch, DispatchCadre, Problem } from './schema';

export type EligibilityStatus = 'eligible' | 'exempt' | 'probation-after-round';

// D2: a new hire may only start in a batch beginning on or after the end of probation.
export function canStartIn(cadre: DispatchCadre, batch: Batch): boolean {
  return cadre.probationEnd === null || batch.start >= cadre.probationEnd;
}

// D2: exempt cadres and those whose probation outlasts every batch start are not dispatched this round.
export function eligibilityOf(cadre: DispatchCadre, batches: readonly Batch[]): EligibilityStatus {
  if (cadre.exempt) return 'exempt';
  return batches.some((b) => canStartIn(cadre, b)) ? 'eligible' : 'probation-after-round';
}

// D3: departments belong to an organ, so 组织部 of two organs are different departments.
export function departmentKey(cadre: DispatchCadre): string {
  return `${cadre.organ}/${cadre.department}`;
}

// Floating shares like 0.1 × 30 must not round 3.0000000000000004 up to 4.
function ceilShare(x: number): number {
  return Math.ceil(x - 1e-9);
}

export interface BatchQuotas {
  batchCount: number;
  eligible: Set<string>;
  organEligible: Map<string, number>;
  departmentEligible: Map<string, number>;
  organCap: (organ: string) => number;
  departmentCap: (departmentKey: string) => number;
}

// D3: per batch at most ceil(1/B) of an organ's eligible cadres and ceil(share) of a department's.
export function batchQuotas(problem: Problem): BatchQuotas {
  const eligible = new Set<string>();
  const organEligible = new Map<string, number>();
  const departmentEligible = new Map<string, number>();
  for (const c of problem.cadres) {
    if (eligibilityOf(c, problem.batches) !== 'eligible') continue;
    eligible.add(c.id);
    organEligible.set(c.organ, (organEligible.get(c.organ) ?? 0) + 1);
    const key = departmentKey(c);
    departmentEligible.set(key, (departmentEligible.get(key) ?? 0) + 1);
  }
  const batchCount = problem.batches.length;
  return {
    batchCount,
    eligible,
    organEligible,
    departmentEligible,
    organCap: (organ) => ceilShare((organEligible.get(organ) ?? 0) / batchCount),
    departmentCap: (key) => ceilShare(problem.rules.departmentShare * (departmentEligible.get(key) ?? 0)),
  };
}
