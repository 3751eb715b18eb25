import type { Insertable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { AppointmentStatus, AppointmentTable } from '../../platform/db/schema.js';

export async function insert(db: Db, row: Insertable<AppointmentTable>) {
  const r = await db.insertInto('appointment').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const base = (db: Db) => db.selectFrom('appointment as a')
  .innerJoin('app_user as u', 'u.id', 'a.coach_id')
  .innerJoin('youth as y', 'y.id', 'a.youth_id')
  .select(['a.id', 'a.tenant_id', 'a.youth_id', 'a.version', 'a.starts_at', 'a.duration_minutes', 'a.place', 'a.purpose', 'a.with_whom',
    'a.status', 'a.contact_id', 'u.id as coach_id', 'u.display_name as coach_name', 'y.first_name', 'y.last_name', 'y.nickname']);

export const byId = (db: Db, id: string) => base(db).where('a.id', '=', id).executeTakeFirst();
export const get = (db: Db, tenantId: string, id: string) => base(db).where('a.tenant_id', '=', tenantId).where('a.id', '=', id).executeTakeFirst();

export const ofYouth = (db: Db, tenantId: string, youthId: string) =>
  base(db).where('a.tenant_id', '=', tenantId).where('a.youth_id', '=', youthId).orderBy('a.starts_at', 'desc').limit(500).execute();

/**
 * The user's planned appointments in [from, to), only of youth the user may still see: youth
 * they coach, or (a team lead) youth of their teams.
 */
export const agenda = (db: Db, tenantId: string, user: { id: string; teamIds: string[]; roles: string[] }, from: Date, to: Date) =>
  base(db).where('a.tenant_id', '=', tenantId).where('a.coach_id', '=', user.id).where('a.status', '=', 'planned')
    .where('a.starts_at', '>=', from).where('a.starts_at', '<', to)
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('youth_coach as yc').select('yc.id')
        .whereRef('yc.youth_id', '=', 'a.youth_id').where('yc.user_id', '=', user.id).where('yc.until', 'is', null)),
      ...(user.roles.includes('teamleider') && user.teamIds.length ? [eb('y.team_id', 'in', user.teamIds)] : []),
    ]))
    .orderBy('a.starts_at').limit(200).execute();

export const setStatus = (db: Db, tenantId: string, id: string, version: number, status: AppointmentStatus, contactId: string | null = null) =>
  db.updateTable('appointment').set({ status, contact_id: contactId, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).where('status', '=', 'planned')
    .returning('id').executeTakeFirst();
