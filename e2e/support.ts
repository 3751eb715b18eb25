import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { DEMO_PASSWORD } from '../server/src/seed/demo-logins.js';

export const PASSWORD = DEMO_PASSWORD;

export const LOGINS = {
  coach: 'coach@spil.demo',
  coachDelfshaven: 'coach.delfshaven@spil.demo',
  teamlead: 'teamleider@spil.demo',
  policy: 'beleid@spil.demo',
  admin: 'beheer@spil.demo',
} as const;

/** A name no other test (or earlier run against the same server) has used. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Today as the app shows it: dd-MM-yyyy in Europe/Amsterdam. */
export function todayNl(): string {
  const parts = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date());
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')}`;
}

/**
 * A 2FA code as the authenticator app shows it. The server accepts each 30-second step once
 * (and one step of drift), so a second login within the same step uses the next step's code,
 * like a person waiting for the next code. The last step used is kept in a file because the
 * mobile and desktop projects run in different worker processes.
 */
export function totpCode(secret: string): string {
  const stateFile = path.join(os.tmpdir(), `spil-e2e-totp-${process.env.E2E_PORT ?? 3917}-${secret.slice(0, 8)}`);
  const now = Math.floor(Date.now() / 30_000);
  const last = existsSync(stateFile) ? Number(readFileSync(stateFile, 'utf8')) : 0;
  const step = last >= now ? last + 1 : now;
  writeFileSync(stateFile, String(step));
  return new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) })
    .generate({ timestamp: step * 30_000 });
}

/**
 * WCAG 2.2 AA check with axe on the page as it is now. Prints every violation with its nodes
 * before failing, so a red run says what to fix.
 */
export async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  if (result.violations.length) {
    const lines = result.violations.map((v) =>
      `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
    console.log(`axe violations on ${where} (${page.url()}):\n${lines.join('\n')}`);
  }
  expect(result.violations.map((v) => v.id), `axe violations on ${where}`).toEqual([]);
}

/** No horizontal scrolling at this viewport (the 360 px rule). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
}

/** Password step only; returns when the next step (2FA or the app) shows. */
export async function loginWithPassword(page: Page, email: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

export async function login(page: Page, email: string, expectedHeading: string | RegExp) {
  await loginWithPassword(page, email);
  await expect(page.getByRole('heading', { level: 1, name: expectedHeading })).toBeVisible();
}
