import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.js';
import { makeUser } from '../../seed/factories.js';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';
import { LEAD_SECRET, makeWorld } from '../../test/world.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

describe('the second factor cannot be sidestepped', () => {
  it('a password alone cannot enrol a new authenticator over an existing one', async () => {
    const c = new Client(t.url);
    expect(await c.login(w.lead.email, w.lead.password)).toBe('totp');
    const enrol = await c.post('/api/auth/totp/enrolment');
    expect(enrol).toMatchObject({ status: 409, body: { code: 'ENROLMENT_NOT_ALLOWED' } });
    expect((await c.get('/api/youth?scope=team')).status).toBe(401);
  });

  it('a fully logged-in user who has 2FA cannot replace it either', async () => {
    const lead = await w.as(w.lead);
    expect((await lead.post('/api/auth/totp/enrolment')).status).toBe(409);
  });

  it('a code from the app works once', async () => {
    t.clock.advance(30_000);
    const code = currentTotp(LEAD_SECRET, t.clock.now);
    const first = new Client(t.url);
    await first.login(w.lead.email, w.lead.password);
    expect((await first.post('/api/auth/totp', { code })).status).toBe(200);
    const second = new Client(t.url);
    await second.login(w.lead.email, w.lead.password);
    expect((await second.post('/api/auth/totp', { code })).status).toBe(401);
  });

  it('gives a new session token once the second factor is done', async () => {
    const c = new Client(t.url);
    await c.login(w.lead.email, w.lead.password);
    const before = (c as any).cookies.get('spil_session');
    t.clock.advance(30_000);
    await c.post('/api/auth/totp', { code: currentTotp(LEAD_SECRET, t.clock.now) });
    const after = (c as any).cookies.get('spil_session');
    expect(after).not.toBe(before);
    const old = await fetch(`${t.url}/api/auth/me`, { headers: { cookie: `spil_session=${before}` } });
    expect(old.status).toBe(401);
  });

  it('wrong codes are throttled, and a correct password does not reset that count', async () => {
    const lead = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['teamleider'], totpSecret: LEAD_SECRET });
    for (let round = 0; round < 3; round++) {
      const c = new Client(t.url);
      expect(await c.login(lead.email, lead.password)).toBe('totp');
      for (let i = 0; i < 2; i++) await c.post('/api/auth/totp', { code: '123456' });
    }
    const c = new Client(t.url);
    await c.login(lead.email, lead.password);
    expect((await c.post('/api/auth/totp', { code: '123456' })).status).toBe(429);
  });

  it('parallel password guesses are counted together', async () => {
    const victim = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      new Client(t.url).post('/api/auth/login', { email: victim.email, password: `guess ${i}` })));
    expect(results.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('a coach who becomes team lead must set up 2FA before seeing anything more', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'] });
    const c = new Client(t.url);
    await c.login(coach.email, coach.password);
    expect((await c.get('/api/youth')).status).toBe(200);
    await t.db.updateTable('app_user').set({ roles: ['coach', 'teamleider'] }).where('id', '=', coach.id).execute();
    expect((await c.get('/api/youth?scope=team')).body.code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await c.get('/api/auth/me')).body.stage).toBe('totp_enrolment');
  });
});

describe('accounts', () => {
  it('users of a deactivated organisation cannot log in', async () => {
    const admin = await w.as(w.admin);
    const org = (await admin.post('/api/admin/organisations', { id: crypto.randomUUID(), name: 'Stopt ermee' })).body;
    const user = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: org.id });
    await admin.patch(`/api/admin/organisations/${org.id}`, { version: org.version, active: false });
    expect((await new Client(t.url).post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
  });

  it('an admin cannot give themself a team-lead role (and so case files)', async () => {
    const admin = await w.as(w.admin);
    const me = (await admin.get('/api/admin/users')).body.items.find((u: any) => u.id === w.admin.id);
    const res = await admin.patch(`/api/admin/users/${me.id}`, { version: me.version, roles: ['functioneel_beheerder', 'teamleider'], teamIds: [w.teamA.id] });
    expect(res).toMatchObject({ status: 409, body: { code: 'CANNOT_CHANGE_OWN_ACCESS' } });
  });

  it('a user changes their own password; the old one stops working and other sessions end', async () => {
    const user = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id] });
    const phone = new Client(t.url);
    await phone.login(user.email, user.password);
    const laptop = new Client(t.url);
    await laptop.login(user.email, user.password);
    const wrong = await laptop.post('/api/auth/password', { currentPassword: 'niet goed', newPassword: 'een nieuw lang wachtwoord' });
    expect(wrong.body.code).toBe('PASSWORD_WRONG');
    expect((await laptop.post('/api/auth/password', { currentPassword: user.password, newPassword: 'een nieuw lang wachtwoord' })).status).toBe(204);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await new Client(t.url).post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
    expect(await new Client(t.url).login(user.email, 'een nieuw lang wachtwoord')).toBe('complete');
  });
});
