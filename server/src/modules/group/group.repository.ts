import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { REACHED } from '../outreach/outreach.repository.js';

export function get(db: Db, tenantId: string, id: string, lock = false) {
  let q = db.selectFrom('youth_group').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Groups a user may see: their own as coach, and those of the teams they lead. */
export function listFor(db: Db, tenantId: string, coachId: string, ledTeamIds: string[]) {
  return db.selectFrom('youth_group as g').innerJoin('team as t', 't.id', 'g.team_id').innerJoin('app_user as u', 'u.id', 'g.coach_id')
    .select(['g.id', 'g.name', 'g.neighbourhood', 'g.team_id', 't.name as team_name', 'g.coach_id', 'u.display_name as coach_name', 'g.active',
      (eb) => eb.selectFrom('youth_group_member as m').select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.group_id', '=', 'g.id').where('m.until', 'is', null).as('members')])
    .where('g.tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('g.coach_id', '=', coachId), ...(ledTeamIds.length ? [eb('g.team_id', 'in', ledTeamIds)] : [])]))
    .orderBy('g.name').execute();
}

export async function insert(db: Db, row: { tenant_id: string; id: string; team_id: string; name: string; neighbourhood: string | null; coach_id: string; note: string; created_by: string; created_at: Date }) {
  const r = await db.insertInto('youth_group').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export function update(db: Db, tenantId: string, id: string, version: number, set: { name?: string; neighbourhood?: string | null; coach_id?: string; note?: string; active?: boolean }) {
  return db.updateTable('youth_group').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst();
}

export function members(db: Db, tenantId: string, groupId: string) {
  return db.selectFrom('youth_group_member as m').innerJoin('youth as y', 'y.id', 'm.youth_id')
    .select(['m.id', 'm.youth_id', 'm.since', 'm.until', 'y.first_name', 'y.last_name', 'y.nickname', 'y.team_id'])
    .where('m.tenant_id', '=', tenantId).where('m.group_id', '=', groupId).orderBy('m.since').execute();
}

export async function setMembers(db: Db, tenantId: string, groupId: string, wanted: string[], by: string, now: Date) {
  const current = (await members(db, tenantId, groupId)).filter((m) => m.until === null).map((m) => m.youth_id);
  const leaving = current.filter((id) => !wanted.includes(id));
  const joining = wanted.filter((id) => !current.includes(id));
  if (leaving.length) {
    await db.updateTable('youth_group_member').set({ until: now })
      .where('tenant_id', '=', tenantId).where('group_id', '=', groupId).where('youth_id', 'in', leaving).where('until', 'is', null).execute();
  }
  if (joining.length) {
    await db.insertInto('youth_group_member').values(joining.map((youth_id) => ({
      tenant_id: tenantId, id: randomUUID(), group_id: groupId, youth_id, since: now, until: null, added_by: by,
    }))).execute();
  }
  return { joining, leaving };
}

export async function insertReport(db: Db, row: {
  tenant_id: string; id: string; group_id: string; reported_at: string; kind: 'nuisance' | 'truancy' | 'other';
  reporter_name: string; reporter_organisation: string | null; what: string; created_by: string; created_at: Date;
}) {
  const r = await db.insertInto('group_report').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const reportById = (db: Db, id: string) => db.selectFrom('group_report').selectAll().where('id', '=', id).executeTakeFirst();

/** Reports with, for each member when the report was recorded, the first contact after the report (contact or an attempt that reached them). */
export function reports(db: Db, tenantId: string, groupId: string) {
  return db.selectFrom('group_report as r')
    .innerJoin('youth_group_member as m', (j) => j.onRef('m.group_id', '=', 'r.group_id').onRef('m.since', '<=', 'r.created_at'))
    .select(['r.id', 'r.reported_at', 'r.kind', 'r.reporter_name', 'r.reporter_organisation', 'r.what', 'm.youth_id',
      sql<Date | null>`least(
        (select min(c.happened_at) from contact c where c.tenant_id = r.tenant_id and c.youth_id = m.youth_id and c.happened_at >= r.reported_at),
        (select min(a.at) from contact_attempt a where a.tenant_id = r.tenant_id and a.youth_id = m.youth_id and a.at >= r.reported_at and a.outcome in (${sql.join(REACHED)})))`.as('answered_at')])
    .where('r.tenant_id', '=', tenantId).where('r.group_id', '=', groupId)
    .where((eb) => eb.or([eb('m.until', 'is', null), eb('m.until', '>', eb.ref('r.created_at'))]))
    .orderBy('r.reported_at', 'desc').limit(500).execute();
}

export async function insertGroupContact(db: Db, row: { tenant_id: string; id: string; group_id: string; happened_at: string; mode: string; note: string | null; author_id: string; created_at: Date }) {
  const r = await db.insertInto('group_contact').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const groupContactById = (db: Db, id: string) => db.selectFrom('group_contact').selectAll().where('id', '=', id).executeTakeFirst();

export function groupContacts(db: Db, tenantId: string, groupId: string) {
  return db.selectFrom('group_contact as gc').innerJoin('app_user as u', 'u.id', 'gc.author_id')
    .select(['gc.id', 'gc.happened_at', 'gc.mode', 'gc.note', 'u.display_name as author_name',
      (eb) => eb.selectFrom('contact as c').select(sql<string[]>`array_agg(c.youth_id)`.as('ids')).whereRef('c.group_contact_id', '=', 'gc.id').as('present')])
    .where('gc.tenant_id', '=', tenantId).where('gc.group_id', '=', groupId).orderBy('gc.happened_at', 'desc').limit(200).execute();
}

export async function insertSession(db: Db, row: { tenant_id: string; id: string; team_id: string; topic: string; held_at: string; facilitator: string; note: string | null; created_by: string; created_at: Date }, attendees: string[]) {
  const r = await db.insertInto('group_session').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  if (r === undefined) return false;
  await db.insertInto('group_session_attendee').values(attendees.map((youth_id) => ({ tenant_id: row.tenant_id, session_id: row.id, youth_id }))).execute();
  return true;
}

export const sessionById = (db: Db, id: string) => db.selectFrom('group_session').selectAll().where('id', '=', id).executeTakeFirst();

/** The teams' latest sessions, or the one session asked for (however old). */
export function sessionsOfTeams(db: Db, tenantId: string, teamIds: string[], onlyId?: string) {
  if (teamIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('group_session as s')
    .select(['s.id', 's.team_id', 's.topic', 's.held_at', 's.facilitator', 's.note',
      (eb) => eb.selectFrom('group_session_attendee as a').select(sql<string[]>`array_agg(a.youth_id)`.as('ids')).whereRef('a.session_id', '=', 's.id').as('attendees')])
    .where('s.tenant_id', '=', tenantId).where('s.team_id', 'in', teamIds);
  if (onlyId) q = q.where('s.id', '=', onlyId);
  return q.orderBy('s.held_at', 'desc').limit(100).execute();
}
