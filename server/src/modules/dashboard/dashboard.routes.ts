import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { Dashboard, DashboardQuery, ExportQuery } from './dashboard.schemas.js';
import * as dashboards from './dashboard.service.js';

export function dashboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Dashboard'];
  r.get('/api/dashboard', {
    schema: {
      tags, summary: 'Het dashboard van team, organisatie of gemeente: alleen totalen; voor organisatiemanager en beleidsmedewerker zonder aantallen onder de 5',
      querystring: DashboardQuery, response: { 200: Dashboard, ...errorResponses },
    },
  }, (req) => dashboards.read(req.ctx, req.query));
  r.get('/api/dashboard/export', {
    schema: {
      tags, summary: 'Een tabel van het dashboard (of alle) als CSV of Excel-bestand, met de periode en filters erboven',
      querystring: ExportQuery, response: { 200: z.any().describe('text/csv of xlsx'), ...errorResponses },
    },
  }, async (req, reply) => {
    const file = await dashboards.exportFile(req.ctx, req.query);
    return reply.type(file.type)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });
}
