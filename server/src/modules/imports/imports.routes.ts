import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';

// Placeholder until the import module lands (R5).
export function importRoutes(_deps: AppDeps) {
  return async (_app: FastifyInstance) => {};
}
