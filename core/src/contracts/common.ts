import { z } from 'zod';

// Limits shared by server validation and web forms (STYLE 3).
export const limits = {
  nameMax: 50,
  textMax: 2000,
  pageSizeMax: 200,
  importFileBytes: 20 * 1024 * 1024,
  importRowsMax: 50_000,
} as const;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const uuid = z.uuid();

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
  q: z.string().trim().max(limits.nameMax).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

// SPEC §11: every error has this shape, message in the caller's language.
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const okBody = z.object({ ok: z.literal(true) });
