import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { timingDummyHash, verifyPassword } from '../../platform/auth/passwords.js';
import { createSession, endSession, setSessionStage } from '../../platform/auth/sessions.js';
import { clearAccountFailures, isThrottled, recordFailure, THROTTLE } from '../../platform/auth/throttle.js';
import { enrolmentDetails, hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from '../../platform/auth/totp.js';
import type { CurrentUser } from '../../platform/request-context.js';
import * as organisationRepository from '../organisation/organisation.repository.js';

export interface AuthDeps { db: Db; config: Config; now: () => Date }

const LOGIN_FAILED = () => new AppError('LOGIN_FAILED', 401, 'Het e-mailadres of het wachtwoord klopt niet.');
const THROTTLED = () => new AppError('LOGIN_THROTTLED', 429,
  `Te veel mislukte pogingen. Wacht ${THROTTLE.windowMinutes} minuten en probeer het dan opnieuw.`);

/** Team leads and admins must use a second factor (issue 4); a tenant may require it of everyone. */
export function requiresSecondFactor(roles: string[], tenantRequiresForAll: boolean): boolean {
  return tenantRequiresForAll || roles.includes('teamleider') || roles.includes('functioneel_beheerder');
}

export async function login(deps: AuthDeps, input: { email: string; password: string; address: string }) {
  const now = deps.now();
  if (await isThrottled(deps.db, input.email, input.address, now)) throw THROTTLED();
  const user = await organisationRepository.findLoginUser(deps.db, input.email);
  // Verify even when there is no such account, so timing does not tell whether it exists.
  const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), input.password);
  if (!user || !ok) {
    await recordFailure(deps.db, input.email, input.address, now);
    throw LOGIN_FAILED();
  }
  await clearAccountFailures(deps.db, input.email);
  const stage = user.totp_enabled_at
    ? 'totp'
    : requiresSecondFactor(user.roles, user.require_2fa_for_all) ? 'totp_enrolment' : 'complete';
  const token = await createSession(deps.db, user, stage, now, timeouts(deps.config));
  return { token, stage } as const;
}

export async function verifySecondFactor(deps: AuthDeps, session: { token: string; stage: string }, user: CurrentUser, code: string, address: string) {
  if (session.stage !== 'totp') throw new AppError('NO_SECOND_FACTOR_PENDING', 409, 'Er wordt nu geen code gevraagd.');
  const now = deps.now();
  if (await isThrottled(deps.db, user.email, address, now)) throw THROTTLED();
  const secrets = await organisationRepository.secondFactor(deps.db, user.id);
  let ok = secrets?.totp_secret ? verifyTotp(secrets.totp_secret, code, now) : false;
  if (!ok && secrets) {
    // A recovery code works once.
    const hash = hashRecoveryCode(code);
    if (secrets.recovery_code_hashes.includes(hash)) {
      await organisationRepository.useRecoveryCode(deps.db, user.id, hash);
      ok = true;
    }
  }
  if (!ok) {
    await recordFailure(deps.db, user.email, address, now);
    throw new AppError('TOTP_INVALID', 401, 'Deze code klopt niet. Gebruik de code die uw authenticator-app nu toont.');
  }
  await clearAccountFailures(deps.db, user.email);
  await setSessionStage(deps.db, session.token, 'complete');
  return { stage: 'complete' as const };
}

export async function startEnrolment(deps: AuthDeps, user: CurrentUser) {
  const secret = newTotpSecret();
  await organisationRepository.setPendingTotpSecret(deps.db, user.id, secret);
  return enrolmentDetails(secret, user.email);
}

export async function confirmEnrolment(deps: AuthDeps, session: { token: string }, user: CurrentUser, code: string) {
  const secrets = await organisationRepository.secondFactor(deps.db, user.id);
  if (!secrets?.totp_pending_secret) {
    throw new AppError('NO_ENROLMENT_STARTED', 409, 'Start eerst het instellen van tweestapsverificatie.');
  }
  if (!verifyTotp(secrets.totp_pending_secret, code, deps.now())) {
    throw new AppError('TOTP_INVALID', 400, 'Deze code klopt niet. Scan de QR-code opnieuw en vul de code in die de app toont.');
  }
  const recovery = newRecoveryCodes();
  await organisationRepository.enableTotp(deps.db, user.id, secrets.totp_pending_secret, recovery.hashes, deps.now());
  await setSessionStage(deps.db, session.token, 'complete');
  return { stage: 'complete' as const, recoveryCodes: recovery.codes };
}

export async function logout(deps: AuthDeps, token: string | undefined) {
  if (token) await endSession(deps.db, token, deps.now());
}

export async function profile(db: Db, user: CurrentUser) {
  return organisationRepository.profile(db, user);
}

const timeouts = (c: Config) => ({ idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS });
