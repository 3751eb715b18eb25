import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Assessment, AssessmentPatch, Assessments, LifeDomainList, LifeDomainsUpdate, NewAssessment } from './assessment.schemas.js';
import * as assessments from './assessment.service.js';

export function assessmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Leefgebieden'];

  r.get('/api/youth/:id/assessments', {
    schema: { tags, summary: 'Metingen van de leefgebieden, met het verloop sinds de nulmeting', params: IdParams, response: { 200: Assessments, ...errorResponses } },
  }, (req) => assessments.list(req.ctx, req.params.id));

  r.post('/api/youth/:id/assessments', {
    schema: { tags, summary: 'De leefgebieden scoren (nulmeting, tussenmeting, eindmeting)', params: IdParams, body: NewAssessment, response: { 201: Assessment, 200: Assessment, ...errorResponses } },
  }, async (req, reply) => {
    const { assessment, created } = await assessments.record(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(assessment);
  });

  r.patch('/api/assessments/:id', {
    schema: { tags, summary: 'Een meting corrigeren', params: IdParams, body: AssessmentPatch, response: { 200: Assessment, ...errorResponses } },
  }, (req) => assessments.change(req.ctx, req.params.id, req.body));

  r.get('/api/life-domains', {
    schema: { tags, summary: 'De leefgebieden van de gemeente met de beschrijving per score', response: { 200: LifeDomainList, ...errorResponses } },
  }, (req) => assessments.domains(req.ctx));

  r.put('/api/admin/life-domains', {
    schema: { tags, summary: 'Leefgebieden instellen (beheer)', body: LifeDomainsUpdate, response: { 200: LifeDomainList, ...errorResponses } },
  }, (req) => assessments.updateDomains(req.ctx, req.body));
}
