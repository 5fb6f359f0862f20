import { z } from 'zod';
import { isoDate, limits } from './common';

export const auditView = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  details: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});
export type AuditView = z.infer<typeof auditView>;
export const auditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(50),
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const auditVerifyReply = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z
    .object({
      chain: z.string(),
      seq: z.number().int(),
      id: z.number().int().nullable(),
      problem: z.string(),
    })
    .nullable(),
});
