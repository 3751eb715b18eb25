import type { Insertable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { ConsentTable } from '../../platform/db/schema.js';

export async function insert(db: Db, row: Insertable<ConsentTable>) {
  const r = await db.insertInto('consent').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const columns = ['c.id', 'c.tenant_id', 'c.youth_id', 'c.version', 'c.purpose', 'c.recipient', 'c.given_on', 'c.valid_until', 'c.note',
  'c.withdrawn_at', 'c.recorded_at', 'u.id as recorded_by_id', 'u.display_name as recorded_by_name'] as const;

export const get = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('consent as c').innerJoin('app_user as u', 'u.id', 'c.recorded_by').select(columns)
    .where('c.tenant_id', '=', tenantId).where('c.id', '=', id).executeTakeFirst();

export const byId = (db: Db, id: string) =>
  db.selectFrom('consent as c').innerJoin('app_user as u', 'u.id', 'c.recorded_by').select(columns).where('c.id', '=', id).executeTakeFirst();

export const ofYouth = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('consent as c').innerJoin('app_user as u', 'u.id', 'c.recorded_by').select(columns)
    .where('c.tenant_id', '=', tenantId).where('c.youth_id', '=', youthId).orderBy('c.given_on', 'desc').orderBy('c.recorded_at', 'desc').limit(500).execute();

export const withdraw = (db: Db, tenantId: string, id: string, version: number, by: string, at: Date) =>
  db.updateTable('consent').set({ withdrawn_at: at, withdrawn_by: by, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).where('withdrawn_at', 'is', null)
    .returning('id').executeTakeFirst();
