import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Network, NetworkPerson, NetworkPersonPatch, NewNetworkPerson, NewProfessional, Professional, ProfessionalPatch } from './network.schemas.js';
import * as networks from './network.service.js';

export function networkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Netwerk'];

  r.get('/api/youth/:id/network', {
    schema: { tags, summary: 'Netwerkkaart: mensen rond de jongere en de betrokken professionals', params: IdParams, response: { 200: Network, ...errorResponses } },
  }, (req) => networks.network(req.ctx, req.params.id));

  r.post('/api/youth/:id/network/people', {
    schema: { tags, summary: 'Iemand aan het netwerk toevoegen', params: IdParams, body: NewNetworkPerson, response: { 201: NetworkPerson, 200: NetworkPerson, ...errorResponses } },
  }, async (req, reply) => {
    const { person, created } = await networks.addPerson(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(person);
  });

  r.patch('/api/network/people/:id', {
    schema: { tags, summary: 'Een persoon in het netwerk wijzigen (ring, invloed, JIM, vertrokken)', params: IdParams, body: NetworkPersonPatch, response: { 200: NetworkPerson, ...errorResponses } },
  }, (req) => networks.changePerson(req.ctx, req.params.id, req.body));

  r.post('/api/youth/:id/network/professionals', {
    schema: { tags, summary: 'Een betrokken professional of instantie toevoegen', params: IdParams, body: NewProfessional, response: { 201: Professional, 200: Professional, ...errorResponses } },
  }, async (req, reply) => {
    const { professional, created } = await networks.addProfessional(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(professional);
  });

  r.patch('/api/network/professionals/:id', {
    schema: { tags, summary: 'Een betrokken professional wijzigen of beëindigen', params: IdParams, body: ProfessionalPatch, response: { 200: Professional, ...errorResponses } },
  }, (req) => networks.changeProfessional(req.ctx, req.params.id, req.body));
}
