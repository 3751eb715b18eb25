import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { ReopenBody, ScoutChecksBody, StartTrajectory, Trajectory, TrajectoryList, TransitionBody } from './trajectory.schemas.js';
import * as trajectoryService from './trajectory.service.js';

export function trajectoryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Traject'];

  r.get('/api/youth/:id/trajectories', {
    schema: { tags, summary: 'Trajecten van een jongere, nieuwste eerst, met fasen en tijd per fase', params: IdParams, response: { 200: TrajectoryList, ...errorResponses } },
  }, (req) => trajectoryService.listForYouth(req.ctx, req.params.id));

  r.post('/api/youth/:id/trajectories', {
    schema: { tags, summary: 'Traject starten in de eerste fase', params: IdParams, body: StartTrajectory, response: { 201: Trajectory, 200: Trajectory, ...errorResponses } },
  }, async (req, reply) => {
    const { trajectory, created } = await trajectoryService.start(req.ctx, req.params.id, req.body.id);
    return reply.code(created ? 201 : 200).send(trajectory);
  });

  r.post('/api/trajectories/:id/transitions', {
    schema: { tags, summary: 'Fase vooruit of terug, pauzeren, hervatten of afsluiten — altijd met reden', params: IdParams, body: TransitionBody, response: { 200: Trajectory, ...errorResponses } },
  }, (req) => trajectoryService.transition(req.ctx, req.params.id, req.body));

  r.put('/api/trajectories/:id/scout-checks', {
    schema: { tags, summary: 'Scoutfase: de vier voorwaarden afvinken (met wie en wanneer)', params: IdParams, body: ScoutChecksBody, response: { 200: Trajectory, ...errorResponses } },
  }, (req) => trajectoryService.checkScout(req.ctx, req.params.id, req.body));

  r.post('/api/trajectories/:id/reopen', {
    schema: { tags, summary: 'Afgesloten traject heropenen (nieuw traject, geschiedenis blijft)', params: IdParams, body: ReopenBody, response: { 201: Trajectory, 200: Trajectory, ...errorResponses } },
  }, async (req, reply) => {
    const { trajectory, created } = await trajectoryService.reopen(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(trajectory);
  });
}
