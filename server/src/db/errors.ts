/** PostgreSQL unique_violation (23505), from either driver; drizzle wraps driver errors in `cause`. */
export function isUniqueViolation(e: unknown): boolean {
  for (let err: unknown = e; err instanceof Error || (typeof err === 'object' && err !== null);) {
    if ((err as { code?: unknown }).code === '23505') return true;
    err = (err as { cause?: unknown }).cause;
  }
  return false;
}
