import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { ContactTable } from '../../platform/db/schema.js';

export async function insert(db: Db, row: Insertable<ContactTable>) {
  const r = await db.insertInto('contact').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const columns = ['c.id', 'c.tenant_id', 'c.youth_id', 'c.version', 'c.happened_at', 'c.mode', 'c.with_whom', 'c.duration_minutes', 'c.note',
  'c.principles', 'c.five_g', 'c.scaling_score', 'c.scaling_topic', 'c.appointment_id', 'c.created_at',
  'u.id as author_id', 'u.display_name as author_name'] as const;

/** By id in any tenant: the caller checks tenant and youth (an id may be a retry, or someone else's). */
export function byId(db: Db, id: string) {
  return db.selectFrom('contact as c').innerJoin('app_user as u', 'u.id', 'c.author_id').select(columns).where('c.id', '=', id).executeTakeFirst();
}

export function get(db: Db, tenantId: string, id: string) {
  return db.selectFrom('contact as c').innerJoin('app_user as u', 'u.id', 'c.author_id').select(columns)
    .where('c.tenant_id', '=', tenantId).where('c.id', '=', id).executeTakeFirst();
}

export function update(db: Db, tenantId: string, id: string, version: number, set: Updateable<ContactTable>) {
  return db.updateTable('contact').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
}

export function addenda(db: Db, tenantId: string, contactId: string) {
  return db.selectFrom('contact_addendum as a').innerJoin('app_user as u', 'u.id', 'a.author_id')
    .select(['a.id', 'a.text', 'a.at', 'u.id as author_id', 'u.display_name as author_name'])
    .where('a.tenant_id', '=', tenantId).where('a.contact_id', '=', contactId).orderBy('a.at').execute();
}

export async function insertAddendum(db: Db, row: { tenant_id: string; id: string; contact_id: string; youth_id: string; text: string; author_id: string; at: Date }) {
  const r = await db.insertInto('contact_addendum').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export function scalingSeries(db: Db, tenantId: string, youthId: string) {
  return db.selectFrom('contact').select(['id', 'happened_at', 'scaling_score', 'scaling_topic'])
    .where('tenant_id', '=', tenantId).where('youth_id', '=', youthId).where('scaling_score', 'is not', null)
    .orderBy('happened_at').limit(1000).execute();
}

export function editDays(db: Db, tenantId: string) {
  return db.selectFrom('tenant').select('contact_edit_days').where('id', '=', tenantId).executeTakeFirstOrThrow().then((r) => r.contact_edit_days);
}
