import { z } from 'zod';
import { limits, uuid } from './common';

// R2: organ levels.
export const organLevelNames = { 1: '中央', 2: '省级', 3: '市级', 4: '县级', 5: '基层' } as const;

export const organView = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  code: z.string(),
  name: z.string(),
  level: z.number().int().min(1).max(5),
  seatCountyCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
});
export type OrganView = z.infer<typeof organView>;

export const departmentView = z.object({ id: uuid, organId: uuid, name: z.string(), sort: z.number().int() });
export type DepartmentView = z.infer<typeof departmentView>;
export const departmentBody = z.object({
  name: z.string().trim().min(1).max(limits.nameMax),
  sort: z.number().int().min(0).max(999).default(0),
});

export const divisionView = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
});
export type DivisionView = z.infer<typeof divisionView>;
export const divisionQuery = z.object({
  parent: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
});

// R3: grassroots organization types.
export const grassrootsOrgTypes = [
  '团支部',
  '青年之家',
  '社会组织',
  '网络组织',
  '非公企业团组织',
  '学校团组织',
  '社区团组织',
  '机关事业单位团组织',
  '其他',
] as const;
export const grassrootsOrgType = z.enum(grassrootsOrgTypes);
export type GrassrootsOrgType = z.infer<typeof grassrootsOrgType>;

export const countyCode = z.string().regex(/^\d{6}$/, 'county code: 6 digits');

export const grassrootsOrgBody = z.object({
  name: z.string().trim().min(1).max(100),
  type: grassrootsOrgType,
  countyCode,
  address: z.string().trim().max(200).default(''),
  twoNew: z.boolean().default(false),
  contactPerson: z.string().trim().max(limits.nameMax).default(''),
});
export const grassrootsOrgPatch = grassrootsOrgBody.partial().extend({ version: z.number().int() });
export const grassrootsOrgView = grassrootsOrgBody.extend({
  id: uuid,
  organId: uuid,
  countyName: z.string().nullable(),
  version: z.number().int(),
});
export type GrassrootsOrgView = z.infer<typeof grassrootsOrgView>;
export const grassrootsOrgQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
  q: z.string().trim().max(limits.nameMax).optional(),
  type: grassrootsOrgType.optional(),
  countyCode: z
    .string()
    .regex(/^\d{2,6}$/)
    .optional(),
  twoNew: z.enum(['true', 'false']).optional(),
});
