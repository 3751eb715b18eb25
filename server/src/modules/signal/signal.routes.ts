import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, Id, IdParams } from '../../platform/http/schemas.js';
import { AssignBody, DismissBody, IntakeQueue, NewSignal, Signal } from './signal.schemas.js';
import * as signals from './signal.service.js';

export function signalRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Aanmeldingen'];

  r.post('/api/signals', {
    schema: { tags, summary: 'Aanmelding (signaal) over een jongere; met waarschuwing bij een mogelijke dubbele', body: NewSignal, response: { 201: Signal, 200: Signal, ...errorResponses } },
  }, async (req, reply) => {
    const { signal, created } = await signals.report(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(signal);
  });

  r.get('/api/teams/:teamId/intake', {
    schema: { tags, summary: 'Aanmeldingen van het team die op een coach wachten, met caseload per coach', params: z.strictObject({ teamId: Id }), response: { 200: IntakeQueue, ...errorResponses } },
  }, (req) => signals.queue(req.ctx, req.params.teamId));

  r.post('/api/signals/:id/assign', {
    schema: { tags, summary: 'Teamleider wijst een coach toe (nieuwe jongere of koppelen aan een bekende)', params: IdParams, body: AssignBody, response: { 200: Signal, ...errorResponses } },
  }, (req) => signals.assign(req.ctx, req.params.id, req.body));

  r.post('/api/signals/:id/dismiss', {
    schema: { tags, summary: 'Aanmelding niet oppakken, met reden', params: IdParams, body: DismissBody, response: { 200: Signal, ...errorResponses } },
  }, (req) => signals.dismiss(req.ctx, req.params.id, req.body));
}
