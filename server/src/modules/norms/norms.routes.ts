import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { NormSet, NormSetUpdate } from './norms.schemas.js';
import * as norms from './norms.service.js';

export function normsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/admin/norms', {
    schema: { tags: ['Beheer'], summary: 'De normen die Spil bewaakt, met drempel en aan/uit', response: { 200: NormSet, ...errorResponses } },
  }, (req) => norms.read(req.ctx));
  r.put('/api/admin/norms', {
    schema: { tags: ['Beheer'], summary: 'Normen aan- of uitzetten en hun drempel instellen', body: NormSetUpdate, response: { 200: NormSet, ...errorResponses } },
  }, (req) => norms.update(req.ctx, req.body));
}
