import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

describe('the functioneel beheerder', () => {
  it('adds an organisation and a team, creates a coach in it, and the coach can log in', async () => {
    const admin = await w.as(w.admin);
    const org = await admin.post('/api/admin/organisations', { id: randomUUID(), name: 'Stichting Nieuw' });
    expect(org.status).toBe(201);
    const team = await admin.post('/api/admin/teams', { id: randomUUID(), name: 'Wijkteam Charlois', neighbourhood: 'Charlois' });
    expect(team.status).toBe(201);
    const user = await admin.post('/api/admin/users', {
      id: randomUUID(), email: 'nieuwe.coach@test.spil', displayName: 'Nieuwe Coach', organisationId: org.body.id,
      roles: ['coach'], teamIds: [team.body.id], password: 'een lang wachtwoord',
    });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ roles: ['coach'], teamIds: [team.body.id], active: true, caseloadLimit: 20 });
    expect(await new Client(t.url).login('nieuwe.coach@test.spil', 'een lang wachtwoord')).toBe('complete');
  });

  it('refuses a second account with the same e-mail address and a duplicate team name', async () => {
    const admin = await w.as(w.admin);
    const dup = await admin.post('/api/admin/users', {
      id: randomUUID(), email: w.coachA.email, displayName: 'Dubbel', organisationId: w.org.id, roles: ['coach'], teamIds: [], password: 'een lang wachtwoord',
    });
    expect(dup).toMatchObject({ status: 409, body: { code: 'EMAIL_IN_USE' } });
    const team = await admin.post('/api/admin/teams', { id: randomUUID(), name: 'Wijkteam A' });
    expect(team).toMatchObject({ status: 409, body: { code: 'NAME_IN_USE' } });
  });

  it('deactivates a user (never deletes): their sessions end and they can no longer log in', async () => {
    const admin = await w.as(w.admin);
    const coach = await w.as(w.coachB);
    const users = await admin.get('/api/admin/users');
    const b = users.body.items.find((u: any) => u.id === w.coachB.id);
    const res = await admin.patch(`/api/admin/users/${b.id}`, { version: b.version, active: false });
    expect(res.body.active).toBe(false);
    expect((await coach.get('/api/auth/me')).status).toBe(401);
    expect((await new Client(t.url).post('/api/auth/login', { email: w.coachB.email, password: w.coachB.password })).status).toBe(401);
    expect((await admin.get('/api/admin/users')).body.items.some((u: any) => u.id === w.coachB.id)).toBe(true);
    const stale = await admin.patch(`/api/admin/users/${b.id}`, { version: b.version, active: true });
    expect(stale.status).toBe(409);
  });

  it('renames, reorders and sets durations of the phase model', async () => {
    const admin = await w.as(w.admin);
    const model = (await admin.get('/api/admin/phase-model')).body;
    expect(model.preset).toBe('ija');
    const phases = model.phases.map((p: any) => ({ id: p.id, name: p.name, plannedWeeks: p.plannedWeeks }));
    phases[0].name = 'Fase 1 Contact en vertrouwen';
    phases[0].plannedWeeks = 6;
    const updated = await admin.put('/api/admin/phase-model', { version: model.version, phases: [phases[1], phases[0], ...phases.slice(2)] });
    expect(updated.status).toBe(200);
    expect(updated.body.phases.map((p: any) => p.name).slice(0, 2)).toEqual(['Fase 2 Verdieping', 'Fase 1 Contact en vertrouwen']);
    expect(updated.body.phases[1].plannedWeeks).toBe(6);
    const stale = await admin.put('/api/admin/phase-model', { version: model.version, phases });
    expect(stale.status).toBe(409);
    const missing = await admin.put('/api/admin/phase-model', { version: updated.body.version, phases: phases.slice(1) });
    expect(missing.body.code).toBe('PHASES_MISMATCH');
    // Put it back for the other tests.
    await admin.put('/api/admin/phase-model', { version: updated.body.version, phases: model.phases.map((p: any) => ({ id: p.id, name: p.name, plannedWeeks: p.plannedWeeks })) });
  });

  it('is refused to coaches, and cannot read case files', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.get('/api/admin/users')).status).toBe(403);
    const admin = await w.as(w.admin);
    expect((await admin.get(`/api/youth/${w.enzo.id}`)).status).toBe(403);
  });
});

describe('the municipality\'s settings', () => {
  it('switches to the IPTA method only when no trajectory runs, keeping old phases for history', async () => {
    const t2 = await startTestApp();
    const w2 = await makeWorld(t2);
    const admin = await w2.as(w2.admin);
    const s = (await admin.get('/api/admin/tenant')).body;
    expect(s).toMatchObject({ method: 'ija', ageWindow: { min: 12, max: 27 }, requireTwoFactorForAll: false });
    const refused = await admin.patch('/api/admin/tenant', { version: s.version, method: 'ipta' });
    expect(refused).toMatchObject({ status: 409, body: { code: 'METHOD_IN_USE' } });

    const coach = await w2.as(w2.coachA);
    const trajectories = (await coach.get(`/api/youth/${w2.enzo.id}/trajectories`)).body.items;
    await coach.post(`/api/trajectories/${trajectories[0].id}/transitions`, { version: trajectories[0].version, kind: 'close', reason: 'verhuisd', closingReason: 'verhuisd' });
    const switched = await admin.patch('/api/admin/tenant', { version: s.version, method: 'ipta' });
    expect(switched.body).toMatchObject({ method: 'ipta', ageWindow: { min: 16, max: 27 } });
    // The life domains follow: the self-reliance set, the IJA-only ones switched off.
    const domains = (await admin.get('/api/life-domains')).body.items;
    expect(domains.filter((d: any) => d.active).map((d: any) => d.key)).toContain('dagelijks_leven');
    expect(domains.find((d: any) => d.key === 'scholing')).toMatchObject({ active: false });
    const phases = (await admin.get('/api/admin/phase-model')).body.phases;
    expect(phases.filter((p: any) => p.active).map((p: any) => p.name)).toEqual(['Scout', 'Quick scan', 'Match & wrap around', 'Coach', 'Uitstroom', 'Nazorg']);
    const closed = (await coach.get(`/api/youth/${w2.enzo.id}/trajectories`)).body.items[0];
    expect(closed.timeline[0].name).toBe('Fase 1 Vertrouwen');
    await t2.close();
  });

  it('sets how many days a contact can still be changed', async () => {
    const admin = await w.as(w.admin);
    const s = (await admin.get('/api/admin/tenant')).body;
    expect(s.contactEditDays).toBe(7);
    const updated = await admin.patch('/api/admin/tenant', { version: s.version, contactEditDays: 14 });
    expect(updated.body.contactEditDays).toBe(14);
    expect((await admin.patch('/api/admin/tenant', { version: updated.body.version, contactEditDays: 400 })).status).toBe(400);
    await admin.patch('/api/admin/tenant', { version: updated.body.version, contactEditDays: 7 });
  });

  it('can require two-factor authentication of everyone, coaches included', async () => {
    const t2 = await startTestApp();
    const w2 = await makeWorld(t2);
    const admin = await w2.as(w2.admin);
    const s = (await admin.get('/api/admin/tenant')).body;
    await admin.patch('/api/admin/tenant', { version: s.version, requireTwoFactorForAll: true });
    expect(await new Client(t2.url).login(w2.coachA.email, w2.coachA.password)).toBe('totp_enrolment');
    await t2.close();
  });
});
