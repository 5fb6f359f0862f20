import { z } from 'zod';
import { isoDate, limits, uuid } from './common';
import { countyCode } from './org';
import { youthGroupSchema, type Label } from '../rules/worklog';

// Y2: difficulty types of help pairs (帮扶对象).
export const difficultyTypes = [
  'economic',
  'employment',
  'study',
  'family',
  'health',
  'psychological',
  'other',
] as const;
export const difficultyType = z.enum(difficultyTypes);
export type DifficultyType = z.infer<typeof difficultyType>;

/** Y2: labels of difficulty types (the import template's 困难类型 column uses the Chinese ones). */
export const difficultyTypeLabels: Readonly<Record<DifficultyType, Label>> = {
  economic: { zh: '经济困难', en: 'Financial hardship' },
  employment: { zh: '就业困难', en: 'Employment difficulty' },
  study: { zh: '学业困难', en: 'Study difficulty' },
  family: { zh: '家庭困难', en: 'Family difficulty' },
  health: { zh: '健康问题', en: 'Health problem' },
  psychological: { zh: '心理困扰', en: 'Psychological distress' },
  other: { zh: '其他', en: 'Other' },
};

/** Y2: labels of a contact's relation to the cadre. */
export const youthRelationLabels: Readonly<Record<'friend' | 'help_pair', Label>> = {
  friend: { zh: '朋友', en: 'Friend' },
  help_pair: { zh: '帮扶对象', en: 'Help pair' },
};

export const youthBody = z.object({
  name: z.string().trim().min(1).max(limits.nameMax),
  gender: z.enum(['男', '女']).nullable().default(null),
  birthYear: z.number().int().min(1940).max(2100).nullable().default(null),
  phone: z
    .string()
    .regex(/^1\d{10}$/)
    .nullable()
    .default(null),
  group: youthGroupSchema.default('other'),
  countyCode: countyCode.nullable().default(null),
  organization: z.string().trim().max(100).default(''),
  notes: z.string().trim().max(1000).default(''),
  relation: z.enum(['friend', 'help_pair']).default('friend'),
  difficultyType: difficultyType.nullable().default(null),
  helpPlan: z.string().trim().max(2000).default(''),
  helpOutcome: z.string().trim().max(2000).default(''),
  guardianConsent: z.boolean().default(false),
});
export type YouthBody = z.infer<typeof youthBody>;
export const youthPatch = youthBody.partial().extend({ version: z.number().int() });

export const youthView = youthBody.extend({
  id: uuid,
  cadreId: uuid,
  phone: z.string().nullable(), // masked unless revealed (Y4)
  minor: z.boolean(), // under 14: sensitive personal information
  lastContact: isoDate.nullable(),
  contactCount: z.number().int(),
  overdue: z.boolean(),
  knownToOtherCadres: z.boolean(), // Y5, without saying who
  version: z.number().int(),
});
export type YouthView = z.infer<typeof youthView>;

export const youthQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
  q: z.string().trim().max(limits.nameMax).optional(),
  relation: z.enum(['friend', 'help_pair']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  cadreId: uuid.optional(),
});

export const revealBody = z.object({ reason: z.string().trim().min(2).max(200) });
export const revealReply = z.object({ phone: z.string().nullable() });

/** Y4: what a supervisor sees of a cadre's contacts — counts, no personal data. */
export const youthSummary = z.object({
  cadreId: uuid,
  total: z.number().int(),
  friends: z.number().int(),
  helpPairs: z.number().int(),
});
