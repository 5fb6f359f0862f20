import { z } from 'zod';
import type { CountSummary } from './counts';
import {
  daysBetween,
  isoDateSchema,
  rangeLength,
  rangesOverlap,
  yearRange,
  type DateRange,
  type IsoDate,
} from './dates';

/** C4: the annual quotas, in display order; keys are used by `GET /api/v1/progress`. */
export const quotaKeys = [
  'grassrootsDays',
  'lectures',
  'visits',
  'youthMet',
  'cadresTalkedCrossLevel',
  'researchReports',
  'supervisionItems',
  'concreteTasks',
] as const;
/** C4: zod schema of a quota key. */
export const quotaKeySchema = z.enum(quotaKeys);
export type QuotaKey = z.infer<typeof quotaKeySchema>;

const count = z.number().int().nonnegative();

/** C4: zod schema of the quota numbers of a rule set (concrete tasks are a 2–3 range). */
export const quotaNumbersSchema = z
  .object({
    grassrootsDays: count,
    lectures: count,
    visits: count,
    youthMet: count,
    cadresTalkedCrossLevel: count,
    researchReports: count,
    supervisionItems: count,
    concreteTasksMin: count,
    concreteTasksMax: count,
  })
  .refine((q) => q.concreteTasksMin <= q.concreteTasksMax, {
    message: 'concreteTasksMin must not exceed concreteTasksMax',
    path: ['concreteTasksMax'],
  });
export type QuotaNumbers = z.infer<typeof quotaNumbersSchema>;

/** C4/C5/C6/C9/C10: zod schema of an organ's rule set for one year. */
export const quotaRuleSetSchema = z
  .object({
    organId: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    /** C5: share of the full-year quotas required this year, in (0, 1]. */
    factor: z.number().gt(0).lte(1),
    /** C5: when the mechanism starts this year; time-proportional expectations run from here. */
    startDate: isoDateSchema,
    quotas: quotaNumbersSchema,
    deadlines: z.object({
      /** C6: mid-term completion report; null when the year starts after it (2018). */
      midTerm: isoDateSchema.nullable(),
      /** C4/C5: research report due date. */
      researchReport: isoDateSchema,
      /** C9: department plans (named contact organizations) due date. */
      departmentPlan: isoDateSchema,
    }),
    /** C10: days at the grassroots required of a cadre not dispatched this year. */
    weekObligationDays: count,
  })
  .refine((r) => r.startDate.startsWith(`${r.year}-`), {
    message: 'startDate must lie in the rule set year',
    path: ['startDate'],
  });
export type QuotaRuleSet = z.infer<typeof quotaRuleSetSchema>;

/** C4: full-year quotas from seed 003 (二.3). */
export const DEFAULT_QUOTAS: QuotaNumbers = {
  grassrootsDays: 60,
  lectures: 4,
  visits: 10,
  youthMet: 100,
  cadresTalkedCrossLevel: 20,
  researchReports: 1,
  supervisionItems: 4,
  concreteTasksMin: 2,
  concreteTasksMax: 3,
};

/** C10: one week at the grassroots (seed 003 三.2). */
export const WEEK_OBLIGATION_DAYS = 7;

/** C4/C6/C9: the default rule set of an organ for a year (factor 1, Jun 30 / Oct 31 / Oct 31). */
export function defaultRuleSet(organId: string, year: number): QuotaRuleSet {
  const y = String(year);
  return {
    organId,
    year,
    factor: 1,
    startDate: `${y}-01-01`,
    quotas: { ...DEFAULT_QUOTAS },
    deadlines: { midTerm: `${y}-06-30`, researchReport: `${y}-10-31`, departmentPlan: `${y}-10-31` },
    weekObligationDays: WEEK_OBLIGATION_DAYS,
  };
}

/** C5: options of a start year: the share of the quotas and the moved dates. */
export interface StartYearOptions {
  readonly factor: number;
  readonly startDate: IsoDate;
  readonly researchReportDue?: IsoDate;
}

