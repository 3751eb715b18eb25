import { sql, type Db } from '../../platform/db/index.js';

export function tenant(db: Db, tenantId: string) {
  return db.selectFrom('tenant').selectAll().where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export function allPhases(db: Db, tenantId: string) {
  return db.selectFrom('phase').selectAll().where('tenant_id', '=', tenantId).orderBy('position').execute();
}

export function phaseModel(db: Db, tenantId: string) {
  return db.selectFrom('phase_model').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
}

/**
 * Starting a trajectory reads the phase model (share lock); switching the method replaces it
 * (update lock). So a trajectory cannot start in a phase that is switched off a moment later.
 */
export async function lockPhaseModel(db: Db, tenantId: string, mode: 'share' | 'update') {
  const q = db.selectFrom('phase_model').select('version').where('tenant_id', '=', tenantId);
  await (mode === 'share' ? q.forShare() : q.forUpdate()).executeTakeFirst();
}

export async function bumpPhaseModel(db: Db, tenantId: string, version: number) {
  const r = await db.updateTable('phase_model').set({ version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updatePhase(db: Db, tenantId: string, id: string, set: { name: string; position: number; planned_weeks: number | null }) {
  await db.updateTable('phase').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export function optionLists(db: Db, tenantId: string) {
  return db.selectFrom('option_list_item').select(['list', 'key', 'label']).where('tenant_id', '=', tenantId)
    .where('active', '=', true).orderBy('list').orderBy('position').execute();
}

export async function updateTenant(db: Db, tenantId: string, version: number, set: { method?: 'ipta' | 'ija'; age_min?: number; age_max?: number; require_2fa_for_all?: boolean; contact_edit_days?: number }) {
  const r = await db.updateTable('tenant').set({ ...set, version: sql`version + 1` })
    .where('id', '=', tenantId).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function openTrajectoryCount(db: Db, tenantId: string) {
  const r = await db.selectFrom('trajectory').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('status', '<>', 'closed').executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Make the preset's phases the active model. Phases of the old model stay (inactive), so
 * closed trajectories keep their names; a phase whose key comes back is reused.
 */
export async function applyPreset(db: Db, tenantId: string, preset: string, phases: { key: string; name: string; plannedWeeks: number | null; subSteps: string[] }[]) {
  await db.updateTable('phase').set({ active: false }).where('tenant_id', '=', tenantId).execute();
  for (const [i, p] of phases.entries()) {
    await db.insertInto('phase').values({
      tenant_id: tenantId, id: crypto.randomUUID(), key: p.key, name: p.name, position: i + 1, planned_weeks: p.plannedWeeks, sub_steps: p.subSteps,
    }).onConflict((c) => c.columns(['tenant_id', 'key']).doUpdateSet({
      name: p.name, position: i + 1, planned_weeks: p.plannedWeeks, sub_steps: p.subSteps, active: true,
    })).execute();
  }
  await db.updateTable('phase_model').set({ preset, version: sql`version + 1` }).where('tenant_id', '=', tenantId).execute();
}

/** Which of these (list, key) pairs are active options of the tenant, as `list\u0000key`: one round trip for a whole form. */
export async function activeOptions(db: Db, tenantId: string, pairs: { list: string; key: string }[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db.selectFrom('option_list_item').select(['list', 'key'])
    .where('tenant_id', '=', tenantId).where('active', '=', true)
    .where((eb) => eb.or(pairs.map((p) => eb.and([eb('list', '=', p.list), eb('key', '=', p.key)]))))
    .execute();
  return new Set(rows.map((r) => `${r.list}\u0000${r.key}`));
}
