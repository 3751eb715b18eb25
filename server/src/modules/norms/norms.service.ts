import type { z } from 'zod';
import { NORM_DEFINITIONS, normSettingsFrom, thresholdProblem, type NormSettings } from '../../core/norms/norm-settings.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { assertRole } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import * as repo from './norms.repository.js';
import type { NormSetUpdate } from './norms.schemas.js';

/** The norms this tenant watches: its own changes over the handbooks' defaults. */
export async function normsOf(db: Db, tenantId: string): Promise<NormSettings> {
  return normSettingsFrom(await repo.normRows(db, tenantId));
}

async function present(db: Db, tenantId: string) {
  const [settings, version, last] = await Promise.all([normsOf(db, tenantId), repo.normsVersion(db, tenantId), repo.lastChange(db, tenantId)]);
  return {
    items: Object.values(settings).map((s) => ({ ...s, ...NORM_DEFINITIONS[s.key] })),
    version,
    lastChange: last ? { at: new Date(last.at).toISOString(), by: last.display_name } : null,
  };
}

/** Norms are configuration: the functioneel beheerder reads and sets them; team leads read them. */
export async function read(ctx: RequestContext) {
  assertRole(ctx.user, 'functioneel_beheerder', 'teamleider');
  return present(ctx.db, ctx.tenantId);
}

export async function update(ctx: RequestContext, input: z.infer<typeof NormSetUpdate>) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const keys = input.items.map((i) => i.key);
  if (new Set(keys).size !== keys.length) throw new AppError('DUPLICATE_NORM', 400, 'Elke norm mag maar één keer in de wijziging staan.', { field: 'items' });
  for (const [index, item] of input.items.entries()) {
    const problem = thresholdProblem(item.key, item.threshold);
    if (problem === 'no_threshold') {
      throw new AppError('NORM_HAS_NO_THRESHOLD', 400, 'Deze norm heeft geen eigen getal: hij volgt de fase of de coach.', { field: `items.${index}.threshold`, key: item.key });
    }
    if (problem) {
      throw new AppError('NORM_THRESHOLD_OUT_OF_RANGE', 400, `Kies een heel getal van ${problem.min} tot en met ${problem.max}.`, { field: `items.${index}.threshold`, key: item.key, ...problem });
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    const version = await repo.normsVersion(trx, ctx.tenantId, true);
    if (version !== input.version || !(await repo.bumpNormsVersion(trx, ctx.tenantId, version))) {
      throw new AppError('VERSION_CONFLICT', 409, 'Iemand anders heeft de normen intussen gewijzigd. Bekijk de nieuwste instellingen en voer uw wijziging opnieuw in.', { current: await present(trx, ctx.tenantId) });
    }
    const before = await normsOf(trx, ctx.tenantId);
    const changes: Record<string, [unknown, unknown]> = {};
    const now = ctx.now();
    for (const item of input.items) {
      const old = before[item.key];
      if (old.enabled === item.enabled && old.threshold === item.threshold) continue;
      changes[item.key] = [{ enabled: old.enabled, threshold: old.threshold }, { enabled: item.enabled, threshold: item.threshold }];
      await repo.upsertNorm(trx, { tenant_id: ctx.tenantId, key: item.key, enabled: item.enabled, threshold: item.threshold, updated_by: ctx.user.id, updated_at: now });
    }
    // Configuration changes are on record with who and when.
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'norms', entityId: ctx.tenantId, youthId: null, actorId: ctx.user.id, at: now, changes });
  });
  return present(ctx.db, ctx.tenantId);
}
