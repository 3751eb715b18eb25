import { AxeBuilder } from '@axe-core/playwright';
import { expect, request as pwRequest, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_PASSWORD, DEMO_TEAMLEAD_TOTP_SECRET } from '../server/src/seed/demo-logins.js';

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

/**
 * A calendar day `days` from today in Amsterdam (negative: back), as a date field takes it
 * (YYYY-MM-DD); counted in calendar days, so a clock change does not shift it. `from`: count from
 * another moment than now (a spec that must keep one "today" across midnight).
 */
export function amsterdamDate(days = 0, from = Date.now()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(from));
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** When this run began (scripts/e2e.mjs sets it before the servers seed the demo; else when this file loaded). */
export const RUN_STARTED = Number(process.env.E2E_STARTED) || Date.now();

/**
 * What the demo's "n days ago" stands at now: n, plus each day that began in Amsterdam since the
 * run started (the demo was seeded the day before, in a run across midnight).
 */
export function demoDaysAgo(n: number): number {
  const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
  return n + Math.round((day(amsterdamDate()) - day(amsterdamDate(0, RUN_STARTED))) / 86_400_000);
}

/** A YYYY-MM-DD day as the app shows it: dd-MM-yyyy. */
export const nlDate = (iso: string) => iso.split('-').reverse().join('-');

/** Today as the app shows it: dd-MM-yyyy in Europe/Amsterdam. */
export function todayNl(): string {
  return nlDate(amsterdamDate());
}

/**
 * A 2FA code as the authenticator app shows it. The server accepts each 30-second step once
 * (and one step of drift), so a second login within the same step uses the next step's code,
 * like a person waiting for the next code. The last step used is kept in a file because the
 * mobile and desktop projects run in different worker processes.
 */
export function totpCode(secret: string): string {
  const stateFile = path.join(os.tmpdir(), `spil-e2e-${process.env.E2E_PORT ?? 3917}-totp-${secret.slice(0, 8)}`);
  const now = Math.floor(Date.now() / 30_000);
  const last = existsSync(stateFile) ? Number(readFileSync(stateFile, 'utf8')) : 0;
  const step = last >= now ? last + 1 : now;
  // Each code is accepted once and at most one step ahead: after several logins within one step,
  // wait for the clock as a person waits for the next code in the app.
  if (step > now + 1) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, (step - 1) * 30_000 - Date.now() + 50);
  }
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

const TEAMLEAD_STATE_FILE = path.join(os.tmpdir(), `spil-e2e-${process.env.E2E_PORT ?? 3917}-teamlead-state.json`);

/**
 * The team lead on "Mijn team". The first test of a run logs in with password and 2FA code
 * through the screens; later tests go on in that session (its cookies kept per run), as a team
 * lead with the app open would — so a run does not wait for a fresh code step at each test.
 * teamlead.spec.ts goes through the 2FA screen itself.
 */
export async function loginAsTeamLead(page: Page) {
  if (existsSync(TEAMLEAD_STATE_FILE)) {
    await page.context().addCookies(JSON.parse(readFileSync(TEAMLEAD_STATE_FILE, 'utf8')).cookies);
    const me = await page.request.get('/api/auth/me');
    if (me.ok() && (await me.json() as { stage: string }).stage === 'complete') {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn team' })).toBeVisible();
      return;
    }
    await page.context().clearCookies();
  }
  await loginWithPassword(page, LOGINS.teamlead);
  await page.getByLabel('Code uit de app of herstelcode').fill(totpCode(DEMO_TEAMLEAD_TOTP_SECRET));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn team' })).toBeVisible();
  await page.context().storageState({ path: TEAMLEAD_STATE_FILE });
}

/** Open one section of the youth file (the sections are tabs). */
export async function openTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** A screenshot for people to look at, only when E2E_SHOTS_DIR is set (not part of any check). */
export async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
}

const PORT = process.env.E2E_PORT ?? 3917;
/** Shared with admin-policy.spec.ts: whoever enrols the admin first stores the secret here. */
export const ADMIN_SECRET_FILE = path.join(os.tmpdir(), `spil-e2e-${PORT}-admin-totp`);
const ADMIN_STATE_FILE = path.join(os.tmpdir(), `spil-e2e-${PORT}-admin-state.json`);

