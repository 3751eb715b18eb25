import { sql, type Db } from '../../platform/db/index.js';
import type { CurrentUser } from '../../platform/request-context.js';

/** Organisations, teams and users of a tenant. Tenant first in every where clause. */

export function findLoginUser(db: Db, email: string) {
  return db.selectFrom('app_user')
    .innerJoin('tenant', 'tenant.id', 'app_user.tenant_id')
    .select(['app_user.id', 'app_user.tenant_id', 'app_user.password_hash', 'app_user.roles',
      'app_user.totp_enabled_at', 'tenant.require_2fa_for_all'])
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .where(sql`lower(app_user.email)`, '=', email.trim().toLowerCase())
    .where('app_user.active', '=', true)
    .where('organisation.active', '=', true)
    .executeTakeFirst();
}

export function secondFactor(db: Db, tenantId: string, userId: string) {
  return db.selectFrom('app_user').select(['totp_secret', 'totp_pending_secret', 'recovery_code_hashes'])
    .where('tenant_id', '=', tenantId).where('id', '=', userId).executeTakeFirst();
}

/** Accept a TOTP step only once, and only after the last one used (atomic: parallel replays lose). */
export async function useTotpStep(db: Db, tenantId: string, userId: string, step: number): Promise<boolean> {
  const r = await db.updateTable('app_user').set({ totp_last_step: step })
    .where('tenant_id', '=', tenantId).where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .returning('id').executeTakeFirst();
  return r !== undefined;
}

/** Use up a recovery code (atomic: the same code cannot be used twice, not even in parallel). */
export async function useRecoveryCode(db: Db, tenantId: string, userId: string, hash: string): Promise<boolean> {
  const r = await db.updateTable('app_user').set({ recovery_code_hashes: sql`array_remove(recovery_code_hashes, ${hash})` })
    .where('tenant_id', '=', tenantId).where('id', '=', userId).where(sql<boolean>`${hash} = any(recovery_code_hashes)`)
    .returning('id').executeTakeFirst();
  return r !== undefined;
}

export async function setPendingTotpSecret(db: Db, tenantId: string, userId: string, secret: string) {
  await db.updateTable('app_user').set({ totp_pending_secret: secret }).where('tenant_id', '=', tenantId).where('id', '=', userId).execute();
}

export async function enableTotp(db: Db, tenantId: string, userId: string, secret: string, recoveryHashes: string[], step: number, now: Date) {
  await db.updateTable('app_user')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: now, recovery_code_hashes: recoveryHashes, totp_last_step: step })
    .where('tenant_id', '=', tenantId).where('id', '=', userId).execute();
}

export async function setPassword(db: Db, tenantId: string, userId: string, passwordHash: string) {
  await db.updateTable('app_user').set({ password_hash: passwordHash }).where('tenant_id', '=', tenantId).where('id', '=', userId).execute();
}

/** Who the user is to the app (asked on every page load): tenant, organisation, teams and own settings, in one round trip. */
export async function profile(db: Db, user: CurrentUser) {
  const row = await db.selectFrom('app_user as u')
    .innerJoin('tenant as tn', 'tn.id', 'u.tenant_id')
    .innerJoin('organisation as o', (j) => j.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.organisation_id'))
    .select(['tn.id as tenant_id', 'tn.name as tenant_name', 'tn.method', 'tn.age_min', 'tn.age_max', 'o.id as organisation_id', 'o.name as organisation_name',
      'u.totp_enabled_at', 'u.locale',
      sql<{ id: string; name: string }[]>`coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name) order by t.name)
        from user_team ut join team t on t.id = ut.team_id where ut.tenant_id = u.tenant_id and ut.user_id = u.id), '[]')`.as('teams')])
    .where('u.tenant_id', '=', user.tenantId).where('u.id', '=', user.id).executeTakeFirstOrThrow();
  return {
    tenant: { id: row.tenant_id, name: row.tenant_name, method: row.method, age_min: row.age_min, age_max: row.age_max },
    organisation: { id: row.organisation_id, name: row.organisation_name },
    teams: row.teams, totpEnabled: row.totp_enabled_at !== null, locale: row.locale,
  };
}

export function teamsOfUser(db: Db, tenantId: string, userId: string) {
  return db.selectFrom('user_team').innerJoin('team', 'team.id', 'user_team.team_id')
    .select(['team.id', 'team.name'])
    .where('user_team.tenant_id', '=', tenantId).where('user_team.user_id', '=', userId)
    .orderBy('team.name').execute();
}

/**
 * A coach still at work: an active user (alias `u` of app_user) with the coach role. One definition
 * for every list of a team's coaches (the team lead's pickers, the team worklist's caseloads, the
 * import's lookup of coaches by e-mail).
 */
export const workingCoach = sql<boolean>`(u.active and 'coach' = any(u.roles))`;

/** Coaches working in the given teams, with their active caseload against their limit. */
export function coachesOfTeams(db: Db, tenantId: string, teamIds: string[]) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('app_user as u')
    .innerJoin('user_team as ut', 'ut.user_id', 'u.id')
    .select((eb) => [
      'u.id', 'u.display_name', 'u.caseload_limit', 'ut.team_id',
      // Per youth of the caseload, whether a trajectory runs (by its index): a join here hashed every trajectory of the tenant.
      eb.selectFrom('youth_coach as yc')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('yc.user_id', '=', 'u.id').where('yc.tenant_id', '=', tenantId).where('yc.until', 'is', null)
        .where(sql<boolean>`exists (select 1 from trajectory t where t.tenant_id = yc.tenant_id and t.youth_id = yc.youth_id and t.status <> 'closed')`)
        .as('active_caseload'),
    ])
    .where('u.tenant_id', '=', tenantId).where('ut.team_id', 'in', teamIds)
    .where(workingCoach)
    .orderBy('u.display_name').execute();
}

