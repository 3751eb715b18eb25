import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Attempt, AttemptList, Kennismaking, KennismakingList, NewAttempt, NewKennismaking } from './outreach.schemas.js';
import * as outreach from './outreach.service.js';

export function outreachRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Contact leggen'];

  r.post('/api/youth/:id/attempts', {
    schema: { tags, summary: 'Contactpoging vastleggen (kanaal, uitkomst)', params: IdParams, body: NewAttempt, response: { 201: Attempt, 200: Attempt, ...errorResponses } },
  }, async (req, reply) => {
    const { attempt, created } = await outreach.logAttempt(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(attempt);
  });

  r.get('/api/youth/:id/attempts', {
    schema: { tags, summary: 'Contactpogingen, aantal en dagen sinds aanmelding', params: IdParams, response: { 200: AttemptList, ...errorResponses } },
  }, (req) => outreach.attempts(req.ctx, req.params.id));

  r.post('/api/youth/:id/kennismaking', {
    schema: { tags, summary: 'Kennismaking (keukentafelgesprek) vastleggen', params: IdParams, body: NewKennismaking, response: { 201: Kennismaking, 200: Kennismaking, ...errorResponses } },
  }, async (req, reply) => {
    const { kennismaking, created } = await outreach.recordKennismaking(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(kennismaking);
  });

  r.get('/api/youth/:id/kennismaking', {
    schema: { tags, summary: 'Kennismakingsgesprekken', params: IdParams, response: { 200: KennismakingList, ...errorResponses } },
  }, (req) => outreach.kennismakingen(req.ctx, req.params.id));
}
