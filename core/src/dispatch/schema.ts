import { z } from 'zod';
import { RANKS } from './types';

// §11: the dispatch solver's file formats (problem.json in, plan.json out).

const isoDate = z.iso.date();
const countyCode = z.string().regex(/^\d{6}$/, '县级代码应为6位数字');
const prefectureCode = z.string().regex(/^\d{4}$/, '地级代码应为4位数字');
const provinceCode = z.string().regex(/^\d{2}$/, '省级代码应为2位数字');

// D1: one batch of the round; dates are editable per round.
export const batchSchema = z
  .object({ id: z.number().int().positive(), start: isoDate, end: isoDate })
  .refine((b) => b.start <= b.end, { message: '批次结束日期早于开始日期', path: ['end'] });

// R4/D2: what the solver needs to know about a cadre.
export const dispatchCadreSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  organ: z.union([z.literal('central'), provinceCode]),
  department: z.string().min(1),
  rank: z.enum(RANKS),
  grassrootsMonths: z.number().min(0),
  probationEnd: isoDate.nullable().default(null),
  exempt: z.boolean().default(false),
  nativeCountyCode: countyCode.nullable().default(null),
  previousCountyCodes: z.array(countyCode).default([]),
});

// R1: a county with its prefecture and province; names are optional and only used in messages.
export const dispatchCountySchema = z.object({
  code: countyCode,
  name: z.string().min(1),
  prefectureCode,
  provinceCode,
  prefectureName: z.string().min(1).optional(),
  provinceName: z.string().min(1).optional(),
});

// D3/D4/D6: the numbers of the seed, overridable per round.
export const dispatchRulesSchema = z
  .object({
    groupMin: z.number().int().positive().default(3),
    groupMax: z.number().int().positive().default(4),
    leaderMinRank: z.enum(RANKS).default('正处'),
    departmentShare: z.number().positive().max(1).default(0.25),
    shortExperienceMonths: z.number().min(0).default(24),
    extendedMonths: z.number().int().min(0).default(6),
  })
  .refine((r) => r.groupMin <= r.groupMax, { message: 'groupMin 大于 groupMax', path: ['groupMin'] });

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

// §11 problem.json. Duplicate ids would make every later message ambiguous, so they are rejected here.
export const problemSchema = z
  .object({
    batches: z.array(batchSchema).min(1),
    cadres: z.array(dispatchCadreSchema),
    counties: z.array(dispatchCountySchema),
    rules: dispatchRulesSchema.default({
      groupMin: 3,
      groupMax: 4,
      leaderMinRank: '正处',
      departmentShare: 0.25,
      shortExperienceMonths: 24,
      extendedMonths: 6,
    }),
  })
  .superRefine((p, ctx) => {
    for (const id of duplicates(p.batches.map((b) => String(b.id)))) {
      ctx.addIssue({ code: 'custom', path: ['batches'], message: `批次编号重复：${id}` });
    }
    for (const id of duplicates(p.cadres.map((c) => c.id))) {
      ctx.addIssue({ code: 'custom', path: ['cadres'], message: `干部编号重复：${id}` });
    }
    for (const code of duplicates(p.counties.map((c) => c.code))) {
      ctx.addIssue({ code: 'custom', path: ['counties'], message: `县级代码重复：${code}` });
    }
  });

// §11 plan.json: one assignment per dispatched cadre. groupId may be null while a plan is edited by hand.
export const assignmentSchema = z.object({
  cadreId: z.string().min(1),
  batch: z.number().int(),
  countyCode: z.string().min(1),
  groupId: z.string().min(1).nullable(),
  leader: z.boolean(),
  start: isoDate,
  end: isoDate,
});

// D6: a work group of one batch and prefecture with its single leader.
export const groupSchema = z.object({
  id: z.string().min(1),
  batch: z.number().int(),
  prefectureCode: z.string().min(1),
  leaderId: z.string().min(1),
  memberIds: z.array(z.string().min(1)),
});

// D7: a cadre left out of the plan, with the reason (see UNASSIGNED_REASONS).
export const unassignedSchema = z.object({ cadreId: z.string().min(1), reason: z.string().min(1) });

// §11: plan summary; mixedGroups counts groups holding at least one central cadre (D6).
export const planStatsSchema = z.object({
  assigned: z.number().int().min(0),
  groups: z.number().int().min(0),
  mixedGroups: z.number().int().min(0),
  seconds: z.number().min(0),
});

// §11 plan.json.
export const planSchema = z.object({
  assignments: z.array(assignmentSchema),
  groups: z.array(groupSchema),
  unassigned: z.array(unassignedSchema).default([]),
  stats: planStatsSchema.default({ assigned: 0, groups: 0, mixedGroups: 0, seconds: 0 }),
});

export type Batch = z.output<typeof batchSchema>;
export type DispatchCadre = z.output<typeof dispatchCadreSchema>;
export type DispatchCounty = z.output<typeof dispatchCountySchema>;
export type DispatchRules = z.output<typeof dispatchRulesSchema>;
export type Problem = z.output<typeof problemSchema>;
export type ProblemInput = z.input<typeof problemSchema>;
export type Assignment = z.output<typeof assignmentSchema>;
export type Group = z.output<typeof groupSchema>;
export type UnassignedEntry = z.output<typeof unassignedSchema>;
export type PlanStats = z.output<typeof planStatsSchema>;
export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
