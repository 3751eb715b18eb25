import type { z } from 'zod';
import { TARGET_INDICATORS } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { assertRole } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as organisationRepository from '../organisation/organisation.repository.js';
import * as repo from './tenant-config.repository.js';
import { LIFE_DOMAIN_PRESETS } from '../../core/picture/life-domain-presets.js';
import * as lifeDomains from '../assessment/assessment.repository.js';
import { AGE_WINDOW, PHASE_PRESETS } from '../../core/trajectory/phase-presets.js';
import type { PhaseModelUpdate, TenantSettingsUpdate } from './tenant-config.schemas.js';

const presentPhase = (p: Awaited<ReturnType<typeof repo.allPhases>>[number]) => ({
  id: p.id, key: p.key, name: p.name, position: p.position, plannedWeeks: p.planned_weeks, subSteps: p.sub_steps,
});

/**
 * Answers from the tenant's lists must be on the list: a free text would not count in the
 * figures. Throws a 400 naming the field.
 */
export async function assertListed(db: Db, tenantId: string, checks: { field: string; list: string; values: (string | null | undefined)[] }[]) {
  const asked = checks.flatMap(({ field, list, values }) => values.filter((v): v is string => Boolean(v)).map((key) => ({ field, list, key })));
  const active = await repo.activeOptions(db, tenantId, asked);
  // The first value not on its list, in the order the form has them.
  const unknown = asked.find((a) => !active.has(`${a.list}\u0000${a.key}`));
  if (unknown) throw new AppError('UNKNOWN_OPTION', 400, 'Kies een waarde uit de lijst.', { field: unknown.field, value: unknown.key });
}

/** What the screens need to know about the tenant's configuration and the user's teams. */
export async function forUser(ctx: RequestContext) {
  const [tenant, phases, options, teams, coaches] = await Promise.all([
    repo.tenant(ctx.db, ctx.tenantId),
    repo.allPhases(ctx.db, ctx.tenantId),
    repo.optionLists(ctx.db, ctx.tenantId),
    organisationRepository.teamsOfUser(ctx.db, ctx.tenantId, ctx.user.id),
    organisationRepository.coachesOfTeams(ctx.db, ctx.tenantId, ctx.user.teamIds),
  ]);
  const lists: Record<string, { key: string; label: string }[]> = {};
  for (const o of options) (lists[o.list] ??= []).push({ key: o.key, label: o.label });
  return {
    method: tenant.method,
    ageWindow: { min: tenant.age_min, max: tenant.age_max },
    phases: phases.filter((p) => p.active).map(presentPhase),
    lists,
    targetIndicators: [...TARGET_INDICATORS],
    teams,
    coaches: coaches.map((c) => ({ id: c.id, name: c.display_name, teamId: c.team_id, activeCaseload: Number(c.active_caseload ?? 0), caseloadLimit: c.caseload_limit })),
  };
}

export async function phaseModel(ctx: RequestContext) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const [model, phases] = await Promise.all([repo.phaseModel(ctx.db, ctx.tenantId), repo.allPhases(ctx.db, ctx.tenantId)]);
  return { preset: model.preset, version: model.version, phases: phases.map((p) => ({ ...presentPhase(p), active: p.active })) };
}

export async function updatePhaseModel(ctx: RequestContext, input: z.infer<typeof PhaseModelUpdate>) {
  assertRole(ctx.user, 'functioneel_beheerder');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockPhaseModel(trx, ctx.tenantId, 'update');
    // The model is its active phases; those of an earlier method stay, switched off, for history.
    const current = (await repo.allPhases(trx, ctx.tenantId)).filter((p) => p.active);
    const ids = new Set(current.map((p) => p.id));
    const given = new Set(input.phases.map((p) => p.id));
    if (given.size !== input.phases.length || [...given].some((id) => !ids.has(id)) || given.size !== ids.size) {
      throw new AppError('PHASES_MISMATCH', 400, 'Geef elke fase van het model precies één keer op.');
    }
    if (!(await repo.bumpPhaseModel(trx, ctx.tenantId, input.version))) {
      throw new AppError('VERSION_CONFLICT', 409, 'Iemand anders heeft het fasemodel intussen gewijzigd. Laad het opnieuw.');
    }
    for (const [index, p] of input.phases.entries()) {
      await repo.updatePhase(trx, ctx.tenantId, p.id, { name: p.name, position: index + 1, planned_weeks: p.plannedWeeks });
    }
  });
  return phaseModel(ctx);
}

export async function settings(ctx: RequestContext) {
  assertRole(ctx.user, 'functioneel_beheerder');
  const t = await repo.tenant(ctx.db, ctx.tenantId);
  return {
    name: t.name, method: t.method, ageWindow: { min: t.age_min, max: t.age_max }, requireTwoFactorForAll: t.require_2fa_for_all,
    contactEditDays: t.contact_edit_days, version: t.version,
  };
}

export async function updateSettings(ctx: RequestContext, input: z.infer<typeof TenantSettingsUpdate>) {
  assertRole(ctx.user, 'functioneel_beheerder');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockPhaseModel(trx, ctx.tenantId, 'update');
    const current = await repo.tenant(trx, ctx.tenantId);
    const switching = input.method !== undefined && input.method !== current.method;
    if (switching && (await repo.openTrajectoryCount(trx, ctx.tenantId)) > 0) {
      throw new AppError('METHOD_IN_USE', 409, 'Er lopen nog trajecten in het huidige fasemodel. Een andere methode kiezen kan pas als die zijn afgesloten.');
    }
    const ok = await repo.updateTenant(trx, ctx.tenantId, input.version, {
      ...(input.requireTwoFactorForAll !== undefined ? { require_2fa_for_all: input.requireTwoFactorForAll } : {}),
      ...(input.contactEditDays !== undefined ? { contact_edit_days: input.contactEditDays } : {}),
      ...(switching ? { method: input.method, age_min: AGE_WINDOW[input.method!].min, age_max: AGE_WINDOW[input.method!].max } : {}),
    });
    if (!ok) throw new AppError('VERSION_CONFLICT', 409, 'Iemand anders heeft de instellingen intussen gewijzigd. Laad ze opnieuw.');
    if (switching) {
      await repo.applyPreset(trx, ctx.tenantId, input.method!, PHASE_PRESETS[input.method!]);
      // The life domains follow the method too; old scores keep their (switched-off) domains.
      const domains = LIFE_DOMAIN_PRESETS[input.method!];
      await lifeDomains.deactivateOthers(trx, ctx.tenantId, domains.map((d) => d.key));
      await lifeDomains.upsertDomains(trx, ctx.tenantId, domains.map((d) => ({ ...d, active: true })), true);
      await lifeDomains.bumpDomainsVersion(trx, ctx.tenantId, await lifeDomains.domainsVersion(trx, ctx.tenantId));
    }
  });
  return settings(ctx);
}
