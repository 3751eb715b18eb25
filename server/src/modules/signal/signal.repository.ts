import type { Insertable } from 'kysely';
import { sql, type Db } from '../../platform/db/index.js';
import type { SignalTable } from '../../platform/db/schema.js';

export async function insert(db: Db, row: Insertable<SignalTable>) {
  const r = await db.insertInto('signal').values(row).onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

const base = (db: Db) => db.selectFrom('signal as s')
  .innerJoin('app_user as cb', 'cb.id', 's.created_by')
  .leftJoin('app_user as ac', 'ac.id', 's.assigned_coach_id')
  .leftJoin('youth as y', 'y.id', 's.youth_id')
  .selectAll('s')
  .select(['cb.display_name as created_by_name', 'ac.display_name as assigned_coach_name',
    'y.first_name as y_first_name', 'y.last_name as y_last_name', 'y.nickname as y_nickname']);

export const byId = (db: Db, id: string) => base(db).where('s.id', '=', id).executeTakeFirst();
export const get = (db: Db, tenantId: string, id: string) => base(db).where('s.tenant_id', '=', tenantId).where('s.id', '=', id).executeTakeFirst();
export const getForUpdate = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('signal').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();

export const openOfTeam = (db: Db, tenantId: string, teamId: string) =>
  base(db).where('s.tenant_id', '=', tenantId).where('s.team_id', '=', teamId).where('s.status', '=', 'open')
    .orderBy('s.reported_on').orderBy('s.created_at').limit(500).execute();

export const update = (db: Db, tenantId: string, id: string, version: number, set: Partial<Insertable<SignalTable>>) =>
  db.updateTable('signal').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();

/** Youth of a team that could be the reported one: same nickname, first name or birth date. */
export function duplicateCandidates(db: Db, tenantId: string, teamIds: string[], facts: { nickname?: string | null; firstName?: string | null; birthDate?: string | null }) {
  const nick = facts.nickname?.trim().toLowerCase();
  const first = facts.firstName?.trim().toLowerCase();
  if ((!nick && !first && !facts.birthDate) || teamIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('youth')
    .select(['id', 'first_name', 'last_name', 'nickname', 'birth_date', 'neighbourhood'])
    .where('tenant_id', '=', tenantId).where('team_id', 'in', teamIds)
    .where((eb) => eb.or([
      ...(nick ? [eb(sql`lower(nickname)`, '=', nick)] : []),
      ...(first ? [eb(sql`lower(first_name)`, '=', first)] : []),
      ...(facts.birthDate ? [eb('birth_date', '=', facts.birthDate)] : []),
    ]))
    .limit(50).execute();
}
