import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { ListParams, OptionList, OptionListUpdate, OptionLists } from './option-list.schemas.js';
import * as optionLists from './option-list.service.js';

export function optionListRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Beheer'];

  r.get('/api/admin/option-lists', {
    schema: { tags, summary: 'De keuzelijsten van de gemeente (onderdelen van het plan, competenties, ...)', response: { 200: OptionLists, ...errorResponses } },
  }, (req) => optionLists.all(req.ctx));

  r.put('/api/admin/option-lists/:list', {
    schema: { tags, summary: 'Een keuzelijst hernoemen, herordenen, keuzes aan- of uitzetten en toevoegen (nooit verwijderen)', params: ListParams, body: OptionListUpdate, response: { 200: OptionList, ...errorResponses } },
  }, (req) => optionLists.update(req.ctx, req.params.list, req.body));
}
