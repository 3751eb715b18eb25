import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Incident, IncidentList, IncidentPatch, NewIncident } from './incident.schemas.js';
import * as incidents from './incident.service.js';

export function incidentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Incidenten'];

  r.post('/api/youth/:id/incidents', {
    schema: { tags, summary: 'Incident vastleggen (met aanrijtijd van de coach)', params: IdParams, body: NewIncident, response: { 201: Incident, 200: Incident, ...errorResponses } },
  }, async (req, reply) => {
    const { incident, created } = await incidents.record(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(incident);
  });

  r.get('/api/youth/:id/incidents', {
    schema: { tags, summary: 'Incidenten van een jongere', params: IdParams, response: { 200: IncidentList, ...errorResponses } },
  }, (req) => incidents.list(req.ctx, req.params.id));

  r.patch('/api/incidents/:id', {
    schema: { tags, summary: 'Incident aanvullen (aankomsttijd, afspraken, vervolg)', params: IdParams, body: IncidentPatch, response: { 200: Incident, ...errorResponses } },
  }, (req) => incidents.change(req.ctx, req.params.id, req.body));
}
