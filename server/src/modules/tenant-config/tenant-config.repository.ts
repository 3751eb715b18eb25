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
