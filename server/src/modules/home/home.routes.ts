import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { Home } from './home.schemas.js';
import { home } from './home.service.js';

export function homeRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/home', {
    schema: { tags: ['Start'], summary: 'Startscherm van de coach: afspraken nog af te handelen, van vandaag en van deze week', response: { 200: Home, ...errorResponses } },
  }, (req) => home(req.ctx));
}
