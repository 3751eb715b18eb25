import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { MeetingConditionTable, MeetingParticipantTable, WraparoundMeetingTable } from '../../platform/db/schema.js';

const meetings = (db: Db, tenantId: string) =>
  db.selectFrom('wraparound_meeting as m').innerJoin('app_user as c', 'c.id', 'm.chair_id')
    .selectAll('m').select(['c.display_name as chair_name']).where('m.tenant_id', '=', tenantId);

export const meeting = (db: Db, tenantId: string, id: string) => meetings(db, tenantId).where('m.id', '=', id).executeTakeFirst();

export const meetingById = (db: Db, id: string) => db.selectFrom('wraparound_meeting').selectAll().where('id', '=', id).executeTakeFirst();

export const forYouth = (db: Db, tenantId: string, youthId: string) =>
  meetings(db, tenantId).where('m.youth_id', '=', youthId).orderBy('m.starts_at', 'desc').limit(200).execute();

export const participants = (db: Db, meetingIds: string[]) =>
  meetingIds.length === 0 ? Promise.resolve([]) :
    db.selectFrom('meeting_participant').selectAll().where('meeting_id', 'in', meetingIds).orderBy('position').execute();

export const conditions = (db: Db, meetingIds: string[]) =>
  meetingIds.length === 0 ? Promise.resolve([]) :
    db.selectFrom('meeting_condition as k').leftJoin('app_user as u', 'u.id', 'k.occurred_by')
      .selectAll('k').select('u.display_name as occurred_by_name').where('k.meeting_id', 'in', meetingIds).orderBy('k.position').execute();

export async function insertMeeting(db: Db, row: Insertable<WraparoundMeetingTable>) {
  const r = await db.insertInto('wraparound_meeting').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const updateMeeting = (db: Db, tenantId: string, id: string, version: number, set: Updateable<WraparoundMeetingTable>) =>
  db.updateTable('wraparound_meeting').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

/** The list as sent: rows kept by id are updated, new ones added, missing ones removed. */
export async function replaceParticipants(db: Db, meetingId: string, rows: Insertable<MeetingParticipantTable>[]) {
  const keep = rows.map((r) => r.id);
  await db.deleteFrom('meeting_participant').where('meeting_id', '=', meetingId)
    .$if(keep.length > 0, (q) => q.where('id', 'not in', keep)).execute();
  for (const row of rows) {
    await db.insertInto('meeting_participant').values(row).onConflict((c) => c.column('id').doUpdateSet({
      position: row.position, kind: row.kind, network_person_id: row.network_person_id ?? null, professional_id: row.professional_id ?? null,
      name: row.name, role: row.role ?? '', contribution: row.contribution ?? '', attended: row.attended ?? null,
    }).where('meeting_participant.meeting_id', '=', meetingId)).execute();
  }
}

export async function replaceConditions(db: Db, meetingId: string, rows: Insertable<MeetingConditionTable>[]) {
  const keep = rows.map((r) => r.id);
  await db.deleteFrom('meeting_condition').where('meeting_id', '=', meetingId)
    .$if(keep.length > 0, (q) => q.where('id', 'not in', keep)).execute();
  for (const row of rows) {
    await db.insertInto('meeting_condition').values(row).onConflict((c) => c.column('id').doUpdateSet({ position: row.position, text: row.text })
      .where('meeting_condition.meeting_id', '=', meetingId)).execute();
  }
}

export const markOccurred = (db: Db, conditionId: string, set: { occurred_at: Date; occurred_note: string | null; occurred_by: string }) =>
  db.updateTable('meeting_condition').set(set).where('id', '=', conditionId).where('occurred_at', 'is', null).returning('id').executeTakeFirst();

/** Ids already used elsewhere (another meeting): an upsert must not move them. */
export const foreignIds = async (db: Db, table: 'meeting_participant' | 'meeting_condition', meetingId: string, ids: string[]) =>
  ids.length === 0 ? [] :
    (await db.selectFrom(table).select('id').where('id', 'in', ids).where('meeting_id', '!=', meetingId).execute()).map((r) => r.id);
