import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, Id, IdParams } from '../../platform/http/schemas.js';
import { printSalesStory } from './sales-story.service.js';

export function salesStoryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/youth/:id/sales-story.pdf', {
    schema: {
      tags: ['Beeld van de jongere'], summary: 'Verkoopverhaal en gebruiksaanwijzing als PDF (alleen met geldige toestemming)',
      params: IdParams, querystring: z.strictObject({ consentId: Id }),
      response: { 200: z.any().describe('application/pdf'), ...errorResponses },
    },
  }, async (req, reply) => {
    const pdf = await printSalesStory(req.ctx, req.params.id, req.query.consentId);
    return reply.type('application/pdf')
      .header('content-disposition', 'inline; filename="verkoopverhaal.pdf"')
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
