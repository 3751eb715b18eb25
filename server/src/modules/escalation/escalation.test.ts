import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEscalations } from '../../seed/demo-escalation.js';
import { makeUser, makeYouth } from '../../seed/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The opschaal-overleg (IPTA ch. 6 and 2.6) over HTTP on a real database: a team lead brings a
 * knelpunt that the policy officer decides on and marks as a policy change; a coach brings a
 * casus about their own youth, which stays inside that youth's file.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
let manager: { id: string; email: string; password: string };
beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  manager = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, roles: ['organisatiemanager'], name: 'Manager' });
});
afterAll(async () => { await t.close(); });

const bottleneck = (over: object = {}) => ({
  id: randomUUID(), kind: 'bottleneck', title: 'Geen kamers voor jongeren zonder adres',
  question: 'Jongeren zonder vast adres komen niet in aanmerking voor een kamer; zonder kamer geen uitkering en geen werk. Kan de gemeente hiervoor een regeling treffen?', ...over,
});
const tamirCase = (youthId: string, over: object = {}) => ({
  id: randomUUID(), kind: 'case', youthId, title: 'Postadres voor Enzo', question: 'Geen briefadres mogelijk; vraag om een uitzondering zodat hij post kan ontvangen.', ...over,
});

describe('a knelpunt in the opschaal-overleg', () => {
  it('is brought in by the team lead, decided and marked a policy change by the policy officer, with its history', async () => {
    const lead = await w.as(w.lead);
    const input = bottleneck();
    const made = await lead.post('/api/escalations', input);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'bottleneck', youth: null, team: { id: w.teamA.id, name: 'Wijkteam A' }, status: 'open', raisedBy: { id: w.lead.id, name: 'Lead A' }, mayChange: true, version: 1 });
    // A retry after a lost answer gets the same item back.
    const again = await lead.post('/api/escalations', input);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(made.body.id);

    const policy = await w.as(w.policy);
    const open = (await policy.get('/api/escalations?status=open')).body;
    expect(open.items.map((i: any) => i.id)).toContain(made.body.id);
    const decided = await policy.put(`/api/escalations/${made.body.id}`, {
      version: 1, status: 'decided', meetingOn: '2026-11-20', decision: 'Uitzondering: het wijkteam mag een briefadres geven; de afdeling Wonen zoekt tien kamers.',
      actionOwner: 'Afdeling Wonen (mevrouw De Vries)', actionDueOn: '2027-01-15',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', actionOwner: 'Afdeling Wonen (mevrouw De Vries)', actionDueOn: '2027-01-15', overdue: false, version: 2 });

    const done = await policy.put(`/api/escalations/${made.body.id}`, { version: 2, status: 'done', outcome: 'Acht kamers beschikbaar gesteld bij de corporatie.' });
    expect(done.body).toMatchObject({ status: 'done', version: 3 });
    const marked = await policy.put(`/api/escalations/${made.body.id}`, { version: 3, policyChange: true, policyChangeNote: 'Briefadres via het wijkteam is nu vaste regel in de verordening.' });
    expect(marked.body).toMatchObject({ policyChange: true, policyChangeNote: 'Briefadres via het wijkteam is nu vaste regel in de verordening.' });

    const doneList = (await lead.get('/api/escalations?status=done&kind=bottleneck')).body;
    expect(doneList.items.find((i: any) => i.id === made.body.id)).toMatchObject({ policyChange: true, decision: expect.stringContaining('briefadres') });
    const revisions = await t.db.selectFrom('revision').select(['actor_id', 'changes']).where('entity', '=', 'escalation').where('entity_id', '=', made.body.id).orderBy('at').orderBy('id').execute();
    expect(revisions.map((r) => [r.actor_id === w.lead.id ? 'lead' : 'policy', Object.keys(r.changes as object).sort().join(',')])).toEqual([
      ['lead', 'kind,question,team_id,title'],
      ['policy', 'action_due_on,action_owner,decision,meeting_on,status'],
      ['policy', 'outcome,status'],
      ['policy', 'policy_change,policy_change_note'],
    ]);
    // Who brought it in, who listed it and who changed it is on the access log, with no youth.
    const log = await t.db.selectFrom('access_log').select(['user_id', 'action', 'youth_id']).where('record_type', '=', 'escalation').where('record_id', '=', made.body.id).orderBy('seq').execute();
    expect(log.map((l) => [l.user_id === w.lead.id ? 'lead' : 'policy', l.action, l.youth_id])).toEqual([
      ['lead', 'create', null], ['lead', 'read', null], ['policy', 'read', null],
      ['policy', 'update', null], ['policy', 'update', null], ['policy', 'update', null], ['lead', 'read', null],
    ]);
  });

  it('is read by coaches and the organisation manager; changed by deciders and by who raised it; not by the admin', async () => {
    const coachB = await w.as(w.coachB);
    const mine = await coachB.post('/api/escalations', bottleneck({ title: 'Wachtlijst schuldhulp' }));
    expect(mine.status).toBe(201);
    expect(mine.body.team).toMatchObject({ id: w.teamB.id });
    // The coach who raised it may record the decision; another coach may read but not change.
    expect((await coachB.put(`/api/escalations/${mine.body.id}`, { version: 1, meetingOn: '2026-11-20', status: 'decided', decision: 'Voorrang bij schuldhulp voor deelnemers.' })).status).toBe(200);
    const coachA = await w.as(w.coachA);
    expect((await coachA.get(`/api/escalations/${mine.body.id}`)).body).toMatchObject({ title: 'Wachtlijst schuldhulp', mayChange: false });
    const refused = await coachA.put(`/api/escalations/${mine.body.id}`, { version: 2, outcome: 'x' });
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const mgr = await w.as(manager);
    expect((await mgr.get(`/api/escalations/${mine.body.id}`)).body.mayChange).toBe(true);
    expect((await mgr.put(`/api/escalations/${mine.body.id}`, { version: 2, actionOwner: 'Kredietbank' })).status).toBe(200);
    // A team of another person cannot be named as the one who brings it in.
    expect((await coachB.post('/api/escalations', bottleneck({ teamId: w.teamA.id }))).body).toMatchObject({ code: 'TEAM_NOT_YOURS', details: { field: 'teamId' } });

    const admin = await w.as(w.admin);
    expect((await admin.get('/api/escalations')).status).toBe(403);
    expect((await admin.get(`/api/escalations/${mine.body.id}`)).status).toBe(403);
    expect((await admin.post('/api/escalations', bottleneck())).status).toBe(403);
  });
});

