import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Group, GroupPatch, GroupSession, GroupSummary, NewGroup, NewGroupContact, NewGroupReport, NewGroupSession } from './group.schemas.js';
import * as groups from './group.service.js';

export function groupRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/groups', {
    schema: { tags: ['Groepen'], summary: 'Groepscasussen die u coacht of waarvan u teamleider bent', response: { 200: z.object({ items: z.array(GroupSummary) }), ...errorResponses } },
  }, (req) => groups.list(req.ctx));
  r.post('/api/groups', {
    schema: { tags: ['Groepen'], summary: 'Een groepscasus maken (bijv. een straatgroep) met leden en een verantwoordelijke coach', body: NewGroup, response: { 200: Group, 201: Group, ...errorResponses } },
  }, async (req, reply) => {
    const { group, created } = await groups.create(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(group);
  });
  r.get('/api/groups/:id', {
    schema: { tags: ['Groepen'], summary: 'Een groep: leden, meldingen met de 24-uursklok per lid, groepscontacten', params: IdParams, response: { 200: Group, ...errorResponses } },
  }, (req) => groups.read(req.ctx, req.params.id));
  r.patch('/api/groups/:id', {
    schema: { tags: ['Groepen'], summary: 'Naam, coach of leden van een groep wijzigen', params: IdParams, body: GroupPatch, response: { 200: Group, ...errorResponses } },
  }, (req) => groups.update(req.ctx, req.params.id, req.body));
  r.post('/api/groups/:id/reports', {
    schema: { tags: ['Groepen'], summary: 'Een melding over de groep (overlast, schoolverzuim): de 24-uursklok per lid start', params: IdParams, body: NewGroupReport, response: { 200: Group, 201: Group, ...errorResponses } },
  }, async (req, reply) => {
    const { group, created } = await groups.report(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(group);
  });
  r.post('/api/groups/:id/contacts', {
    schema: { tags: ['Groepen'], summary: 'Een groepscontact één keer vastleggen: een contactmoment voor elk aanwezig lid', params: IdParams, body: NewGroupContact, response: { 200: Group, 201: Group, ...errorResponses } },
  }, async (req, reply) => {
    const { group, created } = await groups.recordContact(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(group);
  });
  r.get('/api/group-sessions', {
    schema: { tags: ['Groepen'], summary: 'Groepsbijeenkomsten (training, thema) van uw teams', response: { 200: z.object({ items: z.array(GroupSession) }), ...errorResponses } },
  }, (req) => groups.sessions(req.ctx));
  r.post('/api/group-sessions', {
    schema: { tags: ['Groepen'], summary: 'Een groepsbijeenkomst vastleggen: onderwerp, datum, begeleider, aanwezigen', body: NewGroupSession, response: { 200: GroupSession, 201: GroupSession, ...errorResponses } },
  }, async (req, reply) => {
    const { session, created } = await groups.recordSession(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(session);
  });
}
