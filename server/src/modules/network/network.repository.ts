import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { NetworkPersonTable, NetworkProfessionalTable } from '../../platform/db/schema.js';

export async function insertPerson(db: Db, row: Insertable<NetworkPersonTable>) {
  const r = await db.insertInto('network_person').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const person = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('network_person').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

export const personById = (db: Db, id: string) => db.selectFrom('network_person').selectAll().where('id', '=', id).executeTakeFirst();

export const people = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('network_person').selectAll().where('tenant_id', '=', tenantId).where('youth_id', '=', youthId)
    // Who is in the network first, closest first; those who left at the end.
    .orderBy(sql`left_on is not null`).orderBy('ring').orderBy('name').limit(500).execute();

export const updatePerson = (db: Db, tenantId: string, id: string, version: number, set: Updateable<NetworkPersonTable>) =>
  db.updateTable('network_person').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

/** The JIM mark moves: whoever else carries it now loses it. Returns who lost it. */
export const clearJim = (db: Db, tenantId: string, youthId: string, exceptId: string) =>
  db.updateTable('network_person').set({ is_jim: false, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('youth_id', '=', youthId).where('is_jim', '=', true).where('id', '!=', exceptId)
    .returning('id').execute();

export async function insertProfessional(db: Db, row: Insertable<NetworkProfessionalTable>) {
  const r = await db.insertInto('network_professional').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const professional = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('network_professional').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

export const professionalById = (db: Db, id: string) => db.selectFrom('network_professional').selectAll().where('id', '=', id).executeTakeFirst();

export const professionals = (db: Db, tenantId: string, youthId: string) =>
  db.selectFrom('network_professional').selectAll().where('tenant_id', '=', tenantId).where('youth_id', '=', youthId)
    .orderBy('created_at').limit(500).execute();

export const updateProfessional = (db: Db, tenantId: string, id: string, version: number, set: Updateable<NetworkProfessionalTable>) =>
  db.updateTable('network_professional').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