describe('a casus in the opschaal-overleg', () => {
  it('is brought in by the coach for their youth, seen by the team lead, and on the youth\'s access log', async () => {
    const coach = await w.as(w.coachA);
    const made = await coach.post('/api/escalations', tamirCase(w.enzo.id, { teamId: w.teamB.id }));
    expect(made.status).toBe(201);
    // A casus belongs to the youth's team, whatever the client sent.
    expect(made.body).toMatchObject({ kind: 'case', youth: { id: w.enzo.id, name: 'Enzo' }, team: { id: w.teamA.id }, mayChange: true });

    const lead = await w.as(w.lead);
    const decided = await lead.put(`/api/escalations/${made.body.id}`, { version: 1, status: 'decided', meetingOn: '2026-11-10', decision: 'Uitzondering toegestaan: postadres bij het wijkteam.', actionOwner: 'Coach A', actionDueOn: '2026-11-20' });
    expect(decided.body).toMatchObject({ status: 'decided', overdue: true });
    const cases = (await lead.get('/api/escalations?kind=case&status=decided')).body;
    expect(cases.items.map((i: any) => i.id)).toEqual([made.body.id]);
    expect(cases.counts).toMatchObject({ decided: 1 });

    const before = await t.db.selectFrom('access_log').select(({ fn }) => fn.countAll<string>().as('n')).where('youth_id', '=', w.enzo.id).where('record_type', '=', 'escalation').executeTakeFirstOrThrow();
    await coach.get('/api/escalations');
    await coach.get(`/api/escalations/${made.body.id}`);
    const log = await t.db.selectFrom('access_log').select(['user_id', 'action', 'record_id', 'result']).where('youth_id', '=', w.enzo.id).where('record_type', '=', 'escalation').orderBy('seq').execute();
    expect(log.slice(0, 2).map((l) => `${l.action} ${l.user_id === w.coachA.id ? 'coach' : 'lead'}`)).toEqual(['create coach', 'update lead']);
    // One entry per youth shown in the list, one for the item opened.
    expect(log.slice(Number(before.n))).toEqual([
      { user_id: w.coachA.id, action: 'read', record_id: w.enzo.id, result: 'allowed' },
      { user_id: w.coachA.id, action: 'read', record_id: made.body.id, result: 'allowed' },
    ]);
  });

  it('stays hidden from a coach of another team and from policy users: not in lists, not by id, not in counts', async () => {
    const coach = await w.as(w.coachA);
    const made = (await coach.post('/api/escalations', tamirCase(w.enzo.id, { title: 'Verborgen casus' }))).body;

    const other = await w.as(w.coachB);
    expect((await other.get('/api/escalations')).body.items.filter((i: any) => i.kind === 'case')).toEqual([]);
    expect((await other.get(`/api/escalations/${made.id}`)).status).toBe(403);
    expect((await other.put(`/api/escalations/${made.id}`, { version: 1, title: 'Overgenomen' })).status).toBe(403);
    expect((await other.post('/api/escalations', tamirCase(w.enzo.id))).status).toBe(403);

    for (const user of [w.policy, manager]) {
      const c = await w.as(user);
      const all = (await c.get('/api/escalations')).body;
      expect(all.items.length).toBeGreaterThan(0);
      expect(all.items.every((i: any) => i.kind === 'bottleneck' && i.youth === null)).toBe(true);
      expect((await c.get('/api/escalations?kind=case')).body).toEqual({ items: [], counts: { open: 0, decided: 0, done: 0 } });
      const byId = await c.get(`/api/escalations/${made.id}`);
      expect(byId.status).toBe(404);
      expect(JSON.stringify(byId.body)).not.toContain('Enzo');
      expect((await c.put(`/api/escalations/${made.id}`, { version: 1, title: 'x' })).status).toBe(404);
      // Bringing in a casus is refused the same way whether the youth exists, is another
      // tenant's or was never there: the answer says nothing about which ids are youth.
      const refusals = await Promise.all([w.enzo.id, w.stranger.id, randomUUID()].map((youthId) => c.post('/api/escalations', tamirCase(youthId, { id: made.id }))));
      expect(refusals.map((r) => r.status)).toEqual([403, 403, 403]);
      expect(new Set(refusals.map((r) => JSON.stringify(r.body))).size).toBe(1);
      expect(refusals[0]!.body).toMatchObject({ code: 'FORBIDDEN', details: { field: 'kind' } });
    }
    const denied = await t.db.selectFrom('access_log').select(['user_id', 'action', 'youth_id']).where('record_id', '=', made.id).where('result', '=', 'denied').execute();
    // A read, a change and a casus about Enzo tried: on Enzo's access log (the unknown youth on none).
    expect(denied.filter((d) => d.user_id === w.policy.id).map((d) => `${d.action} ${d.youth_id === w.enzo.id ? 'enzo' : d.youth_id}`).sort()).toEqual(['create enzo', 'read enzo', 'update enzo']);
    const revisions = await t.db.selectFrom('revision').select('id').where('entity_id', '=', made.id).execute();
    expect(revisions).toHaveLength(1);
  });

  it('needs a youth the coach may access', async () => {
    const coach = await w.as(w.coachA);
    const ofB = await makeYouth(t.db, { tenantId: w.tenant.id, teamId: w.teamB.id, coachIds: [w.coachB.id], createdBy: w.coachB.id, now: t.clock.now, fields: { nickname: 'Bee' } });
    expect((await coach.post('/api/escalations', tamirCase(ofB.id))).status).toBe(403);
    expect((await coach.post('/api/escalations', tamirCase(w.stranger.id))).status).toBe(404);
    expect((await coach.post('/api/escalations', { ...tamirCase(w.enzo.id), youthId: undefined })).body).toMatchObject({ code: 'CASE_NEEDS_YOUTH', details: { field: 'youthId' } });
  });
});

