import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, Id, IdParams } from '../../platform/http/schemas.js';
import { ConditionOccurred, ConditionParams, Meeting, MeetingList, MeetingParams, MeetingPatch, NewMeeting } from './wraparound.schemas.js';
import * as meetings from './wraparound.service.js';

export function wraparoundRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Wrap-around'];

  r.get('/api/youth/:id/meetings', {
    schema: { tags, summary: 'De wrap-around overleggen van de jongere, nieuwste eerst', params: IdParams, response: { 200: MeetingList, ...errorResponses } },
  }, (req) => meetings.list(req.ctx, req.params.id));

  r.post('/api/youth/:id/meetings', {
    schema: { tags, summary: 'Een wrap-around overleg plannen', params: IdParams, body: NewMeeting, response: { 201: Meeting, 200: Meeting, ...errorResponses } },
  }, async (req, reply) => {
    const { meeting, created } = await meetings.create(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(meeting);
  });

  r.get('/api/youth/:id/meetings/:meetingId', {
    schema: { tags, summary: 'Eén overleg met deelnemers, voorwaarden en acties', params: MeetingParams, response: { 200: Meeting, ...errorResponses } },
  }, (req) => meetings.read(req.ctx, req.params.id, req.params.meetingId));

  r.patch('/api/youth/:id/meetings/:meetingId', {
    schema: { tags, summary: 'Een overleg wijzigen: aanwezigheid, afspraken, voorwaarden', params: MeetingParams, body: MeetingPatch, response: { 200: Meeting, ...errorResponses } },
  }, (req) => meetings.change(req.ctx, req.params.id, req.params.meetingId, req.body));

  r.post('/api/youth/:id/meetings/:meetingId/conditions/:conditionId/occurred', {
    schema: { tags, summary: 'Een ontbindende voorwaarde heeft zich voorgedaan', params: ConditionParams, body: ConditionOccurred, response: { 200: Meeting, ...errorResponses } },
  }, (req) => meetings.conditionOccurred(req.ctx, req.params.id, req.params.meetingId, req.params.conditionId, req.body.note));

  r.get('/api/youth/:id/meetings/:meetingId/minutes.pdf', {
    schema: {
      tags, summary: 'Het verslag als PDF voor de deelnemers (alleen met geldige toestemming)',
      params: MeetingParams, querystring: z.strictObject({ consentId: Id }), response: { 200: z.any().describe('application/pdf'), ...errorResponses },
    },
  }, async (req, reply) => {
    const pdf = await meetings.printMinutes(req.ctx, req.params.id, req.params.meetingId, req.query.consentId);
    return reply.type('application/pdf')
      .header('content-disposition', 'inline; filename="verslag-wrap-around.pdf"')
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
