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
});
export type ImportReply = z.infer<typeof importReply>;
export const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
  mappingId: z.uuid().optional(),
});

// X8: a saved mapping from another system's column headers to ours.
export const columnMappingBody = z.object({
  name: z.string().trim().min(1).max(50),
  kind: importKind,
  columns: z.record(z.string().max(100), z.string().max(100)),
});
export const columnMappingView = columnMappingBody.extend({ id: z.uuid() });
export type ColumnMappingView = z.infer<typeof columnMappingView>;
