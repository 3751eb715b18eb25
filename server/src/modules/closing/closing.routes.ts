import type { FastifyInstance } from 'fastify';

export function closingRoutes(_app: FastifyInstance) {
  // Filled in with issue 11.
}
