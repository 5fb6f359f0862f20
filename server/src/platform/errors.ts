import type { MessageCode } from './i18n';

const statusOf: Partial<Record<MessageCode, number>> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  BAD_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  RATE_LIMITED: 429,
  CSRF: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  USERNAME_TAKEN: 409,
  FILE_TOO_LARGE: 413,
  IDEMPOTENCY_MISMATCH: 422,
  NOT_A_CADRE: 403,
  ENTRY_WITHDRAWN: 409,
  TASK_LIST_LOCKED: 409,
  TASK_LIST_NOT_PROPOSED: 409,
  TASK_LIST_NOT_APPROVED: 409,
  OWN_RECORD_ONLY: 403,
  NOT_OWN_DEPARTMENT: 403,
  DISPATCH_ROUND_PUBLISHED: 409,
  DISPATCH_PLAN_VIOLATIONS: 422,
  DISPATCH_PROBLEM_INVALID: 422,
  DISPATCH_NO_PROVINCE: 422,
  DISPATCH_NO_PLAN: 404,
  INTERNAL: 500,
};

/** A failure the caller can act on; the message is translated at the edge (errors shape of SPEC §11). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
    status?: number,
  ) {
    super(code);
    this.status = status ?? statusOf[code] ?? 400;
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
export const forbidden = (): AppError => new AppError('FORBIDDEN');
