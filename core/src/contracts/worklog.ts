import { z } from 'zod';
import { isoDate, limits, uuid } from './common';
import { countyCode } from './org';
import {
  dispatchTaskSchema,
  entryModeSchema,
  entryTypeSchema,
  supervisionItemSchema,
  organLevelSchema,
  taskItemSchema,
} from '../rules/worklog';
import { countKeySchema } from '../rules/counts';

// L1/L6 limits shared by the phone form and the server.
export const worklogLimits = {
  contentMax: 4000,
  thoughtsMax: 2000,
  peopleMax: 200,
  attachmentsMax: 9,
  attachmentBytes: 10 * 1024 * 1024,
  lateAfterDays: 7, // L4
  amendFreelyDays: 7, // L4
} as const;

// L6: accepted attachment kinds, checked on content (magic bytes).
export const attachmentKinds = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/zip-office',
] as const;

/** A league cadre talked with (谈心谈话 partner), recorded once and picked from "recent" afterwards. */
export const partnerInput = z.object({
  name: z.string().trim().min(1).max(limits.nameMax),
  unit: z.string().trim().max(100).default(''),
  organLevel: organLevelSchema,
});
export const partnerView = partnerInput.extend({ id: uuid });
export type PartnerView = z.infer<typeof partnerView>;

/** A new youth contact added inline while logging (Y1 minimal fields). */
export const inlineYouth = z.object({
  name: z.string().trim().min(1).max(limits.nameMax),
  phone: z
    .string()
    .regex(/^1\d{10}$/)
    .optional(),
  group: z.string().max(32).optional(),
});

export const entryBody = z
  .object({
    dateFrom: isoDate,
    dateTo: isoDate.optional(),
    type: entryTypeSchema,
    mode: entryModeSchema,
    onSite: z.boolean().default(true),
    countyCode: countyCode.nullable().default(null),
    grassrootsOrgId: uuid.nullable().default(null),
    place: z.string().trim().max(200).default(''),
    content: z.string().trim().min(1).max(worklogLimits.contentMax),
    thoughts: z.string().trim().max(worklogLimits.thoughtsMax).default(''),
    audience: z.number().int().min(0).max(100_000).nullable().default(null),
    youthIds: z.array(uuid).max(worklogLimits.peopleMax).default([]),
    newYouth: z.array(inlineYouth).max(50).default([]),
    partnerIds: z.array(uuid).max(worklogLimits.peopleMax).default([]),
    newPartners: z.array(partnerInput).max(50).default([]),
    taskItems: z.array(taskItemSchema).max(4).default([]),
    dispatchTasks: z.array(dispatchTaskSchema).max(6).default([]),
    supervisionItems: z.array(supervisionItemSchema).max(4).default([]),
    attachmentIds: z.array(uuid).max(worklogLimits.attachmentsMax).default([]),
    proposeCase: z.boolean().default(false),
  })
  .refine((b) => !b.dateTo || b.dateTo >= b.dateFrom, { message: 'dateTo < dateFrom', path: ['dateTo'] });
export type EntryBody = z.infer<typeof entryBody>;

export const entryAmend = z.object({
  version: z.number().int(),
  reason: z.string().trim().max(500).default(''),
  changes: z
    .object({
      dateFrom: isoDate,
      dateTo: isoDate,
      type: entryTypeSchema,
      mode: entryModeSchema,
      onSite: z.boolean(),
      countyCode: countyCode.nullable(),
      grassrootsOrgId: uuid.nullable(),
      place: z.string().trim().max(200),
      content: z.string().trim().min(1).max(worklogLimits.contentMax),
      thoughts: z.string().trim().max(worklogLimits.thoughtsMax),
      audience: z.number().int().min(0).max(100_000).nullable(),
      youthIds: z.array(uuid).max(worklogLimits.peopleMax),
      partnerIds: z.array(uuid).max(worklogLimits.peopleMax),
      taskItems: z.array(taskItemSchema).max(4),
      dispatchTasks: z.array(dispatchTaskSchema).max(6),
      supervisionItems: z.array(supervisionItemSchema).max(4),
    })
    .partial(),
});

export const entryWithdraw = z.object({
  version: z.number().int(),
  reason: z.string().trim().min(1).max(500),
});
export const commentBody = z.object({ body: z.string().trim().min(1).max(1000) });

export const attachmentView = z.object({
  id: uuid,
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export const commentView = z.object({
  id: uuid,
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export const revisionView = z.object({
  version: z.number().int(),
  revisedAt: z.string(),
  revisedBy: z.string(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
});

export const entryView = z.object({
  id: uuid,
  cadreId: uuid,
  cadreName: z.string(),
  dateFrom: isoDate,
  dateTo: isoDate,
  type: entryTypeSchema,
  mode: entryModeSchema,
  onSite: z.boolean(),
  countyCode: z.string().nullable(),
  countyName: z.string().nullable(),
  grassrootsOrgId: uuid.nullable(),
  grassrootsOrgName: z.string().nullable(),
  place: z.string(),
  content: z.string(),
  thoughts: z.string(),
  audience: z.number().int().nullable(),
  youth: z.array(z.object({ id: uuid, name: z.string() })),
  partners: z.array(partnerView),
  taskItems: z.array(taskItemSchema),
  dispatchTasks: z.array(dispatchTaskSchema),
  supervisionItems: z.array(supervisionItemSchema),
  attachments: z.array(attachmentView),
  late: z.boolean(),
  status: z.enum(['active', 'withdrawn']),
  withdrawReason: z.string().nullable(),
  proposedCase: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
  amendable: z.boolean(),
  comments: z.array(commentView),
  revisions: z.array(revisionView),
});
export type EntryView = z.infer<typeof entryView>;
export const entryListItem = entryView.omit({ comments: true, revisions: true });
export type EntryListItem = z.infer<typeof entryListItem>;

export const entryQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
  cadreId: uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  type: entryTypeSchema.optional(),
  count: countKeySchema.optional(),
  includeWithdrawn: z.enum(['true', 'false']).optional(),
});

export const countsQuery = z.object({
  cadreId: uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const countsView = z.object({
  cadreId: uuid,
  year: z.number().int(),
  counts: z.object({
    entries: z.number().int(),
    byType: z.record(z.string(), z.number().int()),
    grassrootsDays: z.number().int(),
    visits: z.number().int(),
    lectures: z.number().int(),
    lectureAudience: z.number().int(),
    youthMet: z.number().int(),
    cadresTalked: z.number().int(),
    cadresTalkedCrossLevel: z.number().int(),
    regularFriends: z.number().int(),
    helpPairs: z.number().int(),
  }),
});
export type CountsView = z.infer<typeof countsView>;

export const recentView = z.object({
  places: z.array(
    z.object({
      countyCode: z.string().nullable(),
      countyName: z.string().nullable(),
      grassrootsOrgId: uuid.nullable(),
      grassrootsOrgName: z.string().nullable(),
    }),
  ),
  youth: z.array(z.object({ id: uuid, name: z.string() })),
  partners: z.array(partnerView),
});
