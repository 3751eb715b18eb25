import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { NewResultMeasurement, ResultMeasurement, ResultMeasurementParams, ResultMeasurementPatch } from './result-measurement.schemas.js';
import * as measurements from './result-measurement.service.js';

export function resultMeasurementRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Afronding'];

  r.post('/api/trajectories/:id/result-measurements', {
    schema: { tags, summary: 'Resultaatmeting (Bijlage 5) vastleggen: bij afsluiten, na 6 of na 12 maanden', params: IdParams, body: NewResultMeasurement, response: { 201: ResultMeasurement, 200: ResultMeasurement, ...errorResponses } },
  }, async (req, reply) => {
    const { measurement, created } = await measurements.create(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(measurement);
  });

  r.patch('/api/trajectories/:id/result-measurements/:measurementId', {
    schema: { tags, summary: 'Resultaatmeting wijzigen (met versie)', params: ResultMeasurementParams, body: ResultMeasurementPatch, response: { 200: ResultMeasurement, ...errorResponses } },
  }, (req) => measurements.change(req.ctx, req.params.id, req.params.measurementId, req.body));
}
