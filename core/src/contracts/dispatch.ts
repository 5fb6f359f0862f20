import { z } from 'zod';
import { limits, pageQuery, uuid } from './common';
import { batchSchema, dispatchRulesSchema, planSchema } from '../dispatch/schema';
import { RANKS } from '../dispatch/types';

// D1–D8 and X3: requests and replies of the dispatch planning API (plan.json/problem.json are §11).

export const dispatchLimits = { roundNameMax: 100, noteMax: 500, batchesMax: 12 } as const;

function uniqueBatchIds(batches: { id: number }[]): boolean {
  return new Set(batches.map((b) => b.id)).size === batches.length;
}

// D1: a round's calendar; ids unique, dates editable per round.
export const roundBatches = z
  .array(batchSchema)
  .min(1)
  .max(dispatchLimits.batchesMax)
  .refine(uniqueBatchIds, { message: '批次编号不能重复' });

export const roundBody = z.object({
  name: z.string().trim().min(1).max(dispatchLimits.roundNameMax),
  startYear: z.number().int().min(2000).max(2100),
  // D1: omitted → the seed's calendar (Sep–Dec Y, Mar–Jun Y+1, Sep–Dec Y+1, Mar–Jun Y+2).
  batches: roundBatches.optional(),
  rules: dispatchRulesSchema.optional(),
});
export type RoundBody = z.infer<typeof roundBody>;

export const roundPatch = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1).max(dispatchLimits.roundNameMax).optional(),
  batches: roundBatches.optional(),
  rules: dispatchRulesSchema.optional(),
});
export type RoundPatch = z.infer<typeof roundPatch>;

export const roundStatus = z.enum(['planning', 'published']);

export const roundView = z.object({
  id: uuid,
  organId: uuid,
  name: z.string(),
  startYear: z.number().int(),
  batches: z.array(batchSchema),
  rules: dispatchRulesSchema,
  status: roundStatus,
  publishedVersion: z.number().int().nullable(),
  // The newest saved plan version, null before the first solve or edit.
  latestPlanVersion: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RoundView = z.infer<typeof roundView>;

export const roundQuery = pageQuery.pick({ page: true, pageSize: true });

// D7: one broken rule (or one reason the solver could not place someone), in Chinese.
export const violationView = z.object({
  rule: z.string(),
  code: z.string(),
  message: z.string(),
  cadreIds: z.array(z.string()),
  batch: z.number().int().optional(),
  provinceCode: z.string().optional(),
  prefectureCode: z.string().optional(),
  countyCode: z.string().optional(),
  department: z.string().optional(),
  groupId: z.string().optional(),
});
export type ViolationView = z.infer<typeof violationView>;

// Display names of everything a plan mentions, so a page shows a plan without further calls.
export const planNames = z.object({
  cadres: z.record(
    z.string(),
    z.object({
      name: z.string(),
      organ: z.string(),
      organName: z.string(),
      department: z.string(),
      rank: z.enum(RANKS),
      // D2: why the cadre is left out (exemption reason, 内部管理岗位), null when not exempt.
      exemptReason: z.string().nullable(),
    }),
  ),
  counties: z.record(
    z.string(),
    z.object({ name: z.string(), prefectureCode: z.string(), provinceCode: z.string() }),
  ),
  prefectures: z.record(z.string(), z.object({ name: z.string(), provinceCode: z.string() })),
  provinces: z.record(z.string(), z.object({ name: z.string() })),
  // D6: 长沙市工作小组, 长沙市第2工作小组 …
  groups: z.record(z.string(), z.string()),
});
export type PlanNames = z.infer<typeof planNames>;

export const planSource = z.enum(['solver', 'edit']);

export const planVersionItem = z.object({
  version: z.number().int(),
  source: planSource,
  // Hard violations counted when the version was saved.
  violations: z.number().int(),
  assigned: z.number().int(),
  groups: z.number().int(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  published: z.boolean(),
});
export type PlanVersionItem = z.infer<typeof planVersionItem>;

// D7: a saved plan; `violations` here lists every hard violation against the organ's current cadres and
// counties (the list item's `violations` is the count when the version was saved).
export const planVersionView = planVersionItem.extend({
  plan: planSchema,
  violations: z.array(violationView),
  // D7: why the solver left cadres out; only on the reply of a solve.
  explanations: z.array(violationView),
  names: planNames,
});
export type PlanVersionView = z.infer<typeof planVersionView>;

export const planEditBody = z.object({
  // The version the edit started from; null for a plan written from scratch.
  basedOn: z.number().int().positive().nullable().default(null),
  plan: planSchema,
  note: z.string().trim().max(dispatchLimits.noteMax).default(''),
});
export type PlanEditBody = z.infer<typeof planEditBody>;

export const solveBody = z.object({ note: z.string().trim().max(dispatchLimits.noteMax).default('') });

export const validateBody = z.object({ plan: planSchema });
export const validateReply = z.object({ violations: z.array(violationView) });

export const publishBody = z.object({ version: z.number().int().positive() });
export const publishReply = z.object({
  round: roundView,
  assignments: z.number().int(),
  notified: z.number().int(),
});

// Export and map read one version: the given one, else the published one, else the newest.
export const planVersionQuery = z.object({
  version: z.coerce.number().int().positive().optional(),
  batch: z.coerce.number().int().positive().optional(),
});

// A5: counts for the China map drill-down (province → prefecture → county).
const mapCount = z.object({
  code: z.string(),
  name: z.string(),
  cadres: z.number().int(),
  groups: z.number().int(),
});
export const dispatchMapView = z.object({
  version: z.number().int(),
  batch: z.number().int().nullable(),
  provinces: z.array(mapCount),
  prefectures: z.array(mapCount.extend({ provinceCode: z.string() })),
  counties: z.array(mapCount.omit({ groups: true }).extend({ prefectureCode: z.string() })),
});
export type DispatchMapView = z.infer<typeof dispatchMapView>;

// D8/D15: a cadre's own published assignment; the group leader also gets the members.
export const groupMemberView = z.object({
  cadreId: uuid,
  name: z.string(),
  department: z.string(),
  rank: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  leader: z.boolean(),
});
export const myAssignmentView = z.object({
  roundId: uuid,
  roundName: z.string(),
  batch: z.number().int(),
  countyCode: z.string(),
  countyName: z.string(),
  prefectureCode: z.string(),
  prefectureName: z.string(),
  provinceName: z.string(),
  groupKey: z.string(),
  groupName: z.string(),
  leader: z.boolean(),
  leaderName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  contactUntil: z.string(),
  members: z.array(groupMemberView),
});
export type MyAssignmentView = z.infer<typeof myAssignmentView>;

// X3: in-app notifications.
export const notificationView = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;
export const notificationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
  unread: z.enum(['true', 'false']).optional(),
});
export const notificationPage = z.object({
  items: z.array(notificationView),
  total: z.number().int(),
  unread: z.number().int(),
});
