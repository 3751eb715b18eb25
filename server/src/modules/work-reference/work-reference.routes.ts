import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/index.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { PlacementParams } from '../placement/placement.schemas.js';
import { TokenParams } from '../weekly-form/weekly-form.schemas.js';
import { Confirmation, NewReference, PublicReferenceParams, Reference, ReferenceList, ReferenceParams, ReferencePatch } from './work-reference.schemas.js';
import * as references from './work-reference.service.js';

export function workReferenceRoutes(app: FastifyInstance, deps: { db: Db; now: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Certificaat en aanbeveling'];
  const errors = { ...errorResponses, 410: errorResponses[404], 429: errorResponses[404] };

  r.get('/api/youth/:id/placements/:placementId/references', {
    schema: { tags, summary: 'Certificaat en aanbevelingsbrief van een plaatsing', params: PlacementParams, response: { 200: ReferenceList, ...errorResponses } },
  }, (req) => references.list(req.ctx, req.params.id, req.params.placementId));

  r.post('/api/youth/:id/placements/:placementId/references', {
    schema: { tags, summary: 'Een concept maken uit de weekformulieren', params: PlacementParams, body: NewReference, response: { 201: Reference, 200: Reference, ...errorResponses } },
  }, async (req, reply) => {
    const { reference, created } = await references.draft(req.ctx, req.params.id, req.params.placementId, req.body.kind);
    return reply.code(created ? 201 : 200).send(reference);
  });

  r.patch('/api/youth/:id/placements/:placementId/references/:referenceId', {
    schema: { tags, summary: 'Het concept aanpassen (niet meer na bevestiging door de werkgever)', params: ReferenceParams, body: ReferencePatch, response: { 200: Reference, ...errorResponses } },
  }, (req) => references.change(req.ctx, req.params.id, req.params.placementId, req.params.referenceId, req.body));

  r.get('/api/youth/:id/placements/:placementId/references/:referenceId/pdf', {
    schema: { tags, summary: 'Het certificaat of de aanbevelingsbrief als PDF', params: ReferenceParams, response: { 200: z.any().describe('application/pdf'), ...errorResponses } },
  }, async (req, reply) => {
    const pdf = await references.print(req.ctx, req.params.id, req.params.placementId, req.params.referenceId);
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="certificaat.pdf"').header('cache-control', 'no-store').send(pdf);
  });

  r.get('/api/public/weekly/:token/references', {
    config: { auth: 'none' },
    schema: { tags, summary: 'De werkgever leest de concepten via de persoonlijke link', params: TokenParams, response: { 200: ReferenceList, ...errors } },
  }, (req) => references.publicList({ db: deps.db, now: deps.now, address: req.ip }, req.params.token));

  r.post('/api/public/weekly/:token/references/:referenceId/confirm', {
    config: { auth: 'none' },
    schema: { tags, summary: 'De werkgever bevestigt het certificaat of de brief', params: PublicReferenceParams, body: Confirmation, response: { 200: Reference, ...errors } },
  }, (req) => references.confirm({ db: deps.db, now: deps.now, address: req.ip }, req.params.token, req.params.referenceId, req.body));
}
