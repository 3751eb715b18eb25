import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { EvaluationParams, EvaluationPatch, NewEvaluation, NewPlacement, NewSubsidy, NewWageAssessment, Placement, PlacementList, PlacementParams, PlacementPatch } from './placement.schemas.js';
import * as placements from './placement.service.js';

export function placementRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Plaatsingen'];

  r.get('/api/youth/:id/placements', {
    schema: { tags, summary: 'De plaatsingen van de jongere, nieuwste eerst', params: IdParams, response: { 200: PlacementList, ...errorResponses } },
  }, (req) => placements.list(req.ctx, req.params.id));

  r.post('/api/youth/:id/placements', {
    schema: { tags, summary: 'Een plaatsing vastleggen met de afspraken', params: IdParams, body: NewPlacement, response: { 201: Placement, 200: Placement, ...errorResponses } },
  }, async (req, reply) => {
    const { placement, created } = await placements.create(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(placement);
  });

  r.patch('/api/youth/:id/placements/:placementId', {
    schema: { tags, summary: 'Een plaatsing wijzigen of beëindigen', params: PlacementParams, body: PlacementPatch, response: { 200: Placement, ...errorResponses } },
  }, (req) => placements.change(req.ctx, req.params.id, req.params.placementId, req.body));

  r.post('/api/youth/:id/placements/:placementId/subsidies', {
    schema: { tags, summary: 'Een subsidie of regeling bij de plaatsing', params: PlacementParams, body: NewSubsidy, response: { 200: Placement, ...errorResponses } },
  }, (req) => placements.addSubsidy(req.ctx, req.params.id, req.params.placementId, req.body));

  r.post('/api/youth/:id/placements/:placementId/wage-assessments', {
    schema: { tags, summary: 'Een loonwaardemeting', params: PlacementParams, body: NewWageAssessment, response: { 200: Placement, ...errorResponses } },
  }, (req) => placements.addWageAssessment(req.ctx, req.params.id, req.params.placementId, req.body));

  r.post('/api/youth/:id/placements/:placementId/evaluations', {
    schema: { tags, summary: 'Een evaluatiemoment', params: PlacementParams, body: NewEvaluation, response: { 200: Placement, ...errorResponses } },
  }, (req) => placements.addEvaluation(req.ctx, req.params.id, req.params.placementId, req.body));

  r.patch('/api/youth/:id/placements/:placementId/evaluations/:evaluationId', {
    schema: { tags, summary: 'Een evaluatiemoment als gehouden markeren (datum en notitie)', params: EvaluationParams, body: EvaluationPatch, response: { 200: Placement, ...errorResponses } },
  }, (req) => placements.markEvaluation(req.ctx, req.params.id, req.params.placementId, req.params.evaluationId, req.body));
}
