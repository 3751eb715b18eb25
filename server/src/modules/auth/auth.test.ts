import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.js';
import { makeUser } from '../../seed/factories.js';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';
import { LEAD_SECRET, makeWorld } from '../../test/world.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

describe('logging in', () => {
  it('a coach logs in with e-mail and password and sees who they are', async () => {
    const c = new Client(t.url);
    expect(await c.login(w.coachA.email.toUpperCase(), w.coachA.password)).toBe('complete');
    const me = await c.get('/api/auth/me');
    expect(me.body).toMatchObject({
      stage: 'complete',
      user: { id: w.coachA.id, roles: ['coach'], teams: [{ id: w.teamA.id, name: 'Wijkteam A' }], organisation: { name: 'Stichting Test' }, totpEnabled: false },
      tenant: { id: w.tenant.id, name: 'Gemeente Testdam', method: 'ija', ageMin: 12 },
    });
    expect(me.body.user.teams).toHaveLength(1);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const c = new Client(t.url);
    const wrong = await c.post('/api/auth/login', { email: w.coachB.email, password: 'wrong password' });
    const unknown = await c.post('/api/auth/login', { email: 'nobody@nowhere.nl', password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('throttles an account after five failures, even with the right password', async () => {
    const victim = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id] });
    const c = new Client(t.url);
    for (let i = 0; i < 5; i++) expect((await c.post('/api/auth/login', { email: victim.email, password: `guess ${i}` })).status).toBe(401);
    const blocked = await c.post('/api/auth/login', { email: victim.email, password: victim.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('LOGIN_THROTTLED');
    t.clock.advance(16 * 60_000);
    expect(await new Client(t.url).login(victim.email, victim.password)).toBe('complete');
  });

  it('a team lead needs the code from the authenticator app before seeing anything', async () => {
    const c = new Client(t.url);
    expect(await c.login(w.lead.email, w.lead.password)).toBe('totp');
    expect((await c.get('/api/youth?scope=team')).status).toBe(401);
    expect((await c.post('/api/auth/totp', { code: '000000' })).body.code).toBe('TOTP_INVALID');
    const ok = await c.post('/api/auth/totp', { code: currentTotp(LEAD_SECRET, t.clock.now) });
    expect(ok.body.stage).toBe('complete');
    expect((await c.get('/api/youth?scope=team')).status).toBe(200);
  });

  it('a new admin enrols in 2FA with a QR code, gets recovery codes, and a recovery code works once', async () => {
    const admin = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, roles: ['functioneel_beheerder'] });
    const c = new Client(t.url);
    expect(await c.login(admin.email, admin.password)).toBe('totp_enrolment');
    expect((await c.get('/api/admin/users')).status).toBe(401);
    const enrol = await c.post('/api/auth/totp/enrolment');
    expect(enrol.body.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(OTPAuth.URI.parse(enrol.body.otpauthUrl).issuer).toBe('Spil');
    const confirmed = await c.post('/api/auth/totp/enrolment/confirm', { code: currentTotp(enrol.body.secret, t.clock.now) });
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect((await c.get('/api/admin/users')).status).toBe(200);

    const again = new Client(t.url);
    expect(await again.login(admin.email, admin.password)).toBe('totp');
    expect((await again.post('/api/auth/totp', { code: confirmed.body.recoveryCodes[0] })).status).toBe(200);
    const reuse = new Client(t.url);
    await reuse.login(admin.email, admin.password);
    expect((await reuse.post('/api/auth/totp', { code: confirmed.body.recoveryCodes[0] })).status).toBe(401);
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const c = new Client(t.url);
    await c.login(w.coachA.email, w.coachA.password);
    const cookie = (c as any).cookies.get('spil_session');
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const replay = await fetch(`${t.url}/api/auth/me`, { headers: { cookie: `spil_session=${cookie}` } });
    expect(replay.status).toBe(401);
  });

  it('a session ends after 30 idle minutes, and after 12 hours however busy', async () => {
    const c = new Client(t.url);
    await c.login(w.coachA.email, w.coachA.password);
    t.clock.advance(29 * 60_000);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await c.get('/api/auth/me')).status).toBe(401);

    const busy = new Client(t.url);
    await busy.login(w.coachA.email, w.coachA.password);
    // Active every 20 minutes for almost 12 hours: the session holds...
    for (let step = 1; step < 36; step++) {
      t.clock.advance(20 * 60_000);
      expect((await busy.get('/api/auth/me')).status).toBe(200);
    }
    // ...and ends at 12 hours all the same.
    t.clock.advance(20 * 60_000);
    expect((await busy.get('/api/auth/me')).status).toBe(401);
  });

  it('the session cookie is httpOnly and SameSite=Lax', async () => {
    const c = new Client(t.url);
    await c.request('GET', '/api/health');
    const res = await c.request('POST', '/api/auth/login', { email: w.coachA.email, password: w.coachA.password });
    const cookie = res.headers.getSetCookie().find((h) => h.startsWith('spil_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe('protection of state-changing requests', () => {
  it('refuses a change without the CSRF token', async () => {
    const c = new Client(t.url);
    await c.login(w.coachA.email, w.coachA.password);
    const res = await c.request('POST', '/api/youth', { id: crypto.randomUUID(), nickname: 'CSRF' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it('sends a strict Content-Security-Policy and other security headers', async () => {
    const res = await fetch(`${t.url}/api/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