// ---- administration (functioneel beheerder) ----

export const listOrganisations = (db: Db, tenantId: string) =>
  db.selectFrom('organisation').select(['id', 'name', 'active', 'version']).where('tenant_id', '=', tenantId).orderBy('name').execute();

export const getOrganisation = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('organisation').select(['id', 'name', 'active', 'version']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

export const insertOrganisation = (db: Db, tenantId: string, o: { id: string; name: string }) =>
  db.insertInto('organisation').values({ tenant_id: tenantId, id: o.id, name: o.name }).onConflict((c) => c.column('id').doNothing()).execute();

export const updateOrganisation = (db: Db, tenantId: string, id: string, version: number, set: { name?: string | undefined; active?: boolean | undefined }) =>
  db.updateTable('organisation').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).executeTakeFirst();

export const listTeams = (db: Db, tenantId: string) =>
  db.selectFrom('team').select(['id', 'name', 'neighbourhood', 'active', 'version']).where('tenant_id', '=', tenantId).orderBy('name').execute();

export const getTeam = (db: Db, tenantId: string, id: string) =>
  db.selectFrom('team').select(['id', 'name', 'neighbourhood', 'active', 'version']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();

export const insertTeam = (db: Db, tenantId: string, t: { id: string; name: string; neighbourhood?: string | null | undefined }) =>
  db.insertInto('team').values({ tenant_id: tenantId, id: t.id, name: t.name, neighbourhood: t.neighbourhood ?? null })
    .onConflict((c) => c.column('id').doNothing()).execute();

export const updateTeam = (db: Db, tenantId: string, id: string, version: number, set: { name?: string | undefined; neighbourhood?: string | null | undefined; active?: boolean | undefined }) =>
  db.updateTable('team').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).executeTakeFirst();

export async function listUsers(db: Db, tenantId: string, id?: string) {
  let q = db.selectFrom('app_user as u')
    .select((eb) => [
      'u.id', 'u.email', 'u.display_name', 'u.organisation_id', 'u.roles', 'u.active', 'u.caseload_limit', 'u.version',
      eb.selectFrom('user_team').select(sql<string[]>`coalesce(array_agg(team_id order by team_id), '{}')`.as('t'))
        .whereRef('user_team.user_id', '=', 'u.id').where('user_team.tenant_id', '=', tenantId).as('team_ids'),
      sql<boolean>`u.totp_enabled_at is not null`.as('totp_enabled'),
    ])
    .where('u.tenant_id', '=', tenantId);
  if (id) q = q.where('u.id', '=', id);
  return q.orderBy('u.display_name').execute();
}

export interface UserFields {
  email: string; display_name: string; organisation_id: string; roles: string[]; caseload_limit: number;
}

export async function insertUser(db: Db, tenantId: string, id: string, u: UserFields & { password_hash: string }, teamIds: string[]) {
  const inserted = await db.insertInto('app_user').values({ tenant_id: tenantId, id, ...u, totp_secret: null, totp_pending_secret: null, totp_enabled_at: null })
    .onConflict((c) => c.column('id').doNothing()).returning('id').executeTakeFirst();
  if (inserted) await setUserTeams(db, tenantId, id, teamIds);
  return inserted !== undefined;
}

export async function updateUser(db: Db, tenantId: string, id: string, version: number, set: Partial<UserFields> & { active?: boolean | undefined }) {
  return db.updateTable('app_user').set({ ...set, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
}

export async function setUserTeams(db: Db, tenantId: string, userId: string, teamIds: string[]) {
  await db.deleteFrom('user_team').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  if (teamIds.length) await db.insertInto('user_team').values(teamIds.map((team_id) => ({ tenant_id: tenantId, user_id: userId, team_id }))).execute();
}

export async function emailTaken(db: Db, email: string, exceptUserId?: string) {
  let q = db.selectFrom('app_user').select('id').where(sql`lower(email)`, '=', email.trim().toLowerCase());
  if (exceptUserId) q = q.where('id', '<>', exceptUserId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function countInTenant(db: Db, tenantId: string, table: 'organisation' | 'team', ids: string[]) {
  if (ids.length === 0) return 0;
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('id', 'in', ids).executeTakeFirstOrThrow();
  return Number(r.n);
}
