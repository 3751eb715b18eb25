import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Contact, ContactPatch, NewAddendum, NewContact, ScalingSeries } from './contact.schemas.js';
import * as contacts from './contact.service.js';

export function contactRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Contactmomenten'];

  r.post('/api/youth/:id/contacts', {
    schema: { tags, summary: 'Contactmoment vastleggen (met 5G en schaalvraag als dat er is)', params: IdParams, body: NewContact, response: { 201: Contact, 200: Contact, ...errorResponses } },
  }, async (req, reply) => {
    const { contact, created } = await contacts.record(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(contact);
  });

  r.get('/api/contacts/:id', {
    schema: { tags, summary: 'Eén contactmoment met aanvullingen', params: IdParams, response: { 200: Contact, ...errorResponses } },
  }, (req) => contacts.read(req.ctx, req.params.id));

  r.patch('/api/contacts/:id', {
    schema: { tags, summary: 'Contactmoment wijzigen binnen de termijn (met versie)', params: IdParams, body: ContactPatch, response: { 200: Contact, ...errorResponses } },
  }, (req) => contacts.change(req.ctx, req.params.id, req.body));

  r.post('/api/contacts/:id/addenda', {
    schema: { tags, summary: 'Aanvulling op een contactmoment (na de termijn)', params: IdParams, body: NewAddendum, response: { 200: Contact, ...errorResponses } },
  }, (req) => contacts.amend(req.ctx, req.params.id, req.body));

  r.get('/api/youth/:id/scaling', {
    schema: { tags, summary: 'Schaalvraag-scores door de tijd', params: IdParams, response: { 200: ScalingSeries, ...errorResponses } },
  }, (req) => contacts.scaling(req.ctx, req.params.id));
}
