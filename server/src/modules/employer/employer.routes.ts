import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Employer, EmployerList, EmployerPatch, EmployerQuery, NewEmployer, NewEmployerContact, NewWorkplace, Workplace, WorkplacePatch } from './employer.schemas.js';
import * as employers from './employer.service.js';

export function employerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Werkgevers'];

  r.get('/api/employers', {
    schema: { tags, summary: 'Het werkgeversnetwerk van de gemeente (zoeken op naam, branche, wijk)', querystring: EmployerQuery, response: { 200: EmployerList, ...errorResponses } },
  }, (req) => employers.list(req.ctx, req.query));

  r.post('/api/employers', {
    schema: { tags, summary: 'Een werkgever toevoegen (waarschuwt bij dezelfde naam in dezelfde plaats)', body: NewEmployer, response: { 201: Employer, 200: Employer, ...errorResponses } },
  }, async (req, reply) => {
    const { employer, created } = await employers.create(req.ctx, req.body);
    return reply.code(created ? 201 : 200).send(employer);
  });

  r.get('/api/employers/:id', {
    schema: { tags, summary: 'Een werkgever met werkplekken en contacthistorie', params: IdParams, response: { 200: Employer, ...errorResponses } },
  }, (req) => employers.read(req.ctx, req.params.id));

  r.patch('/api/employers/:id', {
    schema: { tags, summary: 'Een werkgever wijzigen', params: IdParams, body: EmployerPatch, response: { 200: Employer, ...errorResponses } },
  }, (req) => employers.change(req.ctx, req.params.id, req.body));

  r.post('/api/employers/:id/contacts', {
    schema: { tags, summary: 'Een contact met de werkgever vastleggen', params: IdParams, body: NewEmployerContact, response: { 201: Employer, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await employers.addContact(req.ctx, req.params.id, req.body)));

  r.post('/api/employers/:id/workplaces', {
    schema: { tags, summary: 'Een werkplek met quick scan toevoegen', params: IdParams, body: NewWorkplace, response: { 201: Workplace, 200: Workplace, ...errorResponses } },
  }, async (req, reply) => {
    const { workplace, created } = await employers.addWorkplace(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(workplace);
  });

  r.patch('/api/workplaces/:id', {
    schema: { tags, summary: 'De quick scan of de open plekken van een werkplek wijzigen', params: IdParams, body: WorkplacePatch, response: { 200: Workplace, ...errorResponses } },
  }, (req) => employers.changeWorkplace(req.ctx, req.params.id, req.body));
}
