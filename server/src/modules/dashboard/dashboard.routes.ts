import type { FastifyInstance } from 'fastify';

export function dashboardRoutes(_app: FastifyInstance) {
  // Filled in with issue 11.
}
