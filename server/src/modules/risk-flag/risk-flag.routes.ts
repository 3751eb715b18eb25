import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { NewRiskFlag, ResolveRiskFlag, RiskFlag, RiskFlagList, TeamParams, TeamRiskFlags } from './risk-flag.schemas.js';
import * as flags from './risk-flag.service.js';

export function riskFlagRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Risicosignalen'];

  r.get('/api/youth/:id/risk-flags', {
    schema: { tags, summary: 'Risicosignalen van een jongere (open en afgehandeld)', params: IdParams, response: { 200: RiskFlagList, ...errorResponses } },
  }, (req) => flags.list(req.ctx, req.params.id));

  r.post('/api/youth/:id/risk-flags', {
    schema: { tags, summary: 'Een risicosignaal zetten: aanleiding om de strategie te heroverwegen', params: IdParams, body: NewRiskFlag, response: { 201: RiskFlag, 200: RiskFlag, ...errorResponses } },
  }, async (req, reply) => {
    const { flag, created } = await flags.raise(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(flag);
  });

  r.post('/api/risk-flags/:id/resolve', {
    schema: { tags, summary: 'Een risicosignaal afhandelen, met een toelichting', params: IdParams, body: ResolveRiskFlag, response: { 200: RiskFlag, ...errorResponses } },
  }, (req) => flags.resolve(req.ctx, req.params.id, req.body));

  r.get('/api/teams/:teamId/risk-flags', {
    schema: { tags, summary: 'Open risicosignalen van het team (teamleider)', params: TeamParams, response: { 200: TeamRiskFlags, ...errorResponses } },
  }, (req) => flags.openInTeam(req.ctx, req.params.teamId));
}
