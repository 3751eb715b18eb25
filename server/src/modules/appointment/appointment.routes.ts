import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { Appointment, AppointmentList, HeldBody, NewAppointment, StatusBody } from './appointment.schemas.js';
import * as appointments from './appointment.service.js';

export function appointmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Afspraken'];

  r.post('/api/youth/:id/appointments', {
    schema: { tags, summary: 'Afspraak plannen', params: IdParams, body: NewAppointment, response: { 201: Appointment, 200: Appointment, ...errorResponses } },
  }, async (req, reply) => {
    const { appointment, created } = await appointments.plan(req.ctx, req.params.id, req.body);
    return reply.code(created ? 201 : 200).send(appointment);
  });

  r.get('/api/youth/:id/appointments', {
    schema: { tags, summary: 'Afspraken van een jongere', params: IdParams, response: { 200: AppointmentList, ...errorResponses } },
  }, (req) => appointments.list(req.ctx, req.params.id));

  r.post('/api/appointments/:id/held', {
    schema: { tags, summary: 'Afspraak gehouden: maakt het contactmoment', params: IdParams, body: HeldBody, response: { 200: Appointment, ...errorResponses } },
  }, (req) => appointments.markHeld(req.ctx, req.params.id, req.body));

  r.post('/api/appointments/:id/no-show', {
    schema: { tags, summary: 'Niet verschenen', params: IdParams, body: StatusBody, response: { 200: Appointment, ...errorResponses } },
  }, (req) => appointments.markNoShow(req.ctx, req.params.id, req.body.version));

  r.post('/api/appointments/:id/cancel', {
    schema: { tags, summary: 'Afspraak afzeggen', params: IdParams, body: StatusBody, response: { 200: Appointment, ...errorResponses } },
  }, (req) => appointments.cancel(req.ctx, req.params.id, req.body.version));
}
