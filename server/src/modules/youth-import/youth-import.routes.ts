import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { ImportList, ImportReport, ImportRequest, ImportStatus, MAX_CSV_BYTES } from './youth-import.schemas.js';
import * as youthImport from './youth-import.service.js';

export function youthImportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Beheer'];
  r.post('/api/admin/youth-import', {
    // The CSV travels as text in JSON; room for it (and JSON's escaping of quotes) on this route only.
    bodyLimit: MAX_CSV_BYTES + 4 * 1024 * 1024,
    schema: {
      tags, summary: 'Jongeren importeren uit een CSV: eerst controleren (dryRun), dan importeren; de import loopt in batches van 1.000 regels',
      body: ImportRequest, response: { 200: ImportReport, 202: ImportStatus, ...errorResponses },
    },
  }, async (req, reply) => {
    if (req.body.dryRun) return reply.code(200).send(await youthImport.check(req.ctx, req.body));
    return reply.code(202).send(await youthImport.start(req.ctx, req.body, (e) => req.log.error(e)));
  });
  r.get('/api/admin/youth-import', {
    schema: { tags, summary: 'De laatste imports: wanneer, welk bestand, door wie, met welke uitkomst', response: { 200: ImportList, ...errorResponses } },
  }, (req) => youthImport.list(req.ctx));
  r.get('/api/admin/youth-import/:id', {
    schema: { tags, summary: 'Voortgang en uitkomst van een import', params: IdParams, response: { 200: ImportStatus, ...errorResponses } },
  }, (req) => youthImport.status(req.ctx, req.params.id));
}
