import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/index.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { PlacementParams } from '../placement/placement.schemas.js';
import { Link, LinkParams, NewLink, NewLinkResponse, PublicWeek, TokenParams, WeekBody, WeeklyForm, WeeklyOverview } from './weekly-form.schemas.js';
import * as weekly from './weekly-form.service.js';

export function weeklyFormRoutes(app: FastifyInstance, deps: { db: Db; now: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Weekformulier'];
  const errors = { ...errorResponses, 410: errorResponses[404], 429: errorResponses[404] };

  r.get('/api/youth/:id/placements/:placementId/weekly', {
    schema: { tags, summary: 'De weekformulieren van een plaatsing, het verloop per competentie en de links', params: PlacementParams, response: { 200: WeeklyOverview, ...errorResponses } },
  }, (req) => weekly.overview(req.ctx, req.params.id, req.params.placementId));

  r.post('/api/youth/:id/placements/:placementId/weekly', {
    schema: { tags, summary: 'De coach vult de week in met de leidinggevende erbij', params: PlacementParams, body: WeekBody, response: { 201: WeeklyForm, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await weekly.fillInByCoach(req.ctx, req.params.id, req.params.placementId, req.body)));

  r.post('/api/youth/:id/placements/:placementId/links', {
    schema: { tags, summary: 'Een persoonlijke link voor de leidinggevende (het token staat alleen in dit antwoord)', params: PlacementParams, body: NewLink, response: { 201: NewLinkResponse, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await weekly.createLink(req.ctx, req.params.id, req.params.placementId, req.body.days)));

  r.post('/api/youth/:id/placements/:placementId/links/:linkId/revoke', {
    schema: { tags, summary: 'Een link intrekken', params: LinkParams, body: z.strictObject({}).optional(), response: { 200: Link.pick({ status: true }), ...errorResponses } },
  }, (req) => weekly.changeLink(req.ctx, req.params.id, req.params.placementId, req.params.linkId, { revoke: true }));

  r.post('/api/youth/:id/placements/:placementId/links/:linkId/renew', {
    schema: { tags, summary: 'Een link verlengen', params: LinkParams, body: z.strictObject({ days: z.number().int().min(1).max(60) }), response: { 200: Link.pick({ status: true }), ...errorResponses } },
  }, (req) => weekly.changeLink(req.ctx, req.params.id, req.params.placementId, req.params.linkId, { renewDays: req.body.days }));

  // The supervisor's side: no account, only the link.
  r.get('/api/public/weekly/:token', {
    config: { auth: 'none' },
    schema: { tags, summary: 'Het weekformulier via de persoonlijke link', params: TokenParams, response: { 200: PublicWeek, ...errors } },
  }, (req) => weekly.publicWeek({ db: deps.db, now: deps.now, address: req.ip }, req.params.token));

  r.post('/api/public/weekly/:token', {
    config: { auth: 'none' },
    schema: { tags, summary: 'Het weekformulier insturen via de persoonlijke link', params: TokenParams, body: WeekBody, response: { 201: WeeklyForm, ...errors } },
  }, async (req, reply) => reply.code(201).send(await weekly.submitWeek({ db: deps.db, now: deps.now, address: req.ip }, req.params.token, req.body)));
}
