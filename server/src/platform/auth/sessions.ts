import { createHash, randomBytes } from 'node:crypto';
import { sql, type Db } from '../db/index.js';
import type { SessionTable } from '../db/schema.js';

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its hash,
 * so a leaked database does not hand out live sessions. Idle and absolute timeouts are
 * checked on every request; logout ends the session on the server.
 */
export const SESSION_COOKIE = 'spil_session';

export interface SessionTimeouts { idleMinutes: number; absoluteHours: number }

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db, user: { id: string; tenant_id: string }, stage: SessionTable['stage'], now: Date, t: SessionTimeouts,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insertInto('session').values({
    id: hashToken(token), tenant_id: user.tenant_id, user_id: user.id, stage,
    created_at: now, last_seen_at: now, expires_at: new Date(now.getTime() + t.absoluteHours * 3_600_000), ended_at: null,
  }).execute();
  return token;
}

/**
 * The live session of a token with its user as they are now (roles, teams, whether the
 * organisation is active, the tenant's 2FA rule), in one round trip: this runs on every request.
 */
export async function findLiveSession(db: Db, token: string, now: Date, t: SessionTimeouts) {
  const found = await db.selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .innerJoin('tenant as t', 't.id', 'u.tenant_id')
    .select(['s.id as session_id', 's.stage', 's.last_seen_at', 's.expires_at',
      'u.id', 'u.tenant_id', 'u.organisation_id', 'u.display_name', 'u.email', 'u.roles', 'u.active',
      'u.totp_enabled_at', 'o.active as organisation_active', 't.require_2fa_for_all',
      sql<string[]>`array(select ut.team_id from user_team ut where ut.tenant_id = u.tenant_id and ut.user_id = u.id order by ut.team_id)`.as('team_ids')])
    .where('s.id', '=', hashToken(token)).where('s.ended_at', 'is', null).executeTakeFirst();
  if (!found) return undefined;
  const idleSince = new Date(now.getTime() - t.idleMinutes * 60_000);
  if (new Date(found.expires_at) <= now || new Date(found.last_seen_at) <= idleSince) {
    await endSession(db, token, now);
    return undefined;
  }
  // Touch at most once a minute: a busy page should not write on every request.
  if (now.getTime() - new Date(found.last_seen_at).getTime() > 60_000) {
    await db.updateTable('session').set({ last_seen_at: now }).where('id', '=', found.session_id).execute();
  }
  const { session_id: _id, stage, last_seen_at: _seen, expires_at: _expires, ...user } = found;
  return { stage, user };
}

export async function setSessionStage(db: Db, token: string, stage: SessionTable['stage']) {
  await db.updateTable('session').set({ stage }).where('id', '=', hashToken(token)).execute();
}

/**
 * Move a session to its next stage under a new token (the old one ends), so a token seen
 * before the second factor is worth nothing after it. The absolute timeout stays.
 */
export async function rotateSession(db: Db, token: string, stage: SessionTable['stage'], now: Date): Promise<string> {
  const old = await db.selectFrom('session').selectAll().where('id', '=', hashToken(token)).executeTakeFirstOrThrow();
  const fresh = randomBytes(32).toString('base64url');
  await db.insertInto('session').values({ ...old, id: hashToken(fresh), stage, last_seen_at: now, ended_at: null }).execute();
  await endSession(db, token, now);
  return fresh;
}

export async function endOtherSessions(db: Db, userId: string, keepToken: string, now: Date) {
  await db.updateTable('session').set({ ended_at: now })
    .where('user_id', '=', userId).where('id', '<>', hashToken(keepToken)).where('ended_at', 'is', null).execute();
}

export async function endSession(db: Db, token: string, now: Date) {
  await db.updateTable('session').set({ ended_at: now }).where('id', '=', hashToken(token)).where('ended_at', 'is', null).execute();
}