/** C5: the rule set of a year in which the mechanism starts part-way (quotas pro-rated, dates moved). */
export function startYearRuleSet(organId: string, year: number, options: StartYearOptions): QuotaRuleSet {
  const base = defaultRuleSet(organId, year);
  const midTerm = base.deadlines.midTerm;
  return quotaRuleSetSchema.parse({
    ...base,
    factor: options.factor,
    startDate: options.startDate,
    deadlines: {
      // A mid-term report before the work has started would report nothing.
      midTerm: midTerm !== null && midTerm > options.startDate ? midTerm : null,
      researchReport: options.researchReportDue ?? base.deadlines.researchReport,
      departmentPlan: base.deadlines.departmentPlan,
    },
  });
}

/** C5: seed 003 as issued (2018-10-23): one third of the quotas, research report due Dec 31. */
export function seedStartYearRuleSet(organId: string): QuotaRuleSet {
  return startYearRuleSet(organId, 2018, {
    factor: 1 / 3,
    startDate: '2018-10-23',
    researchReportDue: '2018-12-31',
  });
}

/** C5: pro-rated quota = ceil(quota × factor), never above the quota, at least 1 when the quota is. */
export function prorateQuota(quota: number, factor: number): number {
  if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`Quota must be a whole number: ${quota}`);
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`Factor must be in (0, 1]: ${factor}`);
  if (quota === 0) return 0;
  const exact = quota * factor;
  // 1/3 is not exact in binary: 60 × (1/3) must give 20, not ceil(20.000000000000004) = 21.
  const nearest = Math.round(exact);
  const value = Math.abs(exact - nearest) <= 1e-9 * quota ? nearest : Math.ceil(exact);
  return Math.min(quota, Math.max(1, value));
}

/** C4/C5: the targets a cadre must reach this year (concrete tasks: the lower end of 2–3). */
export function effectiveTargets(ruleSet: QuotaRuleSet): Record<QuotaKey, number> {
  const q = ruleSet.quotas;
  const p = (n: number): number => prorateQuota(n, ruleSet.factor);
  return {
    grassrootsDays: p(q.grassrootsDays),
    lectures: p(q.lectures),
    visits: p(q.visits),
    youthMet: p(q.youthMet),
    cadresTalkedCrossLevel: p(q.cadresTalkedCrossLevel),
    researchReports: p(q.researchReports),
    supervisionItems: p(q.supervisionItems),
    concreteTasks: p(q.concreteTasksMin),
  };
}

/** C4: the period whose logs count toward a rule set's quotas (the calendar year). */
export function countingPeriod(ruleSet: QuotaRuleSet): DateRange {
  return yearRange(ruleSet.year);
}

/**
 * A1: share of a period elapsed at the end of day `asOf`, counting Asia/Shanghai calendar days
 * inclusively: the first day gives 1/length, the last day (and after) 1, before the start 0.
 */
export function elapsedFraction(period: DateRange, asOf: IsoDate): number {
  const length = rangeLength(period);
  if (length === 0) return 1;
  const elapsed = daysBetween(period.from, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / length));
}

/** A1: time-proportional expectation = target × elapsed fraction of the period. */
export function expectedProgress(target: number, period: DateRange, asOf: IsoDate): number {
  return target * elapsedFraction(period, asOf);
}

