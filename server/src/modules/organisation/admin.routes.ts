import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import * as admin from './admin.service.js';
import {
  NewOrganisation, NewTeam, NewUser, Organisation, OrganisationList, OrganisationPatch, Team, TeamList, TeamPatch, User, UserList, UserPatch,
} from './organisation.schemas.js';

export function adminRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Beheer'];

  r.get('/api/admin/organisations', { schema: { tags, summary: 'Organisaties', response: { 200: OrganisationList, ...errorResponses } } },
    (req) => admin.listOrganisations(req.ctx));
  r.post('/api/admin/organisations', { schema: { tags, summary: 'Organisatie toevoegen', body: NewOrganisation, response: { 201: Organisation, ...errorResponses } } },
    async (req, reply) => reply.code(201).send(await admin.createOrganisation(req.ctx, req.body)));
  r.patch('/api/admin/organisations/:id', { schema: { tags, summary: 'Organisatie wijzigen of deactiveren', params: IdParams, body: OrganisationPatch, response: { 200: Organisation, ...errorResponses } } },
    (req) => admin.updateOrganisation(req.ctx, req.params.id, req.body));

  r.get('/api/admin/teams', { schema: { tags, summary: 'Teams (wijkteams)', response: { 200: TeamList, ...errorResponses } } },
    (req) => admin.listTeams(req.ctx));
  r.post('/api/admin/teams', { schema: { tags, summary: 'Team toevoegen', body: NewTeam, response: { 201: Team, ...errorResponses } } },
    async (req, reply) => reply.code(201).send(await admin.createTeam(req.ctx, req.body)));
  r.patch('/api/admin/teams/:id', { schema: { tags, summary: 'Team wijzigen of deactiveren', params: IdParams, body: TeamPatch, response: { 200: Team, ...errorResponses } } },
    (req) => admin.updateTeam(req.ctx, req.params.id, req.body));

  r.get('/api/admin/users', { schema: { tags, summary: 'Gebruikers', response: { 200: UserList, ...errorResponses } } },
    (req) => admin.listUsers(req.ctx));
  r.post('/api/admin/users', { schema: { tags, summary: 'Gebruiker aanmaken', body: NewUser, response: { 201: User, ...errorResponses } } },
    async (req, reply) => reply.code(201).send(await admin.createUser(req.ctx, req.body)));
  r.patch('/api/admin/users/:id', { schema: { tags, summary: 'Rollen, teams, caseload wijzigen of deactiveren (nooit verwijderen)', params: IdParams, body: UserPatch, response: { 200: User, ...errorResponses } } },
    (req) => admin.updateUser(req.ctx, req.params.id, req.body));
}