/** A state-changing API call with the CSRF double-submit header, as the web app sends it. */
export async function apiSend(ctx: APIRequestContext, method: 'POST' | 'PUT' | 'PATCH', url: string, data: unknown): Promise<APIResponse> {
  let csrf = (await ctx.storageState()).cookies.find((c) => c.name === 'spil_csrf');
  if (!csrf) {
    await ctx.get('/api/auth/me');
    csrf = (await ctx.storageState()).cookies.find((c) => c.name === 'spil_csrf');
  }
  return ctx.fetch(url, { method, data, headers: { 'x-csrf-token': decodeURIComponent(csrf?.value ?? '') } });
}

/**
 * An API session of the administrator. It logs in with 2FA once per run and is then shared
 * (also between the mobile and desktop workers), so tests do not use up the admin's code steps.
 */
export async function adminApi(): Promise<APIRequestContext> {
  const baseURL = `http://127.0.0.1:${PORT}`;
  if (existsSync(ADMIN_STATE_FILE)) {
    const ctx = await pwRequest.newContext({ baseURL, storageState: ADMIN_STATE_FILE });
    const me = await ctx.get('/api/auth/me');
    if (me.ok() && (await me.json() as { stage: string }).stage === 'complete') return ctx;
    await ctx.dispose();
  }
  const ctx = await pwRequest.newContext({ baseURL });
  const login = await apiSend(ctx, 'POST', '/api/auth/login', { email: LOGINS.admin, password: PASSWORD });
  expect(login.status(), 'admin login').toBe(200);
  const { stage } = await login.json() as { stage: string };
  if (stage === 'totp_enrolment') {
    const enrol = await apiSend(ctx, 'POST', '/api/auth/totp/enrolment', {});
    const { secret } = await enrol.json() as { secret: string };
    writeFileSync(ADMIN_SECRET_FILE, secret);
    const ok = await apiSend(ctx, 'POST', '/api/auth/totp/enrolment/confirm', { code: totpCode(secret) });
    expect(ok.status(), 'admin 2FA enrolment').toBe(200);
  } else if (stage === 'totp') {
    const ok = await apiSend(ctx, 'POST', '/api/auth/totp', { code: totpCode(readFileSync(ADMIN_SECRET_FILE, 'utf8').trim()) });
    expect(ok.status(), 'admin 2FA code').toBe(200);
  }
  await ctx.storageState({ path: ADMIN_STATE_FILE });
  return ctx;
}

/** The administrator adds a user to the demo coach's organisation and team (Wijkteam Feijenoord). */
export async function createUser(user: { email: string; displayName: string; roles: string[]; password: string }) {
  const admin = await adminApi();
  try {
    const users = await (await admin.get('/api/admin/users')).json() as { items: { email: string; organisationId: string; teamIds: string[] }[] };
    const sanne = users.items.find((u) => u.email === LOGINS.coach);
    expect(sanne, 'demo coach present').toBeTruthy();
    const res = await apiSend(admin, 'POST', '/api/admin/users', {
      id: randomUUID(), ...user, organisationId: sanne!.organisationId, teamIds: sanne!.teamIds,
    });
    expect(res.status(), `create user: ${await res.text()}`).toBe(201);
  } finally {
    await admin.dispose();
  }
}

/**
 * A PDF the page links to: fetched with the page's session, checked to be a PDF, its text
 * flattened to single spaces. With E2E_SHOTS_DIR set, kept there as `saveAs` to look at.
 */
export async function pdfText(page: Page, href: string, saveAs?: string): Promise<string> {
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const buf = await pdf.body();
  if (saveAs && process.env.E2E_SHOTS_DIR) {
    mkdirSync(process.env.E2E_SHOTS_DIR, { recursive: true });
    writeFileSync(path.join(process.env.E2E_SHOTS_DIR, saveAs), buf);
  }
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Two versions side by side: the summary says what changed, that field is marked and its added words underlined. */
export async function expectVersionComparison(page: Page, o: { summary: string; field: string; inserted: string }) {
  const comparison = page.getByRole('region', { name: 'Versie 1 en versie 2 naast elkaar' });
  await expect(comparison).toContainText(o.summary);
  const changed = comparison.getByRole('listitem').filter({ hasText: o.field });
  await expect(changed.getByRole('heading', { level: 4 })).toContainText('Gewijzigd');
  await expect(changed.getByRole('insertion')).toContainText(o.inserted);
  return comparison;
}
