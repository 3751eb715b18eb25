import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Consent, ConsentList, NewConsent, WithdrawConsent } from './consent.schemas.js';
import * as consents from './consent.service.js';

export function consentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Toestemming'];

  r.get('/api/youth/:id/consents', {
    schema: { tags, summary: 'Toestemmingen van de jongere om iets te delen', params: IdParams, response: { 200: ConsentList, ...errorResponses } },
  }, (req) => consents.list(req.ctx, req.params.id));

  r.post('/api/youth/:id/consents', {
    schema: { tags, summary: 'Toestemming vastleggen (wat, met wie, tot wanneer)', params: IdParams, body: NewConsent, response: { 201: Consent, 200: Consent, ...errorResponses } },
  }, async (req, reply) => {
    const { consent, created } = await consents.record(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(consent);
  });

  r.post('/api/consents/:id/withdraw', {
    schema: { tags, summary: 'Toestemming intrekken', params: IdParams, body: WithdrawConsent, response: { 200: Consent, ...errorResponses } },
  }, (req) => consents.withdraw(req.ctx, req.params.id, req.body.version));
}
