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
    'y.first_name as y_first_name', 'y.last_name as y_last_name', 'y.nickname as y_nickname', 'y.team_id as y_team_id']);

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

/** Lower case without accents, the same in SQL as in the duplicate rule ('Dèx' = 'dex'). */
const ACCENTED = 'àáâãäåèéêëìíîïòóôõöùúûüýÿçñ';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuuyycn';
const plainSql = (column: string) => sql`translate(lower(${sql.ref(column)}), ${ACCENTED}, ${PLAIN})`;
const plain = (s: string) => s.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Youth in the municipality that could be the reported one: same nickname, first name or birth date. */
export function duplicateCandidates(db: Db, tenantId: string, facts: { nickname?: string | null; firstName?: string | null; birthDate?: string | null }) {
  const nick = facts.nickname ? plain(facts.nickname) : '';
  const first = facts.firstName ? plain(facts.firstName) : '';
  if (!nick && !first && !facts.birthDate) return Promise.resolve([]);
  return db.selectFrom('youth')
    .select(['id', 'team_id', 'first_name', 'last_name', 'nickname', 'birth_date', 'neighbourhood'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([
      ...(nick ? [eb(plainSql('nickname'), '=', nick)] : []),
      ...(first ? [eb(plainSql('first_name'), '=', first)] : []),
      ...(facts.birthDate ? [eb('birth_date', '=', facts.birthDate)] : []),
    ]))
    .limit(100).execute();
}