describe('bad input', () => {
  it('gets a 400 or 409 with a stable code, and writes nothing', async () => {
    const lead = await w.as(w.lead);
    const withYouth = await lead.post('/api/escalations', bottleneck({ youthId: w.enzo.id }));
    expect(withYouth).toMatchObject({ status: 400, body: { code: 'BOTTLENECK_HAS_YOUTH', details: { field: 'youthId' } } });
    expect(withYouth.body.message).toMatch(/knelpunt/i);
    expect((await lead.post('/api/escalations', bottleneck({ title: '  ' }))).body.code).toBe('VALIDATION_FAILED');
    expect((await lead.post('/api/escalations', bottleneck({ kind: 'anders' }))).status).toBe(400);
    expect((await lead.get('/api/escalations?status=klaar')).status).toBe(400);

    const item = (await lead.post('/api/escalations', bottleneck({ title: 'Geen vervoer naar werk' }))).body;
    const put = (body: object) => lead.put(`/api/escalations/${item.id}`, body);
    expect((await put({ version: 1, status: 'decided', meetingOn: '2026-11-20' })).body).toMatchObject({ code: 'DECISION_REQUIRED', details: { field: 'decision' } });
    expect((await put({ version: 1, status: 'decided', decision: 'OV-kaart' })).body).toMatchObject({ code: 'MEETING_DATE_REQUIRED', details: { field: 'meetingOn' } });
    expect((await put({ version: 1, meetingOn: '2026-11-20', actionDueOn: '2026-11-19' })).body).toMatchObject({ code: 'DUE_BEFORE_MEETING', details: { field: 'actionDueOn' } });
    expect((await put({ version: 1, status: 'done', outcome: 'Gelukt' }))).toMatchObject({ status: 409, body: { code: 'STATUS_STEP' } });
    expect((await put({ version: 1, policyChange: true, policyChangeNote: 'Regel' })).body.code).toBe('POLICY_CHANGE_NEEDS_DECISION');
    expect((await put({ version: 1, meetingOn: '2026-02-31' })).body.code).toBe('VALIDATION_FAILED');
    expect((await put({ version: 1, kind: 'case' })).body.code).toBe('VALIDATION_FAILED');
    const unchanged = (await lead.get(`/api/escalations/${item.id}`)).body;
    expect(unchanged).toMatchObject({ version: 1, status: 'open', meetingOn: null, decision: null });

    expect((await put({ version: 1, status: 'decided', meetingOn: '2026-11-20', decision: 'OV-kaart voor deelnemers.' })).status).toBe(200);
    expect((await put({ version: 2, policyChange: true })).body).toMatchObject({ code: 'POLICY_CHANGE_NOTE_REQUIRED', details: { field: 'policyChangeNote' } });
    expect((await put({ version: 2, status: 'decided', decision: '' })).body.code).toBe('DECISION_REQUIRED');
    const stale = await put({ version: 1, outcome: 'Te laat' });
    expect(stale).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT', details: { current: { id: item.id, version: 2, decision: 'OV-kaart voor deelnemers.' } } } });

    // The same id with another content is not a retry: refused, and the first one stays as it was.
    const changed = await lead.post('/api/escalations', { ...bottleneck({ title: 'Geen bus naar werk' }), id: item.id });
    expect(changed).toMatchObject({ status: 409, body: { code: 'ID_IN_USE' } });
    expect(changed.body.message).toMatch(/ander/);
    expect((await lead.get(`/api/escalations/${item.id}`)).body).toMatchObject({ version: 2, title: 'Geen vervoer naar werk' });

    // A save that changes nothing keeps the version and writes no revision.
    const revisionsBefore = await t.db.selectFrom('revision').select('id').where('entity_id', '=', item.id).execute();
    expect((await put({ version: 2, decision: 'OV-kaart voor deelnemers.', actionOwner: '' })).body).toMatchObject({ version: 2 });
    expect(await t.db.selectFrom('revision').select('id').where('entity_id', '=', item.id).execute()).toHaveLength(revisionsBefore.length);

    const taken = await w.as(w.coachB);
    expect((await taken.post('/api/escalations', bottleneck({ id: item.id }))).body.code).toBe('ID_IN_USE');
    expect((await lead.get(`/api/escalations/${randomUUID()}`)).status).toBe(404);
  });
});

