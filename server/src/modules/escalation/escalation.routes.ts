import type { FastifyInstance } from 'fastify';

export function escalationRoutes(_app: FastifyInstance) {
  // Filled in with issue 11.
}
