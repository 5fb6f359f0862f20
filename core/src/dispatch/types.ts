// Shared vocabulary of the dispatch solver and validator (SPEC D1–D8, §11).

// R4: cadre ranks from most to least senior; the order matters for D6 leadership.
export const RANKS = ['正局', '副局', '正处', '副处', '正科', '副科', '科员'] as const;
export type Rank = (typeof RANKS)[number];

// D6: true when `rank` is at least as senior as `minRank` (正处及以上 by default).
export function rankAtLeast(rank: Rank, minRank: Rank): boolean {
  return RANK_ORDER[rank] <= RANK_ORDER[minRank];
}

// R4: seniority as a number, 0 = 正局; the solver compares ranks often enough for indexOf to show.
export const RANK_ORDER: Readonly<Record<Rank, number>> = {
  正局: 0,
  副局: 1,
  正处: 2,
  副处: 3,
  正科: 4,
  副科: 5,
  科员: 6,
};

// §11: the organ code of 团中央机关; provincial organs use their 2-digit province code.
export const CENTRAL = 'central';

// D1: a batch lasts four months; D4 extensions are counted from this length.
export const BATCH_MONTHS = 4;

// D7: why a cadre is not in the plan. `infeasible-*` always comes with an explanation.
export const UNASSIGNED_REASONS = [
  'exempt',
  'probation-after-round',
  'infeasible-batch',
  'infeasible-group',
  'infeasible-county',
] as const;
export type UnassignedReason = (typeof UNASSIGNED_REASONS)[number];

// D7: one broken rule, in words a user understands, with the place it happened.
export interface Violation {
  rule: string;
  code: string;
  message: string;
  cadreIds: string[];
  batch?: number;
  provinceCode?: string;
  prefectureCode?: string;
  countyCode?: string;
  department?: string;
  groupId?: string;
}

// D7: why the solver could not satisfy a rule; same shape as a violation so the UI shows both alike.
export type Explanation = Violation;
