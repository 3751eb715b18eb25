import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../platform/http/schemas.js';
import { PhaseModel, PhaseModelUpdate, TenantConfig, TenantSettings, TenantSettingsUpdate } from './tenant-config.schemas.js';
import * as tenantConfig from './tenant-config.service.js';

export function tenantConfigRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/config', {
    schema: { tags: ['Configuratie'], summary: 'Fasen, keuzelijsten, teams en coaches voor de schermen', response: { 200: TenantConfig, ...errorResponses } },
  }, (req) => tenantConfig.forUser(req.ctx));

  r.get('/api/admin/phase-model', {
    schema: { tags: ['Beheer'], summary: 'Het fasemodel van de gemeente', response: { 200: PhaseModel, ...errorResponses } },
  }, (req) => tenantConfig.phaseModel(req.ctx));

  r.put('/api/admin/phase-model', {
    schema: { tags: ['Beheer'], summary: 'Fasen hernoemen, herordenen en duur instellen', body: PhaseModelUpdate, response: { 200: PhaseModel, ...errorResponses } },
  }, (req) => tenantConfig.updatePhaseModel(req.ctx, req.body));

  r.get('/api/admin/tenant', {
    schema: { tags: ['Beheer'], summary: 'Instellingen van de gemeente: methode, leeftijdsgrens, 2FA', response: { 200: TenantSettings, ...errorResponses } },
  }, (req) => tenantConfig.settings(req.ctx));

  r.patch('/api/admin/tenant', {
    schema: { tags: ['Beheer'], summary: 'Methode (IPTA of IJA) kiezen, of 2FA voor iedereen verplichten', body: TenantSettingsUpdate, response: { 200: TenantSettings, ...errorResponses } },
  }, (req) => tenantConfig.updateSettings(req.ctx, req.body));
}