/** A1: progress status colours. */
export const progressStatuses = ['green', 'amber', 'red'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** A1: green when actual ≥ expected, amber when ≥ 70% of expected, red below. */
export function progressStatus(actual: number, expected: number): ProgressStatus {
  if (actual >= expected) return 'green';
  // Integer-scaled so that exactly 70% is amber despite 0.7 not being exact in binary.
  if (actual * 10 >= expected * 7) return 'amber';
  return 'red';
}

/** A1/D15: one row of `GET /api/v1/progress`. */
export interface QuotaProgress {
  readonly key: QuotaKey;
  readonly target: number;
  readonly actual: number;
  /** Whole units due by `asOf` (see `quotaProgress`). */
  readonly expected: number;
  readonly status: ProgressStatus;
  /** Last day of the quota's window: its deadline, or the year end. */
  readonly due: IsoDate;
  /** D15: counted as done by a dispatch this year, not re-required. */
  readonly credited: boolean;
}

/** A1: what a cadre has achieved that the log counts do not hold (linked records). */
export interface ProgressInput {
  readonly summary: Pick<
    CountSummary,
    'grassrootsDays' | 'lectures' | 'visits' | 'youthMet' | 'cadresTalkedCrossLevel'
  >;
  readonly researchReports: number;
  readonly supervisionItemsDone: number;
  readonly concreteTasksDone: number;
  readonly dispatchedThisYear: boolean;
}

/**
 * A1/C4/D15: progress of every quota at `asOf`. Counts are expected in proportion to the time elapsed
 * since the rule set's start date, rounded down to whole units: a count can only fall behind by a
 * whole lecture or day, so nobody shows red on 2 January for 0.16 of a day. The research report is a
 * single deliverable with a deadline: it is due in full on that date and not behind before it.
 */
export function quotaProgress(ruleSet: QuotaRuleSet, input: ProgressInput, asOf: IsoDate): QuotaProgress[] {
  const targets = effectiveTargets(ruleSet);
  const yearEnd = yearRange(ruleSet.year).to;
  const s = input.summary;
  const actuals: Record<QuotaKey, number> = {
    grassrootsDays: s.grassrootsDays,
    lectures: s.lectures,
    visits: s.visits,
    youthMet: s.youthMet,
    cadresTalkedCrossLevel: s.cadresTalkedCrossLevel,
    researchReports: input.researchReports,
    supervisionItems: input.supervisionItemsDone,
    concreteTasks: input.concreteTasksDone,
  };
  return quotaKeys.map((key) => {
    const target = targets[key];
    const actual = actuals[key];
    if (key === 'researchReports') {
      const due = ruleSet.deadlines.researchReport;
      const credited = input.dispatchedThisYear;
      const expected = asOf >= due ? target : 0;
      const status = credited ? 'green' : progressStatus(actual, expected);
      return { key, target, actual, expected, status, due, credited };
    }
    const exact = expectedProgress(target, { from: ruleSet.startDate, to: yearEnd }, asOf);
    const expected = Math.floor(exact + 1e-9);
    return {
      key,
      target,
      actual,
      expected,
      status: progressStatus(actual, expected),
      due: yearEnd,
      credited: false,
    };
  });
}

/** D15: a cadre is dispatched in a year when any of their dispatch assignments overlaps it. */
export function isDispatchedInYear(assignments: readonly DateRange[], year: number): boolean {
  const y = yearRange(year);
  return assignments.some((a) => rangesOverlap(a, y));
}

/** D15: research (and 大宣传大调研) is credited for a cadre dispatched this year. */
export function researchCredited(dispatchedThisYear: boolean): boolean {
  return dispatchedThisYear;
}

/** C10: state of the one-week grassroots obligation. */
export type WeekObligationStatus = 'not_required' | 'met' | 'open' | 'due_soon' | 'missed';

/** C10: the one-week obligation of a cadre at `asOf`. */
export interface WeekObligation {
  readonly required: boolean;
  readonly target: number;
  readonly actual: number;
  /** Grassroots days still needed. */
  readonly remaining: number;
  /** Calendar days left in the year, `asOf` included (0 after the year). */
  readonly daysLeft: number;
  readonly status: WeekObligationStatus;
}

/** C10: a cadre not dispatched this year owes a week at the grassroots before year end. */
export function weekObligation(
  ruleSet: QuotaRuleSet,
  input: { readonly dispatchedThisYear: boolean; readonly grassrootsDays: number },
  asOf: IsoDate,
  warnWithinDays = 30,
): WeekObligation {
  const target = ruleSet.weekObligationDays;
  const actual = input.grassrootsDays;
  const remaining = Math.max(0, target - actual);
  const yearEnd = yearRange(ruleSet.year).to;
  const daysLeft = Math.max(0, daysBetween(asOf, yearEnd) + 1);
  const base = { target, actual, remaining, daysLeft };
  if (input.dispatchedThisYear || target === 0) return { ...base, required: false, status: 'not_required' };
  let status: WeekObligationStatus;
  if (remaining === 0) status = 'met';
  else if (daysLeft < remaining) status = 'missed';
  else if (daysLeft <= Math.max(warnWithinDays, remaining)) status = 'due_soon';
  else status = 'open';
  return { ...base, required: true, status };
}
