import type { FastifyInstance } from 'fastify';

export function resultMeasurementRoutes(_app: FastifyInstance) {
  // Filled in with issue 11.
}
