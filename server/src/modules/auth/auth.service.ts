import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { hashPassword, timingDummyHash, verifyPassword } from '../../platform/auth/passwords.js';
import { createSession, endOtherSessions, endSession, rotateSession } from '../../platform/auth/sessions.js';
import { attemptSucceeded, startAttempt, THROTTLE } from '../../platform/auth/throttle.js';
import { enrolmentDetails, hashRecoveryCode, newRecoveryCodes, newTotpSecret, secondFactorRequired, verifyTotp } from '../../platform/auth/totp.js';
import type { CurrentUser } from '../../platform/request-context.js';
import * as organisationRepository from '../organisation/organisation.repository.js';

export interface AuthDeps { db: Db; config: Config; now: () => Date }
type Session = { token: string; stage: string };

const LOGIN_FAILED = () => new AppError('LOGIN_FAILED', 401, 'Het e-mailadres of het wachtwoord klopt niet.');
const THROTTLED = () => new AppError('LOGIN_THROTTLED', 429,
  `Te veel mislukte pogingen. Wacht ${THROTTLE.windowMinutes} minuten en probeer het dan opnieuw.`);

export async function login(deps: AuthDeps, input: { email: string; password: string; address: string }) {
  const now = deps.now();
  const account = { kind: 'account', value: input.email } as const;
  const attempt = await startAttempt(deps.db, [account, { kind: 'address', value: input.address }], now);
  if (attempt.throttled) throw THROTTLED();
  const user = await organisationRepository.findLoginUser(deps.db, input.email);
  // Verify even when there is no such account, so timing does not tell whether it exists.
  const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), input.password);
  if (!user || !ok) throw LOGIN_FAILED();
  await attemptSucceeded(deps.db, attempt, account);
  const stage = user.totp_enabled_at
    ? 'totp'
    : secondFactorRequired(user.roles, user.require_2fa_for_all) ? 'totp_enrolment' : 'complete';
  const token = await createSession(deps.db, user, stage, now, timeouts(deps.config));
  return { token, stage } as const;
}

/** Second step of the login: a code from the app (each used once) or a recovery code (each used once). */
export async function verifySecondFactor(deps: AuthDeps, session: Session, user: CurrentUser, code: string, address: string) {
  if (session.stage !== 'totp') throw new AppError('NO_SECOND_FACTOR_PENDING', 409, 'Er wordt nu geen code gevraagd.');
  const now = deps.now();
  const counter = { kind: 'second_factor', value: user.id } as const;
  const attempt = await startAttempt(deps.db, [counter, { kind: 'address', value: address }], now);
  if (attempt.throttled) throw THROTTLED();
  const secrets = await organisationRepository.secondFactor(deps.db, user.tenantId, user.id);
  const step = secrets?.totp_secret ? verifyTotp(secrets.totp_secret, code, now) : null;
  const ok = step !== null
    ? await organisationRepository.useTotpStep(deps.db, user.tenantId, user.id, step)
    : await organisationRepository.useRecoveryCode(deps.db, user.tenantId, user.id, hashRecoveryCode(code));
  if (!ok) throw new AppError('TOTP_INVALID', 401, 'Deze code klopt niet. Gebruik de code die uw authenticator-app nu toont.');
  await attemptSucceeded(deps.db, attempt, counter);
  return { token: await rotateSession(deps.db, session.token, 'complete', now), stage: 'complete' as const };
}

/**
 * Setting up 2FA: when the login asks for it, or voluntarily by a logged-in user who has none
 * yet. Never to replace an existing factor: that would let a password alone take over.
 */
async function assertMayEnrol(deps: AuthDeps, session: Session, user: CurrentUser) {
  const secrets = await organisationRepository.secondFactor(deps.db, user.tenantId, user.id);
  const enrolled = Boolean(secrets?.totp_secret);
  if (session.stage === 'totp_enrolment' || (session.stage === 'complete' && !enrolled)) return secrets;
  throw new AppError('ENROLMENT_NOT_ALLOWED', 409, enrolled
    ? 'Tweestapsverificatie is al ingesteld. Vraag de functioneel beheerder om die opnieuw in te stellen.'
    : 'Rond eerst de inlog af.');
}

export async function startEnrolment(deps: AuthDeps, session: Session, user: CurrentUser) {
  await assertMayEnrol(deps, session, user);
  const secret = newTotpSecret();
  await organisationRepository.setPendingTotpSecret(deps.db, user.tenantId, user.id, secret);
  return enrolmentDetails(secret, user.email);
}

export async function confirmEnrolment(deps: AuthDeps, session: Session, user: CurrentUser, code: string) {
  const secrets = await assertMayEnrol(deps, session, user);
  if (!secrets?.totp_pending_secret) {
    throw new AppError('NO_ENROLMENT_STARTED', 409, 'Start eerst het instellen van tweestapsverificatie.');
  }
  const now = deps.now();
  const step = verifyTotp(secrets.totp_pending_secret, code, now);
  if (step === null) {
    throw new AppError('TOTP_INVALID', 400, 'Deze code klopt niet. Scan de QR-code opnieuw en vul de code in die de app toont.');
  }
  const recovery = newRecoveryCodes();
  await organisationRepository.enableTotp(deps.db, user.tenantId, user.id, secrets.totp_pending_secret, recovery.hashes, step, now);
  const token = await rotateSession(deps.db, session.token, 'complete', now);
  return { token, stage: 'complete' as const, recoveryCodes: recovery.codes };
}

/** A user changes their own password; their other sessions end. */
export async function changePassword(deps: AuthDeps, session: Session, user: CurrentUser, input: { currentPassword: string; newPassword: string }) {
  const now = deps.now();
  const counter = { kind: 'account', value: user.email } as const;
  const attempt = await startAttempt(deps.db, [counter], now);
  if (attempt.throttled) throw THROTTLED();
  const row = await organisationRepository.findLoginUser(deps.db, user.email);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError('PASSWORD_WRONG', 400, 'Uw huidige wachtwoord klopt niet.', { field: 'currentPassword' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('PASSWORD_UNCHANGED', 400, 'Kies een ander wachtwoord dan het huidige.', { field: 'newPassword' });
  }
  await attemptSucceeded(deps.db, attempt, counter);
  await organisationRepository.setPassword(deps.db, user.tenantId, user.id, await hashPassword(input.newPassword));
  await endOtherSessions(deps.db, user.id, session.token, now);
}

export async function logout(deps: AuthDeps, token: string | undefined) {
  if (token) await endSession(deps.db, token, deps.now());
}

export async function profile(db: Db, user: CurrentUser) {
  return organisationRepository.profile(db, user);
}

const timeouts = (c: Config) => ({ idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS });
