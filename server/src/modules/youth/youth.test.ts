import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';
import { makeTeam, makeUser, makeYouth } from '../../seed/factories.js';
import { makeWorld } from '../../test/world.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

describe('registering a youth from a street signal', () => {
  it('needs only a nickname and a neighbourhood, and puts the youth in the coach\'s list', async () => {
    const coach = await w.as(w.coachA);
    const id = randomUUID();
    const res = await coach.post('/api/youth', { id, nickname: 'Kleine Mo', neighbourhood: 'Afrikaanderwijk', signalSource: 'straat' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id, displayName: 'Kleine Mo', neighbourhood: 'Afrikaanderwijk', version: 1, team: { id: w.teamA.id, name: w.teamA.name },
      coaches: [{ id: w.coachA.id, name: 'Coach A' }], registeredBy: { id: w.coachA.id, name: 'Coach A' } });
    const mine = await coach.get('/api/youth?scope=mine');
    expect(mine.body.items.map((y: any) => y.displayName)).toContain('Kleine Mo');
  });

  it('does not register the youth twice when the same request is retried', async () => {
    const coach = await w.as(w.coachA);
    const body = { id: randomUUID(), nickname: 'Retry', neighbourhood: 'Hillesluis' };
    expect((await coach.post('/api/youth', body)).status).toBe(201);
    const again = await coach.post('/api/youth', body);
    expect(again.status).toBe(200);
    const count = await t.db.selectFrom('youth').select((eb) => eb.fn.countAll<number>().as('n')).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses a youth without any name, saying what is missing', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.post('/api/youth', { id: randomUUID(), neighbourhood: 'Feijenoord' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.fields[0].path).toBe('body.nickname');
  });

  it('flags an age outside the method\'s window without refusing it', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.post('/api/youth', { id: randomUUID(), nickname: 'Te oud', birthDate: '1990-01-01' });
    expect(res.status).toBe(201);
    expect(res.body.outsideAgeWindow).toBe(true);
    expect(res.body.age).toBe(36);
  });
});

describe('who may open a youth\'s file', () => {
  it('the assigned coach reads it, and the read is in the access log', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.get(`/api/youth/${w.enzo.id}`);
    expect(res.status).toBe(200);
    expect(res.body.displayName).toBe('Enzo');
    const log = await coach.get(`/api/youth/${w.enzo.id}/access-log`);
    expect(log.body.items.some((e: any) => e.action === 'read' && e.recordType === 'youth' && e.user.id === w.coachA.id)).toBe(true);
  });

  it('a coach of another team gets 403, and the refusal is logged for the youth', async () => {
    const other = await w.as(w.coachB);
    const res = await other.get(`/api/youth/${w.enzo.id}`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const coach = await w.as(w.coachA);
    const log = await coach.get(`/api/youth/${w.enzo.id}/access-log`);
    expect(log.body.items.some((e: any) => e.user.id === w.coachB.id && e.result === 'denied')).toBe(true);
  });

  it('the team lead of the youth\'s team sees the team\'s youth and opens the file', async () => {
    const lead = await w.as(w.lead);
    const team = await lead.get('/api/youth?scope=team');
    expect(team.status).toBe(200);
    expect(team.body.items.map((y: any) => y.id)).toContain(w.enzo.id);
    expect((await lead.get(`/api/youth/${w.enzo.id}`)).status).toBe(200);
  });

  it('a youth of another municipality does not exist for this user (404)', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.get(`/api/youth/${w.stranger.id}`)).status).toBe(404);
  });

  it('the admin and the policy officer cannot open case files', async () => {
    for (const user of [w.admin, w.policy]) {
      const c = await w.as(user);
      expect((await c.get(`/api/youth/${w.enzo.id}`)).status).toBe(403);
    }
  });

  it('search finds by nickname within what the user may see, and is logged', async () => {
    const coachB = await w.as(w.coachB);
    const res = await coachB.get('/api/youth?q=enz');
    expect(res.body.items).toEqual([]);
    const coachA = await w.as(w.coachA);
    const found = await coachA.get('/api/youth?q=ENZ');
    expect(found.body.items.map((y: any) => y.displayName)).toEqual(['Enzo']);
    const searches = await t.db.selectFrom('access_log').select('user_id').where('action', '=', 'search').execute();
    expect(searches.map((s) => s.user_id)).toContain(w.coachA.id);
  });
});

