import { z } from 'zod';
import { isoDate, limits, uuid } from './common';
import { countyCode } from './org';

// R4: ranks in order of seniority; 正处 and above may lead a work group (D6).
export const ranks = ['正局', '副局', '正处', '副处', '正科', '副科', '科员'] as const;
export const rank = z.enum(ranks);
export type Rank = z.infer<typeof rank>;
export const postTypes = { full_time: '专职', attached: '挂职', part_time: '兼职' } as const;
export const postType = z.enum(['full_time', 'attached', 'part_time']);
export const cadreStatuses = { active: '在岗', left: '离岗' } as const;
export const cadreStatus = z.enum(['active', 'left']);
export const gender = z.enum(['男', '女']);
export type Gender = z.infer<typeof gender>;
export type PostType = z.infer<typeof postType>;
export type CadreStatus = z.infer<typeof cadreStatus>;

export const phone = z.string().regex(/^1\d{10}$/, 'phone: 11 digits');

export const cadreBody = z.object({
  name: z.string().trim().min(1).max(limits.nameMax),
  gender: gender.nullable().default(null),
  departmentId: uuid,
  rank,
  postType: postType.default('full_time'),
  internalPost: z.boolean().default(false),
  hireDate: isoDate.nullable().default(null),
  probationEnd: isoDate.nullable().default(null),
  grassrootsMonths: z.number().int().min(0).max(600).default(0),
  nativeCountyCode: countyCode.nullable().default(null),
  previousCountyCodes: z.array(countyCode).max(20).default([]),
  phone,
  status: cadreStatus.default('active'),
});
export type CadreBody = z.infer<typeof cadreBody>;
export const cadrePatch = cadreBody.partial().extend({ version: z.number().int() });

export const exemptionView = z.object({
  id: uuid,
  scope: z.enum(['dispatch', 'contact', 'all']),
  reason: z.string(),
  approver: z.string(),
  approvedOn: isoDate,
  year: z.number().int().nullable(),
  revokedAt: z.string().nullable(),
});
export type ExemptionView = z.infer<typeof exemptionView>;
export const exemptionBody = z.object({
  scope: z.enum(['dispatch', 'contact', 'all']).default('all'),
  reason: z.string().trim().min(2).max(500),
  approver: z.string().trim().min(1).max(limits.nameMax),
  approvedOn: isoDate,
  year: z.number().int().min(2000).max(2100).nullable().default(null),
});

// The full record, for the cadre, the department head, the organ admin (S9: admins get cadreBrief only).
export const cadreView = cadreBody.extend({
  id: uuid,
  organId: uuid,
  departmentName: z.string(),
  phone: z.string(),
  exempt: z.boolean(),
  exemptions: z.array(exemptionView),
  version: z.number().int(),
});
export type CadreView = z.infer<typeof cadreView>;
export const cadreListItem = cadreView.omit({ exemptions: true, previousCountyCodes: true });
export type CadreListItem = z.infer<typeof cadreListItem>;
export const cadreBrief = z.object({ id: uuid, name: z.string(), departmentName: z.string() });

export const cadreQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
  q: z.string().trim().max(limits.nameMax).optional(),
  departmentId: uuid.optional(),
  rank: rank.optional(),
  postType: postType.optional(),
  status: cadreStatus.optional(),
});
