import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { MeetingParams } from '../wraparound/wraparound.schemas.js';
import { Action, ActionFilter, ActionList, ActionParams, ActionPatch, NewMeetingAction } from './agreed-action.schemas.js';
import * as actions from './agreed-action.service.js';

export function agreedActionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Acties'];

  r.get('/api/youth/:id/actions', {
    schema: { tags, summary: 'Alle afgesproken acties van de jongere (uit plannen en overleggen)', params: IdParams, querystring: ActionFilter, response: { 200: ActionList, ...errorResponses } },
  }, (req) => actions.list(req.ctx, req.params.id, req.query.status));

  r.post('/api/youth/:id/meetings/:meetingId/actions', {
    schema: { tags, summary: 'Een actie afspreken in een overleg', params: MeetingParams, body: NewMeetingAction, response: { 201: Action, 200: Action, ...errorResponses } },
  }, async (req, reply) => {
    const { action, created } = await actions.addToMeeting(req.ctx, req.params.id, req.params.meetingId, req.body);
    return reply.code(created ? 201 : 200).send(action);
  });

  r.patch('/api/youth/:id/actions/:actionId', {
    schema: { tags, summary: 'Een actie afvinken, laten vervallen, heropenen of aanpassen', params: ActionParams, body: ActionPatch, response: { 200: Action, ...errorResponses } },
  }, (req) => actions.change(req.ctx, req.params.id, req.params.actionId, req.body));
}
