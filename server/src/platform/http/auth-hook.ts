import type { FastifyInstance } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { findLiveSession, SESSION_COOKIE, setSessionStage } from '../auth/sessions.js';
import { secondFactorRequired } from '../auth/totp.js';
import type { CurrentUser, RequestContext, Role } from '../request-context.js';
import type { SessionTable } from '../db/schema.js';

/**
 * Who is asking, once per request: the session cookie → the session → the user and teams.
 * Routes say how much login they need with `config.auth`:
 *   'none'    — anyone (health, login, docs);
 *   'partial' — password given, second factor still to come (the 2FA steps);
 *   'user'    — fully logged in (the default).
 * Also the CSRF check: a state-changing request must echo the `spil_csrf` cookie in the
 * `x-csrf-token` header (double submit), which another site cannot read or set.
 */
declare module 'fastify' {
  interface FastifyContextConfig { auth?: 'none' | 'partial' | 'user' }
  interface FastifyRequest {
    session: { token: string; stage: SessionTable['stage'] } | null;
    sessionUser: CurrentUser | null;
    ctx: RequestContext;
  }
}

export const CSRF_COOKIE = 'spil_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAuthHook(app: FastifyInstance, deps: { db: Db; config: Config; now: () => Date }) {
  const timeouts = { idleMinutes: deps.config.SESSION_IDLE_MINUTES, absoluteHours: deps.config.SESSION_ABSOLUTE_HOURS };
  const secure = deps.config.PUBLIC_URL?.startsWith('https://') ?? false;

  app.decorateRequest('session', null);
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('ctx', null as unknown as RequestContext);

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    if (!req.cookies[CSRF_COOKIE]) {
      const token = randomBytes(24).toString('base64url');
      req.cookies[CSRF_COOKIE] = token;
      // Readable by our own script (not httpOnly) so it can echo it; SameSite keeps it home.
      reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', secure, httpOnly: false });
    }
    if (UNSAFE.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      const cookie = req.cookies[CSRF_COOKIE] ?? '';
      const ok = typeof header === 'string' && header.length === cookie.length && cookie.length > 0
        && timingSafeEqual(Buffer.from(header), Buffer.from(cookie));
      if (!ok) throw new AppError('CSRF_FAILED', 403, 'Uw sessie is verlopen of het verzoek kwam niet van Spil. Laad de pagina opnieuw.');
    }

    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await findLiveSession(deps.db, token, deps.now(), timeouts);
      const loaded = session ? currentUserOf(session.user) : null;
      if (session && loaded) {
        let stage = session.stage;
        // A role or tenant rule that now asks for 2FA applies to sessions already open.
        if (stage === 'complete' && loaded.mustEnrol) {
          stage = 'totp_enrolment';
          await setSessionStage(deps.db, token, stage);
        }
        req.session = { token, stage };
        req.sessionUser = loaded.user;
      }
    }
    if (req.sessionUser) {
      req.ctx = { db: deps.db, tenantId: req.sessionUser.tenantId, user: req.sessionUser, address: req.ip, now: deps.now };
    }

    // The API documentation pages are registered by @fastify/swagger-ui, which sets no config.
    const need = req.url.startsWith('/api/docs') ? 'none' : req.routeOptions.config?.auth ?? 'user';
    if (need === 'none') return;
    if (!req.session || !req.sessionUser) {
      throw new AppError('UNAUTHENTICATED', 401, 'U bent niet (meer) ingelogd. Log opnieuw in.');
    }
    if (need === 'user' && req.session.stage !== 'complete') {
      throw new AppError('SECOND_FACTOR_REQUIRED', 401, 'Rond eerst de inlog af met uw tweede factor.');
    }
  });
}

/** The session's user, as they are now: roles and teams are read on every request, so a change applies at once. */
function currentUserOf(user: NonNullable<Awaited<ReturnType<typeof findLiveSession>>>['user']): { user: CurrentUser; mustEnrol: boolean } | null {
  if (!user.active || !user.organisation_active) return null;
  return {
    user: {
      id: user.id, tenantId: user.tenant_id, organisationId: user.organisation_id, displayName: user.display_name,
      email: user.email, roles: user.roles as Role[], teamIds: user.team_ids,
    },
    mustEnrol: !user.totp_enabled_at && secondFactorRequired(user.roles, user.require_2fa_for_all),
  };
}

export function sessionCookieOptions(config: Config) {
  return {
    path: '/', httpOnly: true, sameSite: 'lax' as const,
    secure: config.PUBLIC_URL?.startsWith('https://') ?? false,
  };
}
