import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Escalation, EscalationList, EscalationListQuery, EscalationPatch, NewEscalation } from './escalation.schemas.js';
import * as escalations from './escalation.service.js';

export function escalationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Opschaal-overleg'];

  r.get('/api/escalations', {
    schema: { tags, summary: 'Casussen en knelpunten van het opschaal-overleg die u mag zien, per status, nieuwste eerst', querystring: EscalationListQuery, response: { 200: EscalationList, ...errorResponses } },
  }, (req) => escalations.list(req.ctx, req.query));

  r.post('/api/escalations', {
    schema: { tags, summary: 'Een casus (één jongere) of een knelpunt (geen jongere) inbrengen', body: NewEscalation, response: { 201: Escalation, 200: Escalation, ...errorResponses } },
  }, async (req, reply) => {
    const { escalation, created } = await escalations.create(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(escalation);
  });

  r.get('/api/escalations/:id', {
    schema: { tags, summary: 'Eén punt van het opschaal-overleg', params: IdParams, response: { 200: Escalation, ...errorResponses } },
  }, (req) => escalations.read(req.ctx, req.params.id));

  r.put('/api/escalations/:id', {
    schema: { tags, summary: 'Besluit, actiehouder en termijn, uitkomst, status en beleidswijziging vastleggen', params: IdParams, body: EscalationPatch, response: { 200: Escalation, ...errorResponses } },
  }, (req) => escalations.change(req.ctx, req.params.id, req.body));
}
