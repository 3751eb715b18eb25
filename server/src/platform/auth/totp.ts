import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

// TOTP as authenticator apps expect it: SHA-1, 6 digits, 30 seconds (RFC 6238), ±1 step of drift.
function totp(secret: string, label: string) {
  return new OTPAuth.TOTP({ issuer: 'Spil', label, algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
}

export const newTotpSecret = () => new OTPAuth.Secret({ size: 20 }).base32;

/** The time step of a valid code, or null. A step is used once: the caller refuses steps already used. */
export function verifyTotp(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, 'x').validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
}

/** Team leads and admins must use a second factor (issue 4); a tenant may require it of everyone. */
export function secondFactorRequired(roles: string[], tenantRequiresForAll: boolean): boolean {
  return tenantRequiresForAll || roles.includes('teamleider') || roles.includes('functioneel_beheerder');
}

export function currentTotp(secret: string, now: Date): string {
  return totp(secret, 'x').generate({ timestamp: now.getTime() });
}

export async function enrolmentDetails(secret: string, email: string) {
  const otpauthUrl = totp(secret, email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 });
  return { secret, otpauthUrl, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}` };
}

/** Ten one-time recovery codes; only their hashes are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
