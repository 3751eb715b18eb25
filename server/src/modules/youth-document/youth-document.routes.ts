import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../platform/http/schemas.js';
import { DOCUMENT_KINDS, documentResponse, documentSave, VersionList, VersionParams, type DocumentKind } from './youth-document.schemas.js';
import * as documents from './youth-document.service.js';

/** The same four routes for each kind of document, each with its own body schema. */
export function youthDocumentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Beeld van de jongere'];
  for (const [kind, { path, body, title }] of Object.entries(DOCUMENT_KINDS) as [DocumentKind, typeof DOCUMENT_KINDS[DocumentKind]][]) {
    const Doc = documentResponse(body);
    r.get(`/api/youth/:id/${path}`, {
      schema: { tags, summary: `${title}: de nieuwste versie`, params: IdParams, response: { 200: Doc, ...errorResponses } },
    }, (req) => documents.read(req.ctx, req.params.id, kind));

    r.put(`/api/youth/:id/${path}`, {
      schema: { tags, summary: `${title}: een nieuwe versie opslaan`, params: IdParams, body: documentSave(body), response: { 200: Doc, ...errorResponses } },
    }, (req) => documents.save(req.ctx, req.params.id, kind, req.body as { version: number; body: never }));

    r.get(`/api/youth/:id/${path}/versions`, {
      schema: { tags, summary: `${title}: alle versies`, params: IdParams, response: { 200: VersionList, ...errorResponses } },
    }, (req) => documents.versions(req.ctx, req.params.id, kind));

    r.get(`/api/youth/:id/${path}/versions/:version`, {
      schema: { tags, summary: `${title}: één versie`, params: VersionParams, response: { 200: Doc, ...errorResponses } },
    }, (req) => documents.readVersion(req.ctx, req.params.id, kind, req.params.version));
  }
}