describe('the lists', () => {
  it('show newest first per status, with who acts by when and overdue actions marked', async () => {
    const lead = await w.as(w.lead);
    const first = (await lead.post('/api/escalations', bottleneck({ title: 'Eerste' }))).body;
    t.clock.advance(60_000);
    const second = (await lead.post('/api/escalations', bottleneck({ title: 'Tweede' }))).body;
    const open = (await lead.get('/api/escalations?status=open')).body.items.map((i: any) => i.id);
    expect(open.indexOf(second.id)).toBeLessThan(open.indexOf(first.id));
    expect(open.indexOf(first.id)).toBeGreaterThanOrEqual(0);

    await lead.put(`/api/escalations/${first.id}`, { version: 1, status: 'decided', meetingOn: '2026-11-01', decision: 'Doen', actionOwner: 'Wethouder', actionDueOn: '2026-11-15' });
    const decided = (await lead.get('/api/escalations?status=decided')).body;
    expect(decided.items.find((i: any) => i.id === first.id)).toMatchObject({ actionOwner: 'Wethouder', actionDueOn: '2026-11-15', overdue: true });
    expect(decided.items.every((i: any) => i.status === 'decided')).toBe(true);
    expect(decided.counts.decided).toBe(decided.items.length);
  });
});

describe('the demo items', () => {
  it('fit the rules: a decided knelpunt with its overdue action, Tamir\'s decided casus for his coach, an open knelpunt', async () => {
    const tamir = await makeYouth(t.db, { tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now, fields: { first_name: 'Tamir' } });
    await seedDemoEscalations(t.db, { tenantId: w.tenant.id, now: t.clock.now, teamleadId: w.lead.id, coachId: w.coachA.id, teamId: w.teamA.id, tamirId: tamir.id });
    const coach = await w.as(w.coachA);
    const decided = (await coach.get('/api/escalations?status=decided')).body.items;
    expect(decided.find((i: any) => i.title === 'Geen kamers voor jongeren zonder adres')).toMatchObject({ kind: 'bottleneck', overdue: true, actionOwner: 'Afdeling Wonen, gemeente' });
    expect(decided.find((i: any) => i.title === 'Postadres voor Tamir')).toMatchObject({ kind: 'case', youth: { id: tamir.id }, overdue: false, decision: expect.stringContaining('Uitzondering toegestaan') });
    expect((await coach.get('/api/escalations?status=open')).body.items.find((i: any) => i.title === 'Drie maanden wachten op schuldhulp')).toMatchObject({ kind: 'bottleneck' });
    const policy = await w.as(w.policy);
    expect((await policy.get('/api/escalations')).body.items.some((i: any) => i.title === 'Postadres voor Tamir')).toBe(false);
  });
});
