import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { Handover, HandoverResult } from './handover.schemas.js';
import { handOver } from './handover.service.js';

export function handoverRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post('/api/team/handover', {
    schema: { tags: ['Team'], summary: 'Teamleider: jongeren (of een hele caseload bij verlof) overdragen aan een collega, met notitie', body: Handover, response: { 200: HandoverResult, ...errorResponses } },
  }, (req) => handOver(req.ctx, req.body));
}
