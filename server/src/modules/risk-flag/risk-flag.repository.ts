import type { Insertable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { RiskFlagTable } from '../../platform/db/schema.js';

export async function insert(db: Db, row: Insertable<RiskFlagTable>) {
  const r = await db.insertInto('risk_flag').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const base = (db: Db) => db.selectFrom('risk_flag as f')
  .innerJoin('app_user as r', 'r.id', 'f.raised_by')
  .leftJoin('app_user as s', 's.id', 'f.resolved_by')
  .select(['f.id', 'f.tenant_id', 'f.youth_id', 'f.version', 'f.kind', 'f.note', 'f.raised_at', 'f.resolved_at', 'f.resolution_note',
    'r.id as raised_by_id', 'r.display_name as raised_by_name', 's.id as resolved_by_id', 's.display_name as resolved_by_name']);

export const get = (db: Db, tenantId: string, id: string) => base(db).where('f.tenant_id', '=', tenantId).where('f.id', '=', id).executeTakeFirst();

export const byId = (db: Db, id: string) => base(db).where('f.id', '=', id).executeTakeFirst();

export const ofYouth = (db: Db, tenantId: string, youthId: string) =>
  base(db).where('f.tenant_id', '=', tenantId).where('f.youth_id', '=', youthId).orderBy('f.raised_at', 'desc').limit(500).execute();

/**
 * Open flags of the youth in a team, oldest first: the longest-standing worry on top. The youth
 * by the tenant and team (index youth_team): by the team alone the planner read every youth of
 * the database (the bench's plan check, 2026-12-06).
 */
export const openInTeam = (db: Db, tenantId: string, teamId: string) =>
  base(db).innerJoin('youth as y', 'y.id', 'f.youth_id')
    .select(['y.first_name', 'y.last_name', 'y.nickname'])
    .where('f.tenant_id', '=', tenantId).where('y.tenant_id', '=', tenantId).where('y.team_id', '=', teamId).where('f.resolved_at', 'is', null)
    .orderBy('f.raised_at').limit(500).execute();

export const resolve = (db: Db, tenantId: string, id: string, version: number, by: string, at: Date, note: string) =>
  db.updateTable('risk_flag').set({ resolved_at: at, resolved_by: by, resolution_note: note, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).where('resolved_at', 'is', null)
    .returning('id').executeTakeFirst();
