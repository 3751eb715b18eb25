import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { PlacementTable } from '../../platform/db/schema.js';

const placements = (db: Db, tenantId: string) =>
  db.selectFrom('placement as p').innerJoin('workplace as w', 'w.id', 'p.workplace_id').innerJoin('employer as e', 'e.id', 'w.employer_id')
    .selectAll('p').select(['w.name as workplace_name', 'e.id as employer_id', 'e.name as employer_name']).where('p.tenant_id', '=', tenantId);

export const placement = (db: Db, tenantId: string, id: string) => placements(db, tenantId).where('p.id', '=', id).executeTakeFirst();
export const placementById = (db: Db, id: string) => db.selectFrom('placement').selectAll().where('id', '=', id).executeTakeFirst();
export const forYouth = (db: Db, tenantId: string, youthId: string) =>
  placements(db, tenantId).where('p.youth_id', '=', youthId).orderBy('p.starts_on', 'desc').limit(100).execute();

export const subsidies = (db: Db, ids: string[]) => ids.length === 0 ? Promise.resolve([]) :
  db.selectFrom('placement_subsidy').selectAll().where('placement_id', 'in', ids).orderBy('starts_on').execute();
export const wageAssessments = (db: Db, ids: string[]) => ids.length === 0 ? Promise.resolve([]) :
  db.selectFrom('wage_value_assessment').selectAll().where('placement_id', 'in', ids).orderBy('assessed_on').execute();
export const evaluations = (db: Db, ids: string[]) => ids.length === 0 ? Promise.resolve([]) :
  db.selectFrom('placement_evaluation').selectAll().where('placement_id', 'in', ids).orderBy('planned_on').execute();

export async function insert(db: Db, row: Insertable<PlacementTable>) {
  const r = await db.insertInto('placement').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const update = (db: Db, tenantId: string, id: string, version: number, set: Updateable<PlacementTable>) =>
  db.updateTable('placement').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

/** Sub-records of a placement (subsidy, wage-value assessment, evaluation): once, by their id. */
export async function insertPart(db: Db, table: 'placement_subsidy' | 'wage_value_assessment' | 'placement_evaluation', row: Record<string, unknown>) {
  const r = await db.insertInto(table).values(row as never).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const partById = (db: Db, table: 'placement_subsidy' | 'wage_value_assessment' | 'placement_evaluation', id: string) =>
  db.selectFrom(table).select(['id', 'placement_id']).where('id', '=', id).executeTakeFirst();

export const evaluationById = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('placement_evaluation').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

export const updateEvaluation = (db: Db, tenantId: string, id: string, version: number, set: { held_on: string | null; note?: string }) =>
  db.updateTable('placement_evaluation').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