describe('changing a youth\'s record', () => {
  it('keeps the history of who changed which field, and refuses a stale version with 409 and the current record', async () => {
    const coach = await w.as(w.coachA);
    const created = await coach.post('/api/youth', { id: randomUUID(), nickname: 'Jay', neighbourhood: 'Delfshaven' });
    const id = created.body.id;
    const first = await coach.patch(`/api/youth/${id}`, { version: 1, firstName: 'Jayden', phone: '06 12345678' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await coach.patch(`/api/youth/${id}`, { version: 1, firstName: 'Overschreven' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.details.current.firstName).toBe('Jayden');
    const history = await coach.get(`/api/youth/${id}/history`);
    const change = history.body.items.find((h: any) => h.what === 'firstName' && h.to === 'Jayden');
    expect(change).toMatchObject({ kind: 'field', from: null, actor: { id: w.coachA.id } });
    expect((await coach.get(`/api/youth/${id}`)).body.firstName).toBe('Jayden');
  });
});

describe('privacy holes that stay closed', () => {
  it('an id in capitals reads the same file and keeps the access-log chain intact', async () => {
    const { verifyAccessLog } = await import('../../platform/access-log.js');
    const coach = await w.as(w.coachA);
    expect((await coach.get(`/api/youth/${w.enzo.id.toUpperCase()}`)).status).toBe(200);
    const report = (await verifyAccessLog(t.db)).find((r) => r.tenantId === w.tenant.id)!;
    expect(report.brokenAt).toBeNull();
  });

  it('retrying a registration after losing access to the youth does not hand out the file', async () => {
    const coach = await w.as(w.coachA);
    const body = { id: randomUUID(), nickname: 'Overgedragen' };
    await coach.post('/api/youth', body);
    await t.db.updateTable('youth_coach').set({ until: t.clock.now }).where('youth_id', '=', body.id).execute();
    const retry = await coach.post('/api/youth', body);
    expect(retry.status).toBe(403);
  });
});

describe('who coaches the youth', () => {
  it('the team lead hands a youth to another coach with a reason; the old coach loses access, history keeps both', async () => {
    const { makeUser } = await import('../../seed/factories.js');
    const colleague = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Collega A' });
    const coach = await w.as(w.coachA);
    const created = (await coach.post('/api/youth', { id: randomUUID(), nickname: 'Wissel' })).body;
    const lead = await w.as(w.lead);
    const refusedToCoach = await coach.put(`/api/youth/${created.id}/assignment`, { version: created.version, teamId: w.teamA.id, coachIds: [colleague.id], reason: 'x' });
    expect(refusedToCoach.status).toBe(403);
    const res = await lead.put(`/api/youth/${created.id}/assignment`, { version: created.version, teamId: w.teamA.id, coachIds: [colleague.id], reason: 'Caseload Coach A te hoog' });
    expect(res.status).toBe(200);
    expect(res.body.coaches).toEqual([{ id: colleague.id, name: 'Collega A' }]);
    expect((await coach.get(`/api/youth/${created.id}`)).status).toBe(403);
    const history = (await lead.get(`/api/youth/${created.id}/history`)).body.items;
    expect(history.find((h: any) => h.what === 'coachIds')).toMatchObject({ from: [{ id: w.coachA.id, name: 'Coach A' }], to: [{ id: colleague.id, name: 'Collega A' }] });
    expect(history.find((h: any) => h.what === 'assignmentReason')).toMatchObject({ to: 'Caseload Coach A te hoog' });
    const rows = await t.db.selectFrom('youth_coach').selectAll().where('youth_id', '=', created.id).execute();
    expect(rows.map((r) => [r.user_id, r.until === null])).toEqual(expect.arrayContaining([[w.coachA.id, false], [colleague.id, true]]));
  });

  it('refuses a coach from another team', async () => {
    const lead = await w.as(w.lead);
    const enzo = (await lead.get(`/api/youth/${w.enzo.id}`)).body;
    const res = await lead.put(`/api/youth/${w.enzo.id}/assignment`, { version: enzo.version, teamId: w.teamA.id, coachIds: [w.coachB.id], reason: 'x' });
    expect(res.body.code).toBe('COACH_NOT_IN_TEAM');
  });
});

describe('a long list comes a page at a time', () => {
  it('pages Mijn jongeren: running trajectories first, then by name, each youth once, with the total', async () => {
    const team = await makeTeam(t.db, w.tenant.id, 'Wijkteam Paging');
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [team.id], roles: ['coach'] });
    const make = (nickname: string, trajectory?: boolean) => makeYouth(t.db, {
      tenantId: w.tenant.id, teamId: team.id, coachIds: [coach.id], createdBy: coach.id, now: t.clock.now, fields: { nickname },
      ...(trajectory ? { trajectory: { phaseKey: 'vertrouwen', startedDaysAgo: 30, daysInPhase: 10 } } : {}),
    });
    // Names in mixed case: the order ignores case. Two youth with the same name keep a stable order.
    for (const name of ['bram', 'Anouk', 'Zeynep', 'Chris', 'chris', 'Dani', 'Yara']) await make(name, true);
    const closed = await make('Aaron', true);
    await t.db.updateTable('trajectory').set({ status: 'closed', closed_at: t.clock.now }).where('id', '=', closed.trajectoryId!).execute();
    const client = new Client(t.url);
    await client.login(coach.email, coach.password);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: any = await client.get(`/api/youth?scope=mine&limit=3${cursor ? `&after=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(8);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items.map((y: any) => y.displayName));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((n) => n.toLowerCase())).toEqual(['anouk', 'bram', 'chris', 'chris', 'dani', 'yara', 'zeynep', 'aaron']);
    expect(new Set(seen).size).toBe(8);

    // A page that is not there, a wrong size, a coach filter outside the team's list: a clear 400.
    for (const [path, code] of [['/api/youth?after=bm9uc2Vuc2U', 'INVALID_CURSOR'], [`/api/youth?after=${Buffer.from('["0","x","no-id"]').toString('base64url')}`, 'INVALID_CURSOR'],
      ['/api/youth?limit=0', 'VALIDATION_FAILED'], ['/api/youth?limit=201', 'VALIDATION_FAILED'], [`/api/youth?coachId=${coach.id}`, 'COACH_ONLY_IN_TEAM']] as const) {
      const res = await client.get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.code, path).toBe(code);
    }
  });

  it('the team lead lists one coach\'s youth (for a handover), only within the teams they lead', async () => {
    const lead = await w.as(w.lead);
    const ofCoachA = await lead.get(`/api/youth?scope=team&coachId=${w.coachA.id}`);
    expect(ofCoachA.status).toBe(200);
    expect(ofCoachA.body.items.length).toBeGreaterThan(0);
    expect(ofCoachA.body.items.every((y: any) => y.coaches.some((c: any) => c.id === w.coachA.id))).toBe(true);
    expect(ofCoachA.body.total).toBe(ofCoachA.body.items.length);
    // Coach B works in team B, which this lead does not lead: nothing of theirs shows.
    const ofCoachB = await lead.get(`/api/youth?scope=team&coachId=${w.coachB.id}`);
    expect(ofCoachB.body).toMatchObject({ items: [], total: 0, nextCursor: null });
  });
});
