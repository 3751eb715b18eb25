import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Timeline, TimelineQuery } from './timeline.schemas.js';
import { timeline } from './timeline.service.js';

export function timelineRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/youth/:id/timeline', {
    schema: {
      tags: ['Tijdlijn'], summary: 'Tijdlijn van de jongere: alles, nieuwste eerst, te filteren op soort, per pagina',
      params: IdParams, querystring: TimelineQuery, response: { 200: Timeline, ...errorResponses },
    },
  }, (req) => timeline(req.ctx, req.params.id, req.query));
}
