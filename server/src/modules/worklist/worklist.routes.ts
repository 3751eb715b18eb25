import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { AckHistory, AckInput, TeamQuery, TeamWorklist, Worklist } from './worklist.schemas.js';
import * as worklist from './worklist.service.js';

export function worklistRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/worklist', {
    schema: { tags: ['Werklijst'], summary: 'De signalen van de eigen jongeren: te laat, vandaag, deze week', response: { 200: Worklist, ...errorResponses } },
  }, (req) => worklist.mine(req.ctx));
  r.get('/api/team/worklist', {
    schema: { tags: ['Werklijst'], summary: 'Teamleider: alle signalen van het team, caseload per coach en normprestatie dit kwartaal', querystring: TeamQuery, response: { 200: TeamWorklist, ...errorResponses } },
  }, (req) => worklist.team(req.ctx, req.query.teamId));
  r.post('/api/worklist/acks', {
    schema: { tags: ['Werklijst'], summary: 'Een signaal als gezien markeren, uitstellen tot een dag (met reden), of terugzetten', body: AckInput, response: { 200: AckHistory, ...errorResponses } },
  }, (req) => worklist.acknowledge(req.ctx, req.body));
}
