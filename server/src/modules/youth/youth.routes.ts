import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { AccessLogList, Assignment, History, NewYouth, Youth, YouthList, YouthListQuery, YouthPatch } from './youth.schemas.js';
import * as youthService from './youth.service.js';

export function youthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Jongeren'];

  r.get('/api/youth', {
    schema: { tags, summary: 'Mijn jongeren (scope=mine) of de jongeren van mijn team (scope=team, eventueel van één coach); zoeken met q; per pagina (limit, after = nextCursor), lopende trajecten eerst, dan op naam', querystring: YouthListQuery, response: { 200: YouthList, ...errorResponses } },
  }, (req) => youthService.list(req.ctx, req.query));

  r.post('/api/youth', {
    schema: { tags, summary: 'Jongere aanmelden (een roepnaam en een wijk zijn genoeg)', body: NewYouth, response: { 201: Youth, 200: Youth, ...errorResponses } },
  }, async (req, reply) => {
    const { youth, created } = await youthService.register(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(youth);
  });

  r.get('/api/youth/:id', {
    schema: { tags, summary: 'Dossier van een jongere', params: IdParams, response: { 200: Youth, ...errorResponses } },
  }, (req) => youthService.read(req.ctx, req.params.id));

  r.patch('/api/youth/:id', {
    schema: { tags, summary: 'Gegevens wijzigen (met versie; 409 als iemand anders eerder was)', params: IdParams, body: YouthPatch, response: { 200: Youth, ...errorResponses } },
  }, (req) => youthService.update(req.ctx, req.params.id, req.body));

  r.put('/api/youth/:id/assignment', {
    schema: { tags, summary: 'Teamleider: team en coach(es) van de jongere wijzigen, met reden', params: IdParams, body: Assignment, response: { 200: Youth, ...errorResponses } },
  }, (req) => youthService.assign(req.ctx, req.params.id, req.body));

  r.get('/api/youth/:id/history', {
    schema: { tags, summary: 'Geschiedenis: wie wijzigde wat en wanneer', params: IdParams, response: { 200: History, ...errorResponses } },
  }, (req) => youthService.history(req.ctx, req.params.id));

  r.get('/api/youth/:id/access-log', {
    schema: { tags, summary: 'Wie heeft dit dossier bekeken', params: IdParams, response: { 200: AccessLogList, ...errorResponses } },
  }, (req) => youthService.accessLog(req.ctx, req.params.id));
}
