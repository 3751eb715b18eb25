import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { IncidentTable } from '../../platform/db/schema.js';

export async function insert(db: Db, row: Insertable<IncidentTable>) {
  const r = await db.insertInto('incident').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const columns = ['i.id', 'i.tenant_id', 'i.youth_id', 'i.version', 'i.reported_at', 'i.coach_arrived_at', 'i.place', 'i.what', 'i.involved',
  'i.agreed', 'i.follow_up', 'u.id as author_id', 'u.display_name as author_name'] as const;

export const byId = (db: Db, id: string) =>
  db.selectFrom('incident as i').innerJoin('app_user as u', 'u.id', 'i.author_id').select(columns).where('i.id', '=', id).executeTakeFirst();

export const get = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('incident as i').innerJoin('app_user as u', 'u.id', 'i.author_id').select(columns)
    .where('i.tenant_id', '=', tenantId).where('i.id', '=', id).executeTakeFirst();

export const ofYouth = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('incident as i').innerJoin('app_user as u', 'u.id', 'i.author_id').select(columns)
    .where('i.tenant_id', '=', tenantId).where('i.youth_id', '=', youthId).orderBy('i.reported_at', 'desc').limit(500).execute();

export const update = (db: Db, tenantId: string, id: string, version: number, set: Updateable<IncidentTable>) =>
  db.updateTable('incident').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
