import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { NewSignature, PlanOverview, PlanParts, PlanVersion, PlanVersionList, SavePlan, VersionParams } from './plan.schemas.js';
import * as plans from './plan.service.js';

export function planRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Plan'];

  r.get('/api/plan-parts', {
    schema: { tags, summary: 'De onderdelen van het plan, met de suggesties uit het handboek', response: { 200: PlanParts, ...errorResponses } },
  }, (req) => plans.parts(req.ctx));

  r.get('/api/youth/:id/plan', {
    schema: { tags, summary: 'Het plan: de nieuwste versie, de laatst getekende en de zesweken-norm', params: IdParams, response: { 200: PlanOverview, ...errorResponses } },
  }, (req) => plans.overview(req.ctx, req.params.id));

  r.put('/api/youth/:id/plan', {
    schema: { tags, summary: 'Het plan opslaan: een concept op zijn plaats, een getekende versie nooit (dan een nieuwe versie)', params: IdParams, body: SavePlan, response: { 200: PlanVersion, ...errorResponses } },
  }, (req) => plans.save(req.ctx, req.params.id, req.body));

  r.get('/api/youth/:id/plan/versions', {
    schema: { tags, summary: 'Alle versies van het plan', params: IdParams, response: { 200: PlanVersionList, ...errorResponses } },
  }, (req) => plans.versions(req.ctx, req.params.id));

  r.get('/api/youth/:id/plan/versions/:version', {
    schema: { tags, summary: 'Eén versie van het plan', params: VersionParams, response: { 200: PlanVersion, ...errorResponses } },
  }, (req) => plans.readVersion(req.ctx, req.params.id, req.params.version));

  r.post('/api/youth/:id/plan/versions/:version/signatures', {
    schema: { tags, summary: 'De jongere of de coach tekent deze versie (getypt of getekend)', params: VersionParams, body: NewSignature, response: { 201: PlanVersion, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await plans.sign(req.ctx, req.params.id, req.params.version, req.body)));

  r.get('/api/youth/:id/plan/versions/:version/pdf', {
    schema: { tags, summary: 'Het plan als PDF voor de jongere', params: VersionParams, response: { 200: z.any().describe('application/pdf'), ...errorResponses } },
  }, async (req, reply) => {
    const pdf = await plans.print(req.ctx, req.params.id, req.params.version);
    return reply.type('application/pdf')
      .header('content-disposition', `inline; filename="plan-versie-${req.params.version}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
