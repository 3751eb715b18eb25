import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { MarkBody, MarkParams, MatchList, MatchQuery } from './matching.schemas.js';
import * as matching from './matching.service.js';

export function matchingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Werkgevers'];

  r.get('/api/youth/:id/matches', {
    schema: { tags, summary: 'Werkplekken gerangschikt op het zoekprofiel van de jongere, met de redenen', params: IdParams, querystring: MatchQuery, response: { 200: MatchList, ...errorResponses } },
  }, (req) => matching.matches(req.ctx, req.params.id, req.query));

  r.put('/api/youth/:id/matches/:workplaceId/mark', {
    schema: { tags, summary: 'Een werkplek op de shortlist zetten, de keuze van de jongere vastleggen of afwijzen', params: MarkParams, body: MarkBody,
      response: { 200: z.object({ status: z.enum(['candidate', 'chosen', 'rejected']).nullable() }), ...errorResponses } },
  }, (req) => matching.mark(req.ctx, req.params.id, req.params.workplaceId, req.body));
}
