import { randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../test/harness.js';
import { makeWorld } from '../test/world.js';

/**
 * Work (issue 8, first part) over HTTP on a real database: the team's employer network with
 * workplace scans, and the workplaces ranked against a youth's search profile with reasons.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const employer = (over: object = {}) => ({ id: randomUUID(), name: `Restaurant De Haven ${randomUUID().slice(0, 4)}`, town: 'Rotterdam', neighbourhood: 'Kop van Zuid', sector: 'Horeca', size: 'klein', ...over });
const kitchen = (over: object = {}) => ({
  id: randomUUID(), name: 'Keuken', openPlaces: 1,
  traits: { inside_outside: 'first', alone_together: 'second', head_hands: 'second', busy_quiet: 'first' },
  tasks: 'Snijden, afwassen, koken onder begeleiding', instructionStyle: 'Een geduldige chef die elke stap voordoet', ...over,
});

describe('the employer network', () => {
  it('is shared in the tenant: one coach adds an employer after a visit, another sees it with the contact history per coach', async () => {
    const coach = await w.as(w.coachA);
    const input = employer({ csrCovenant: true, contacts: [{ name: 'Youssef', role: 'chef', phone: '010-1234567' }], jobCarving: 'Groente snijden voor de lunch blijft liggen' });
    const made = await coach.post('/api/employers', input);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: input.name, csrCovenant: true, contacts: [{ name: 'Youssef' }], createdBy: { id: w.coachA.id } });
    expect((await coach.post('/api/employers', input)).status).toBe(200);

    expect((await coach.post(`/api/employers/${made.body.id}/contacts`, { id: randomUUID(), happenedOn: '2026-11-20', note: 'Kennismaking; keuken bekeken' })).status).toBe(201);
    const place = await coach.post(`/api/employers/${made.body.id}/workplaces`, kitchen());
    expect(place.status).toBe(201);
    expect(place.body).toMatchObject({ name: 'Keuken', openPlaces: 1, traits: { head_hands: 'second' } });

    const other = await w.as(w.coachB);
    const seen = (await other.get(`/api/employers/${made.body.id}`)).body;
    expect(seen.workplaces.map((p: any) => p.name)).toEqual(['Keuken']);
    expect(seen.history).toEqual([expect.objectContaining({ note: 'Kennismaking; keuken bekeken', author: { id: w.coachA.id, name: 'Coach A' } })]);
    const listed = (await other.get(`/api/employers?q=${encodeURIComponent(input.name.slice(0, 12))}`)).body.items;
    expect(listed.find((e: any) => e.id === made.body.id)).toMatchObject({ workplaces: 1, openPlaces: 1, lastContactOn: '2026-11-20' });

    // Contact persons are personal data: who read or changed the employer is in the access log.
    const log = await t.db.selectFrom('access_log').select(['user_id', 'action', 'record_type']).where('record_id', '=', made.body.id).orderBy('seq').execute();
    expect(log.map((l) => `${l.action} ${l.record_type} ${l.user_id === w.coachB.id ? 'B' : 'A'}`)).toEqual(['create employer A', 'read employer A', 'update employer A', 'read employer B']);
  });

  it('warns about the same name in the same town, and adds it when the coach confirms it is another company', async () => {
    const coach = await w.as(w.coachA);
    const first = (await coach.post('/api/employers', employer({ name: 'Bakkerij Ali', town: 'Rotterdam' }))).body;
    const twin = await coach.post('/api/employers', employer({ name: '  bakkerij   ALI ', town: 'rotterdam' }));
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ code: 'LIKELY_DUPLICATE', details: { existing: [{ id: first.id, name: 'Bakkerij Ali' }] } });
    expect((await coach.post('/api/employers', employer({ name: 'Bakkerij Ali', town: 'Schiedam' }))).status).toBe(201);
    expect((await coach.post('/api/employers', employer({ name: 'Bakkerij Ali', town: 'Rotterdam', confirmDuplicate: true }))).status).toBe(201);
  });

  it('refuses bad input, a stale change and users who do not coach', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.post('/api/employers', employer({ size: 'enorm' }))).status).toBe(400);
    expect((await coach.post('/api/employers', employer({ name: '' }))).body.details.fields[0].path).toBe('body.name');
    const made = (await coach.post('/api/employers', employer())).body;
    expect((await coach.post(`/api/employers/${made.id}/workplaces`, kitchen({ openPlaces: -1 }))).status).toBe(400);
    expect((await coach.post(`/api/employers/${made.id}/workplaces`, kitchen({ traits: { head_hands: 'beide' } }))).status).toBe(400);
    expect((await coach.post(`/api/employers/${made.id}/contacts`, { id: randomUUID(), happenedOn: '2027-01-01', note: 'x' })).body.code).toBe('IN_FUTURE');
    await coach.patch(`/api/employers/${made.id}`, { version: 1, notes: 'Chef is geduldig' });
    const stale = await coach.patch(`/api/employers/${made.id}`, { version: 1, notes: 'Anders' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.notes).toBe('Chef is geduldig');
    const policy = await w.as(w.policy);
    expect((await policy.get('/api/employers')).status).toBe(403);
    expect((await coach.get(`/api/employers/${randomUUID()}`)).status).toBe(404);
  });
});

describe('matching workplaces to a youth', () => {
  it('ranks the workplaces against the search profile and says why each fits or not; the youth’s choice is recorded', async () => {
    const coach = await w.as(w.coachA);
    const youth = (await coach.post('/api/youth', { id: randomUUID(), firstName: 'Ricardo', neighbourhood: 'Hillesluis' })).body;
    const haven = (await coach.post('/api/employers', employer({ name: 'Grand Café Hillesluis' }))).body;
    const keuken = (await coach.post(`/api/employers/${haven.id}/workplaces`, kitchen())).body;
    const office = (await coach.post('/api/employers', employer({ name: 'Administratiekantoor Zuid', sector: 'Zakelijke dienstverlening' }))).body;
    const desk = (await coach.post(`/api/employers/${office.id}/workplaces`, {
      id: randomUUID(), name: 'Backoffice', openPlaces: 0, traits: { head_hands: 'first', alone_together: 'first', busy_quiet: 'second' },
    })).body;
    await coach.put(`/api/youth/${youth.id}/search-profile`, { version: 0, body: {
      dreamJob: 'Kok in een eigen zaak', breadJob: 'Keukenhulp', kindOfWork: 'Koken, snijden, afwassen', companies: ['Grand Café Hillesluis'],
      preferences: { inside_outside: 'first', alone_together: 'second', head_hands: 'second', busy_quiet: 'second', precision_speed: 'either' },
    } });

    const list = (await coach.get(`/api/youth/${youth.id}/matches`)).body;
    expect(list.profileVersion).toBe(1);
    const ids = list.items.map((m: any) => m.workplace.id);
    expect(ids.indexOf(keuken.id)).toBeLessThan(ids.indexOf(desk.id));
    const top = list.items.find((m: any) => m.workplace.id === keuken.id);
    expect(top.reasons).toEqual(expect.arrayContaining([
      { kind: 'pair', pair: 'head_hands', fit: 'for', prefers: 'second', workplace: 'second' },
      { kind: 'named_company', fit: 'for' },
      { kind: 'pair', pair: 'busy_quiet', fit: 'against', prefers: 'second', workplace: 'first' },
    ]));
    expect(list.items.find((m: any) => m.workplace.id === desk.id).reasons).toContainEqual({ kind: 'no_open_places', fit: 'against' });
    // Filters: open places only, a sector.
    expect((await coach.get(`/api/youth/${youth.id}/matches?openOnly=true`)).body.items.map((m: any) => m.workplace.id)).not.toContain(desk.id);
    expect((await coach.get(`/api/youth/${youth.id}/matches?sector=Horeca`)).body.items.every((m: any) => m.workplace.employer.sector === 'Horeca')).toBe(true);

    expect((await coach.put(`/api/youth/${youth.id}/matches/${desk.id}/mark`, { status: 'candidate' })).status).toBe(200);
    expect((await coach.put(`/api/youth/${youth.id}/matches/${desk.id}/mark`, { status: 'chosen' })).status).toBe(200);
    // Ricardo chooses the kitchen: the earlier choice goes back on the short list.
    await coach.put(`/api/youth/${youth.id}/matches/${keuken.id}/mark`, { status: 'chosen', note: 'Wil bij de chef werken' });
    const marked = (await coach.get(`/api/youth/${youth.id}/matches`)).body.items;
    expect(marked.find((m: any) => m.workplace.id === keuken.id).mark).toMatchObject({ status: 'chosen', note: 'Wil bij de chef werken', markedBy: { id: w.coachA.id } });
    expect(marked.find((m: any) => m.workplace.id === desk.id).mark.status).toBe('candidate');

    // The youth's matches are part of the file: another team's coach may not see them, and the read is logged.
    expect((await (await w.as(w.coachB)).get(`/api/youth/${youth.id}/matches`)).status).toBe(403);
    const log = (await coach.get(`/api/youth/${youth.id}/access-log`)).body.items;
    expect(log.some((e: any) => e.recordType === 'matches' && e.action === 'read')).toBe(true);
    expect((await coach.put(`/api/youth/${youth.id}/matches/${randomUUID()}/mark`, { status: 'candidate' })).status).toBe(404);
  });
});

describe('placements', () => {
  async function ricardoAtTheKitchen() {
    const coach = await w.as(w.coachA);
    const youth = (await coach.post('/api/youth', { id: randomUUID(), firstName: 'Ricardo', neighbourhood: 'Hillesluis' })).body;
    const firm = (await coach.post('/api/employers', employer())).body;
    const place = (await coach.post(`/api/employers/${firm.id}/workplaces`, kitchen())).body;
    return { coach, youthId: youth.id as string, workplaceId: place.id as string };
  }

  it('records a trial placement with the agreements, a wage-cost subsidy with its end, a wage-value assessment, an evaluation, and ends it with a reason', async () => {
    const { coach, youthId, workplaceId } = await ricardoAtTheKitchen();
    const id = randomUUID();
    const made = await coach.post(`/api/youth/${youthId}/placements`, {
      id, workplaceId, kind: 'trial', startsOn: '2026-10-01', plannedEndOn: '2026-12-31', supervisorName: 'Youssef', supervisorFunction: 'Chef-kok', hoursPerWeek: 24,
      agreements: {
        working_hours: { agreed: true, note: 'Di–do 9–17' }, training: { agreed: true, note: 'VCA-cursus in november' },
        wage_subsidy: { agreed: true, note: 'Loonkostensubsidie via de gemeente' }, incidents: { agreed: true, note: 'Chef belt de coach dezelfde dag' },
      },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'trial', status: 'running', hoursPerWeek: 24, workplace: { id: workplaceId, name: 'Keuken' }, agreements: { training: { agreed: true, note: 'VCA-cursus in november' } } });

    const subsidy = await coach.post(`/api/youth/${youthId}/placements/${id}/subsidies`, { id: randomUUID(), kind: 'loonkostensubsidie', startsOn: '2026-10-01', endsOn: '2027-03-31' });
    expect(subsidy.body.subsidies).toEqual([expect.objectContaining({ kind: 'loonkostensubsidie', endsOn: '2027-03-31' })]);
    expect((await coach.post(`/api/youth/${youthId}/placements/${id}/subsidies`, { id: randomUUID(), kind: 'loondispensatie', startsOn: '2026-10-01' })).body)
      .toMatchObject({ code: 'SUBSIDY_END_REQUIRED', details: { field: 'endsOn' } });
    expect((await coach.post(`/api/youth/${youthId}/placements/${id}/wage-assessments`, { id: randomUUID(), assessedOn: '2026-11-01', percentage: 60, assessor: 'UWV' })).body.wageAssessments)
      .toEqual([expect.objectContaining({ percentage: 60 })]);
    expect((await coach.post(`/api/youth/${youthId}/placements/${id}/wage-assessments`, { id: randomUUID(), assessedOn: '2026-11-01', percentage: 120 })).status).toBe(400);
    expect((await coach.post(`/api/youth/${youthId}/placements/${id}/evaluations`, { id: randomUUID(), plannedOn: '2026-09-01' })).body.code).toBe('BEFORE_PLACEMENT');
    const evaluated = await coach.post(`/api/youth/${youthId}/placements/${id}/evaluations`, { id: randomUUID(), plannedOn: '2026-11-15', heldOn: '2026-11-16', note: 'Gaat goed; tempo omhoog' });
    expect(evaluated.body.evaluations).toHaveLength(1);

    const noReason = await coach.patch(`/api/youth/${youthId}/placements/${id}`, { version: evaluated.body.version, endedOn: '2026-11-20' });
    expect(noReason.body).toMatchObject({ code: 'END_NEEDS_REASON', details: { field: 'endReason' } });
    const ended = await coach.patch(`/api/youth/${youthId}/placements/${id}`, { version: evaluated.body.version, endedOn: '2026-11-20', endReason: 'regular_job', endNote: 'Vast contract als keukenhulp' });
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'regular_job', version: 2 });
    expect((await coach.patch(`/api/youth/${youthId}/placements/${id}`, { version: 1, hoursPerWeek: 32 })).status).toBe(409);

    // A youth can have several placements over time: the new job next to the trial.
    expect((await coach.post(`/api/youth/${youthId}/placements`, { id: randomUUID(), workplaceId, kind: 'regular_job', startsOn: '2026-11-21' })).status).toBe(201);
    expect((await coach.get(`/api/youth/${youthId}/placements`)).body.items.map((p: any) => p.kind)).toEqual(['regular_job', 'trial']);
  });

  it('refuses an end before the start, an unknown kind or workplace, and another team’s coach', async () => {
    const { coach, youthId, workplaceId } = await ricardoAtTheKitchen();
    const post = (over: object) => coach.post(`/api/youth/${youthId}/placements`, { id: randomUUID(), workplaceId, kind: 'internship', startsOn: '2026-11-01', ...over });
    expect((await post({ plannedEndOn: '2026-10-01' })).body).toMatchObject({ code: 'END_BEFORE_START', details: { field: 'plannedEndOn' } });
    expect((await post({ kind: 'vrijwilligerswerk' })).status).toBe(400);
    expect((await post({ workplaceId: randomUUID() })).body.code).toBe('UNKNOWN_WORKPLACE');
    expect((await post({ hoursPerWeek: 80 })).status).toBe(400);
    expect((await coach.get(`/api/youth/${youthId}/placements`)).body.items).toEqual([]);
    expect((await (await w.as(w.coachB)).get(`/api/youth/${youthId}/placements`)).status).toBe(403);
  });

  it('marks an evaluation moment held with a note; refuses a day in the future or before the start, a stale version and another team’s coach', async () => {
    const { coach, youthId, workplaceId } = await ricardoAtTheKitchen();
    const id = randomUUID();
    await coach.post(`/api/youth/${youthId}/placements`, { id, workplaceId, kind: 'trial', startsOn: '2026-10-01' });
    const evaluationId = randomUUID();
    const planned = await coach.post(`/api/youth/${youthId}/placements/${id}/evaluations`, { id: evaluationId, plannedOn: '2026-11-20' });
    expect(planned.body.evaluations).toEqual([{ id: evaluationId, version: 1, plannedOn: '2026-11-20', heldOn: null, note: '' }]);
    const url = `/api/youth/${youthId}/placements/${id}/evaluations/${evaluationId}`;

    // Today is 23 November 2026: tomorrow has not happened yet; 30 September is before the start.
    expect((await coach.patch(url, { version: 1, heldOn: '2026-11-24' })).body).toMatchObject({
      code: 'IN_FUTURE', message: 'Deze datum ligt in de toekomst.', details: { field: 'heldOn' } });
    expect((await coach.patch(url, { version: 1, heldOn: '2026-09-30' })).body).toMatchObject({
      code: 'BEFORE_PLACEMENT', message: 'Een evaluatie valt niet vóór de start van de plaatsing.', details: { field: 'heldOn' } });
    expect((await coach.patch(url, { version: 1, heldOn: '23-11-2026' })).status).toBe(400);
    expect((await coach.patch(url, { version: 1, note: 'geen datum' })).status).toBe(400);

    // Held three days later than planned, with what came out of it.
    const held = await coach.patch(url, { version: 1, heldOn: '2026-11-23', note: 'Chef tevreden; proefplaatsing verlengen' });
    expect(held.status).toBe(200);
    expect(held.body.evaluations).toEqual([{ id: evaluationId, version: 2, plannedOn: '2026-11-20', heldOn: '2026-11-23', note: 'Chef tevreden; proefplaatsing verlengen' }]);

    // A second coach working from the old page gets 409 with the placement as it is now; nothing is overwritten.
    const stale = await coach.patch(url, { version: 1, heldOn: '2026-11-21' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { evaluations: [{ heldOn: '2026-11-23', version: 2 }] } } });

    // Another placement's evaluation through this placement, an unknown one, or another team's coach.
    expect((await coach.patch(`/api/youth/${youthId}/placements/${id}/evaluations/${randomUUID()}`, { version: 1, heldOn: '2026-11-23' })).status).toBe(404);
    expect((await (await w.as(w.coachB)).patch(url, { version: 2, heldOn: '2026-11-22' })).status).toBe(403);

    // In the file's history and the access log.
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.action === 'update' && e.recordType === 'placement_evaluation')).toBe(true);
    const revision = await t.db.selectFrom('revision').select('changes').where('entity_id', '=', id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(revision.changes).toMatchObject({ 'placement_evaluation.held_on': [null, '2026-11-23'] });
  });
});

describe('the weekly progress form through a personal link', () => {
  async function placed() {
    const coach = await w.as(w.coachA);
    const youth = (await coach.post('/api/youth', { id: randomUUID(), firstName: 'Ricardo', lastName: 'Geheim', neighbourhood: 'Hillesluis' })).body;
    const firm = (await coach.post('/api/employers', employer())).body;
    const place = (await coach.post(`/api/employers/${firm.id}/workplaces`, kitchen())).body;
    const placement = (await coach.post(`/api/youth/${youth.id}/placements`, { id: randomUUID(), workplaceId: place.id, kind: 'trial', startsOn: '2026-10-01' })).body;
    return { coach, youthId: youth.id as string, placementId: placement.id as string, employerName: firm.name as string };
  }
  const week = (weekStart: string, over: object = {}) => ({
    weekStart, supervisorName: 'Youssef', ratings: { op_tijd_komen: { rating: 'seen' }, samenwerken: { rating: 'partly', note: 'Vraagt nog weinig' }, doorzetten: { rating: 'na' } }, ...over,
  });

  it('lets the supervisor fill in the week without an account, seeing only the first name and the placement; the coach sees the trend', async () => {
    const { coach, youthId, placementId, employerName } = await placed();
    const link = await coach.post(`/api/youth/${youthId}/placements/${placementId}/links`, {});
    expect(link.status).toBe(201);
    expect(link.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.body.path).toBe(`/week/${link.body.token}`);
    // Stored hashed: the token itself is nowhere in the database.
    expect(await t.db.selectFrom('supervisor_link').select('id').where('token_hash', '=', link.body.token).executeTakeFirst()).toBeUndefined();

    const chef = new Client(t.url);
    const form = await chef.get(`/api/public/weekly/${link.body.token}`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ firstName: 'Ricardo', employer: employerName, workplace: 'Keuken', weekStart: '2026-11-23', existing: null });
    expect(JSON.stringify(form.body)).not.toContain('Geheim');
    expect(form.body.competencies.map((c: any) => c.label)).toEqual(['Op tijd komen', 'Willen werken', 'Respect tonen', 'Kunnen samenwerken', 'Eerlijk zijn',
      'Ideeën hebben', 'Ondernemend zijn', 'Afspraken nakomen', 'Zelfstandig kunnen werken', 'Doorzetten']);

    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-11-23'))).status).toBe(201);
    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-11-16', { ratings: { op_tijd_komen: { rating: 'not_yet' } } }))).status).toBe(201);
    // Sent again, the week is corrected, not doubled.
    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-11-23', { note: 'Goede week' }))).status).toBe(201);
    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-11-24'))).body.code).toBe('NOT_A_MONDAY');
    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-11-30'))).body.code).toBe('IN_FUTURE');
    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-10-05'))).body.code).toBe('WEEK_TOO_OLD');
    expect((await chef.post(`/api/public/weekly/${link.body.token}`, week('2026-11-23', { ratings: { stiptheid: { rating: 'seen' } } }))).body.code).toBe('UNKNOWN_COMPETENCY');
    // The link opens nothing else of the file.
    expect((await chef.get(`/api/youth/${youthId}`)).status).toBe(401);

    const overview = (await coach.get(`/api/youth/${youthId}/placements/${placementId}/weekly`)).body;
    expect(overview.items.map((f: any) => [f.weekStart, f.filledBy, f.note])).toEqual([['2026-11-23', 'supervisor', 'Goede week'], ['2026-11-16', 'supervisor', '']]);
    expect(overview.trend.find((c: any) => c.key === 'op_tijd_komen')).toMatchObject({ first: 0, latest: 2 });
    expect(overview.links[0]).toMatchObject({ status: 'active', lastUsedAt: expect.any(String) });
    // The coach can fill in a week too, with the supervisor at the table.
    expect((await coach.post(`/api/youth/${youthId}/placements/${placementId}/weekly`, week('2026-11-09'))).body).toMatchObject({ filledBy: 'coach' });

    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    const viaLink = log.filter((e: any) => e.role === 'leidinggevende_link');
    expect(viaLink.map((e: any) => e.action)).toEqual(expect.arrayContaining(['read', 'create']));
    expect(viaLink[0].user).toEqual({ id: null, name: 'Leidinggevende (via persoonlijke link)' });

    // The coach hears of it on the worklist (one item per week sent through the link), until they acknowledge it.
    const heard = (await coach.get('/api/worklist')).body.items.filter((i: any) => i.youthId === youthId && i.kind === 'weekly_form_received');
    expect(heard.map((i: any) => i.facts.weekStart).sort()).toEqual(['2026-11-16', '2026-11-23']);
    expect((await coach.post('/api/worklist/acks', { id: randomUUID(), signalKey: heard[0].key, action: 'acknowledged' })).status).toBe(200);
    expect((await coach.get('/api/worklist')).body.items.find((i: any) => i.key === heard[0].key).ack).toMatchObject({ action: 'acknowledged' });
  });

  it('a revoked link and a wrong token give no data; a link only ever shows its own placement', async () => {
    const a = await placed();
    const b = await placed();
    const linkA = (await a.coach.post(`/api/youth/${a.youthId}/placements/${a.placementId}/links`, { days: 7 })).body;
    const chef = new Client(t.url);
    expect((await chef.get(`/api/public/weekly/${linkA.token}`)).body.employer).toBe(a.employerName);
    expect((await chef.get(`/api/public/weekly/${linkA.token}`)).body.employer).not.toBe(b.employerName);
    expect((await a.coach.post(`/api/youth/${b.youthId}/placements/${a.placementId}/links`, {})).status).toBe(404);

    await a.coach.post(`/api/youth/${a.youthId}/placements/${a.placementId}/links/${linkA.id}/revoke`, {});
    const revoked = await chef.get(`/api/public/weekly/${linkA.token}`);
    expect(revoked.status).toBe(410);
    expect(revoked.body).toMatchObject({ code: 'LINK_REVOKED', message: 'Deze link is ingetrokken. Vraag de coach om een nieuwe link.' });
    expect((await a.coach.post(`/api/youth/${a.youthId}/placements/${a.placementId}/links/${linkA.id}/renew`, { days: 7 })).body.code).toBe('LINK_REVOKED');
    const wrong = await chef.get(`/api/public/weekly/${'x'.repeat(43)}`);
    expect(wrong).toMatchObject({ status: 404, body: { code: 'LINK_INVALID' } });
    const log = (await a.coach.get(`/api/youth/${a.youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.role === 'leidinggevende_link' && e.result === 'denied')).toBe(true);
  });

  it('drafts a certificate from the weeks, the employer confirms it through the link, and it prints as a logged PDF', async () => {
    const { coach, youthId, placementId, employerName } = await placed();
    const link = (await coach.post(`/api/youth/${youthId}/placements/${placementId}/links`, {})).body;
    const chef = new Client(t.url);
    await chef.post(`/api/public/weekly/${link.token}`, week('2026-11-16', { ratings: { op_tijd_komen: { rating: 'partly' }, samenwerken: { rating: 'partly' } } }));
    await chef.post(`/api/public/weekly/${link.token}`, week('2026-11-23', { ratings: { op_tijd_komen: { rating: 'seen' }, samenwerken: { rating: 'partly' }, doorzetten: { rating: 'seen' } } }));

    const draft = await coach.post(`/api/youth/${youthId}/placements/${placementId}/references`, { kind: 'certificate' });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ kind: 'certificate', confirmed: null, conditions: 'Deels gezien, nog in ontwikkeling: kunnen samenwerken.' });
    expect(draft.body.competencies.map((c: any) => c.label)).toEqual(['Op tijd komen', 'Doorzetten']);
    expect(draft.body.body).toContain(`${employerName} verklaart dat Ricardo`);
    const edited = await coach.patch(`/api/youth/${youthId}/placements/${placementId}/references/${draft.body.id}`, { version: 1, competencies: ['op_tijd_komen', 'doorzetten', 'eerlijk_zijn'] });
    expect(edited.body.competencies).toHaveLength(3);
    expect((await coach.patch(`/api/youth/${youthId}/placements/${placementId}/references/${draft.body.id}`, { version: 2, competencies: ['vliegen'] })).body.code).toBe('UNKNOWN_OPTION');

    const seen = (await chef.get(`/api/public/weekly/${link.token}/references`)).body.items;
    expect(seen.map((r: any) => r.id)).toEqual([draft.body.id]);
    expect((await chef.post(`/api/public/weekly/${link.token}/references/${draft.body.id}/confirm`, { name: 'Youssef Amrani', function: '' })).status).toBe(400);
    const confirmed = await chef.post(`/api/public/weekly/${link.token}/references/${draft.body.id}/confirm`, { name: 'Youssef Amrani', function: 'Chef-kok' });
    expect(confirmed.body.confirmed).toMatchObject({ name: 'Youssef Amrani', function: 'Chef-kok' });
    expect((await coach.patch(`/api/youth/${youthId}/placements/${placementId}/references/${draft.body.id}`, { version: 2, body: 'Anders' })).body.code).toBe('REFERENCE_CONFIRMED');

    const pdf = await coach.download(`/api/youth/${youthId}/placements/${placementId}/references/${draft.body.id}/pdf`);
    expect(pdf.status).toBe(200);
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('Certificaat werknemersvaardigheden');
    expect(text).toContain('Ricardo Geheim');
    expect(text).toContain('Eerlijk zijn');
    expect(text).toContain('Youssef Amrani');
    expect(text).toContain('Bevestigd via Spil op 23 november 2026');
    expect(text).not.toContain('CONCEPT');
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.action === 'print' && e.recordType === 'work_reference')).toBe(true);
    expect(log.some((e: any) => e.action === 'update' && e.role === 'leidinggevende_link')).toBe(true);
    // A link shows only its own placement's documents.
    const other = await placed();
    const otherLink = (await other.coach.post(`/api/youth/${other.youthId}/placements/${other.placementId}/links`, {})).body;
    expect((await chef.post(`/api/public/weekly/${otherLink.token}/references/${draft.body.id}/confirm`, { name: 'X', function: 'Y' })).status).toBe(404);
  });

  it('expires after its days, can be renewed, and slows down someone guessing tokens', async () => {
    const { coach, youthId, placementId } = await placed();
    const link = (await coach.post(`/api/youth/${youthId}/placements/${placementId}/links`, {})).body;
    const chef = new Client(t.url);
    t.clock.advance(15 * 86_400_000);
    expect((await chef.get(`/api/public/weekly/${link.token}`)).body.code).toBe('LINK_EXPIRED');
    const fresh = await w.as(w.coachA);
    expect((await fresh.post(`/api/youth/${youthId}/placements/${placementId}/links/${link.id}/renew`, { days: 14 })).body.status).toBe('active');
    expect((await chef.get(`/api/public/weekly/${link.token}`)).status).toBe(200);

    const guesses = [];
    for (let i = 0; i < 21; i++) guesses.push((await chef.get(`/api/public/weekly/${randomUUID().replace(/-/g, '')}guess`)).status);
    expect(guesses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(guesses[20]).toBe(429);
    // While throttled, even the right token waits: guessing is not rewarded.
    expect((await chef.get(`/api/public/weekly/${link.token}`)).status).toBe(429);
  });
});
