import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { AftercarePlanBody, ClosingView, CloseWithConversation, ConversationPatch, HandoverParams, NewAftercareContact, NewWarmHandover, WarmHandoverPatch } from './closing.schemas.js';
import * as closing from './closing.service.js';

export function closingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Afronding'];
  const created = { 201: ClosingView, 200: ClosingView, ...errorResponses };

  r.get('/api/trajectories/:id/closing', {
    schema: { tags, summary: 'De afronding van een traject: eindgesprek, warme overdrachten, nazorg en resultaatmetingen', params: IdParams, response: { 200: ClosingView, ...errorResponses } },
  }, (req) => closing.read(req.ctx, req.params.id));

  r.post('/api/trajectories/:id/closing', {
    schema: { tags, summary: 'Eindgesprek vastleggen en het traject daarmee afsluiten (één stap)', params: IdParams, body: CloseWithConversation, response: created },
  }, async (req, reply) => {
    const { view, created: made } = await closing.closeWithConversation(req.ctx, req.params.id, req.body);
    return reply.code(made ? 201 : 200).send(view);
  });

  r.patch('/api/trajectories/:id/closing', {
    schema: { tags, summary: 'Eindgesprek wijzigen (met versie)', params: IdParams, body: ConversationPatch, response: { 200: ClosingView, ...errorResponses } },
  }, (req) => closing.changeConversation(req.ctx, req.params.id, req.body));

  r.post('/api/trajectories/:id/warm-handovers', {
    schema: { tags, summary: 'Warme overdracht aan een andere organisatie, met overdrachtsgesprek', params: IdParams, body: NewWarmHandover, response: created },
  }, async (req, reply) => {
    const { view, created: made } = await closing.addHandover(req.ctx, req.params.id, req.body);
    return reply.code(made ? 201 : 200).send(view);
  });

  r.patch('/api/trajectories/:id/warm-handovers/:handoverId', {
    schema: { tags, summary: 'Warme overdracht wijzigen, of vastleggen of ze is geland', params: HandoverParams, body: WarmHandoverPatch, response: { 200: ClosingView, ...errorResponses } },
  }, (req) => closing.changeHandover(req.ctx, req.params.id, req.params.handoverId, req.body));

  r.put('/api/trajectories/:id/aftercare-plan', {
    schema: { tags, summary: 'Nazorgplan: inhoud, frequentie, start en einde (zonder versie maken, met versie wijzigen)', params: IdParams, body: AftercarePlanBody, response: created },
  }, async (req, reply) => {
    const { view, created: made } = await closing.putAftercarePlan(req.ctx, req.params.id, req.body);
    return reply.code(made ? 201 : 200).send(view);
  });

  r.post('/api/trajectories/:id/aftercare-contacts', {
    schema: { tags, summary: 'Nazorgcontact met de checks: werkt nog? woont nog?', params: IdParams, body: NewAftercareContact, response: created },
  }, async (req, reply) => {
    const { view, created: made } = await closing.addAftercareContact(req.ctx, req.params.id, req.body);
    return reply.code(made ? 201 : 200).send(view);
  });
}
