import type { Insertable, Updateable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { AgreedActionTable } from '../../platform/db/schema.js';

const columns = [
  'a.id', 'a.youth_id', 'a.tenant_id', 'a.version', 'a.source_kind', 'a.meeting_id', 'a.plan_version', 'a.plan_part', 'a.owner_participant_id',
  'a.owner_kind', 'a.owner_name', 'a.description', 'a.due_on', 'a.status', 'a.note', 'a.principles', 'a.done_at', 'a.created_at',
  'm.starts_at as meeting_starts_at', 'd.id as done_by_id', 'd.display_name as done_by_name',
] as const;

const actions = (db: Db, tenantId: string) =>
  db.selectFrom('agreed_action as a')
    .leftJoin('wraparound_meeting as m', 'm.id', 'a.meeting_id')
    .leftJoin('app_user as d', 'd.id', 'a.done_by')
    .select(columns).where('a.tenant_id', '=', tenantId);

export const action = (db: Db, tenantId: string, id: string) => actions(db, tenantId).where('a.id', '=', id).executeTakeFirst();

export const actionById = (db: Db, id: string) => db.selectFrom('agreed_action').selectAll().where('id', '=', id).executeTakeFirst();

/** All of a youth's actions: open ones first by due date (no date last), then the rest newest first. */
export const forYouth = (db: Db, tenantId: string, youthId: string) =>
  actions(db, tenantId).where('a.youth_id', '=', youthId)
    .orderBy(sql`a.status = 'open'`, 'desc').orderBy('a.due_on', (ob) => ob.asc().nullsLast()).orderBy('a.created_at', 'desc')
    .limit(1000).execute();

export const forMeeting = (db: Db, tenantId: string, meetingIds: string[]) =>
  meetingIds.length === 0 ? Promise.resolve([]) :
    actions(db, tenantId).where('a.meeting_id', 'in', meetingIds).orderBy('a.due_on', (ob) => ob.asc().nullsLast()).orderBy('a.created_at').execute();

export async function insert(db: Db, row: Insertable<AgreedActionTable>) {
  const r = await db.insertInto('agreed_action').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const update = (db: Db, tenantId: string, id: string, version: number, set: Updateable<AgreedActionTable>) =>
  db.updateTable('agreed_action').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

export const byPlanTask = (db: Db, youthId: string, taskIds: string[]) =>
  taskIds.length === 0 ? Promise.resolve([]) :
    db.selectFrom('agreed_action').selectAll().where('youth_id', '=', youthId).where('plan_task_id', 'in', taskIds).execute();

/** Open actions from plan tasks, other than these tasks. */
export const openPlanActionsExcept = (db: Db, tenantId: string, youthId: string, taskIds: string[]) =>
  db.selectFrom('agreed_action').select(['id', 'version', 'note']).where('tenant_id', '=', tenantId).where('youth_id', '=', youthId)
    .where('source_kind', '=', 'plan').where('status', '=', 'open')
    .$if(taskIds.length > 0, (q) => q.where('plan_task_id', 'not in', taskIds)).execute();

/** The earliest due date of a meeting's open actions: the meeting cannot move past it. */
export const earliestOpenDue = async (db: Db, meetingId: string) =>
  (await db.selectFrom('agreed_action').select(sql<string | null>`min(due_on)::text`.as('due')).where('meeting_id', '=', meetingId)
    .where('status', '=', 'open').executeTakeFirst())?.due ?? null;

/** Participants of a meeting who own actions: they stay in the minutes. */
export const owners = (db: Db, meetingId: string) =>
  db.selectFrom('agreed_action').select('owner_participant_id').distinct().where('meeting_id', '=', meetingId)
    .where('owner_participant_id', 'is not', null).execute();
