import { z } from 'zod';

// R5: kinds of bulk import and the §11 reply.
export const importKinds = ['cadres', 'grassroots-orgs', 'youth'] as const;
export const importKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKind>;

export const importRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;
export const importReply = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int().default(0),
  errors: z.array(importRowError),
  dryRun: z.boolean(),
  /** Rows left out because of at least one error (errors may hold several per row). */
  rejected: z.number().int().default(0),
  /** True when `errors` was cut short (the first 1,000 are kept); `rejected` still counts every bad row. */
  errorsTruncated: z.boolean().default(false),
});
export type ImportReply = z.infer<typeof importReply>;
export const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
  mappingId: z.uuid().optional(),
});

// R5: the template columns (Chinese headers, template order) of each kind that can be imported now.
export const cadreImportColumns = [
  '姓名',
  '性别',
  '部门',
  '职级',
  '岗位类型',
  '内部管理岗位',
  '入职日期',
  '试用期满日期',
  '基层工作经历(月)',
  '籍贯县代码',
  '曾下沉县代码',
  '手机号',
  '状态',
] as const;
export const grassrootsOrgImportColumns = [
  '组织名称',
  '组织类型',
  '县级行政区划代码',
  '地址',
  '是否两新组织',
  '联系人',
] as const;
/** R5/Y1: a cadre's own youth contacts (姓名 only is required; phone or name + birth year identify one). */
export const youthImportColumns = [
  '姓名',
  '性别',
  '出生年份',
  '手机号',
  '群体',
  '县级行政区划代码',
  '单位或学校',
  '关系',
  '困难类型',
  '帮扶计划',
  '备注',
] as const;
/** Columns a file must have (after its column mapping); the others keep stored values when absent. */
export const requiredImportColumns = {
  cadres: ['姓名', '部门', '职级', '手机号'],
  'grassroots-orgs': ['组织名称', '组织类型', '县级行政区划代码'],
  youth: ['姓名'],
} as const satisfies Record<string, readonly string[]>;
export const importColumns = {
  cadres: cadreImportColumns,
  'grassroots-orgs': grassrootsOrgImportColumns,
  youth: youthImportColumns,
} as const;
/** R5/Y4: a youth import goes into the signed-in cadre's own contacts; saved column mappings do not apply. */
export const youthImportQuery = importQuery.pick({ dryRun: true });
export const importTemplateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

// X8: a saved mapping from another system's column headers to ours.
export const columnMappingBody = z.object({
  name: z.string().trim().min(1).max(50),
  kind: importKind,
  columns: z.record(z.string().max(100), z.string().max(100)),
});
export const columnMappingView = columnMappingBody.extend({ id: z.uuid() });
export type ColumnMappingView = z.infer<typeof columnMappingView>;
