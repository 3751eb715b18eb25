import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionCookieOptions } from '../../platform/http/auth-hook.js';
import { SESSION_COOKIE } from '../../platform/auth/sessions.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { CodeBody, EnrolmentConfirmed, EnrolmentResponse, LoginBody, Me, PasswordChange, StageResponse } from './auth.schemas.js';
import * as auth from './auth.service.js';

export function authRoutes(app: FastifyInstance, deps: auth.AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Inloggen'];

  r.post('/api/auth/login', {
    config: { auth: 'none' },
    schema: { tags, summary: 'Inloggen met e-mail en wachtwoord', body: LoginBody, response: { 200: StageResponse, ...errorResponses, 429: errorResponses[401] } },
  }, async (req, reply) => {
    const { token, stage } = await auth.login(deps, { ...req.body, address: req.ip });
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps.config));
    return { stage };
  });

  r.post('/api/auth/totp', {
    config: { auth: 'partial' },
    schema: { tags, summary: 'Tweede factor: code uit de app of een herstelcode', body: CodeBody, response: { 200: StageResponse, ...errorResponses, 429: errorResponses[401] } },
  }, async (req, reply) => {
    const { token, stage } = await auth.verifySecondFactor(deps, req.session!, req.sessionUser!, req.body.code, req.ip);
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps.config));
    return { stage };
  });

  r.post('/api/auth/totp/enrolment', {
    config: { auth: 'partial' },
    schema: { tags, summary: 'Tweestapsverificatie instellen: geheim en QR-code', response: { 200: EnrolmentResponse, ...errorResponses } },
  }, async (req) => auth.startEnrolment(deps, req.session!, req.sessionUser!));

  r.post('/api/auth/totp/enrolment/confirm', {
    config: { auth: 'partial' },
    schema: { tags, summary: 'Tweestapsverificatie bevestigen met de eerste code', body: CodeBody, response: { 200: EnrolmentConfirmed, ...errorResponses } },
  }, async (req, reply) => {
    const { token, ...result } = await auth.confirmEnrolment(deps, req.session!, req.sessionUser!, req.body.code);
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps.config));
    return result;
  });

  r.post('/api/auth/password', {
    schema: { tags, summary: 'Eigen wachtwoord wijzigen (andere sessies eindigen)', body: PasswordChange, response: { 204: z.null(), ...errorResponses, 429: errorResponses[401] } },
  }, async (req, reply) => {
    await auth.changePassword(deps, req.session!, req.sessionUser!, req.body);
    return reply.code(204).send(null);
  });

  r.post('/api/auth/logout', {
    config: { auth: 'none' },
    schema: { tags, summary: 'Uitloggen (beëindigt de sessie op de server)', response: { 204: z.null() } },
  }, async (req, reply) => {
    await auth.logout(deps, req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  r.get('/api/auth/me', {
    config: { auth: 'partial' },
    schema: { tags, summary: 'Wie ben ik, en hoe ver is de inlog', response: { 200: Me, ...errorResponses } },
  }, async (req) => {
    const user = req.sessionUser!;
    const p = await auth.profile(deps.db, user);
    return {
      stage: req.session!.stage,
      user: {
        id: user.id, displayName: user.displayName, email: user.email, roles: user.roles,
        organisation: p.organisation, teams: p.teams, totpEnabled: p.totpEnabled, locale: p.locale,
      },
      tenant: { id: p.tenant.id, name: p.tenant.name, method: p.tenant.method, ageMin: p.tenant.age_min, ageMax: p.tenant.age_max },
    };
  });
}
