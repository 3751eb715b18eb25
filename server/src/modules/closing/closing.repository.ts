import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { AftercareContactTable, AftercarePlanTable, ClosingConversationTable, WarmHandoverTable } from '../../platform/db/schema.js';

export const conversation = (db: Db, tenantId: string, trajectoryId: string) =>
  db.selectFrom('closing_conversation as c').innerJoin('app_user as u', 'u.id', 'c.author_id').selectAll('c').select('u.display_name as author_name')
    .where('c.tenant_id', '=', tenantId).where('c.trajectory_id', '=', trajectoryId).executeTakeFirst();

export async function insertConversation(db: Db, row: Insertable<ClosingConversationTable>) {
  await db.insertInto('closing_conversation').values(row).execute();
}

export const updateConversation = (db: Db, tenantId: string, trajectoryId: string, version: number, set: Updateable<ClosingConversationTable>) =>
  db.updateTable('closing_conversation').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('trajectory_id', '=', trajectoryId).where('version', '=', version).returning('version').executeTakeFirst();

export const handovers = (db: Db, tenantId: string, trajectoryId: string) =>
  db.selectFrom('warm_handover as h').innerJoin('app_user as u', 'u.id', 'h.created_by').selectAll('h').select('u.display_name as created_by_name')
    .where('h.tenant_id', '=', tenantId).where('h.trajectory_id', '=', trajectoryId).orderBy('h.created_at').orderBy('h.id').execute();

/** By id in any tenant: a client-made id already taken elsewhere is refused. */
export const handoverById = (db: Db, id: string) => db.selectFrom('warm_handover').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertHandover(db: Db, row: Insertable<WarmHandoverTable>) {
  await db.insertInto('warm_handover').values(row).execute();
}

export const updateHandover = (db: Db, tenantId: string, id: string, version: number, set: Updateable<WarmHandoverTable>) =>
  db.updateTable('warm_handover').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

export const aftercarePlan = (db: Db, tenantId: string, trajectoryId: string) =>
  db.selectFrom('aftercare_plan as p').innerJoin('app_user as u', 'u.id', 'p.created_by').selectAll('p').select('u.display_name as created_by_name')
    .where('p.tenant_id', '=', tenantId).where('p.trajectory_id', '=', trajectoryId).executeTakeFirst();

export async function insertAftercarePlan(db: Db, row: Insertable<AftercarePlanTable>) {
  await db.insertInto('aftercare_plan').values(row).execute();
}

export const updateAftercarePlan = (db: Db, tenantId: string, trajectoryId: string, version: number, set: Updateable<AftercarePlanTable>) =>
  db.updateTable('aftercare_plan').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('trajectory_id', '=', trajectoryId).where('version', '=', version).returning('version').executeTakeFirst();

export const aftercareContacts = (db: Db, tenantId: string, trajectoryId: string) =>
  db.selectFrom('aftercare_contact as c').innerJoin('app_user as u', 'u.id', 'c.author_id').selectAll('c').select('u.display_name as author_name')
    .where('c.tenant_id', '=', tenantId).where('c.trajectory_id', '=', trajectoryId).orderBy('c.held_on').orderBy('c.created_at').execute();

export const aftercareContactById = (db: Db, id: string) => db.selectFrom('aftercare_contact').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertAftercareContact(db: Db, row: Insertable<AftercareContactTable>) {
  await db.insertInto('aftercare_contact').values(row).execute();
}
