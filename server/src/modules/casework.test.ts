import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { makeWorld } from '../test/world.js';
import { makeYouth } from '../seed/factories.js';

/**
 * The coach's daily casework as one story (issue 5): a wijkagent reports Enzo, the team lead
 * assigns him, the coach keeps trying to reach him, meets him, ticks the scout conditions,
 * and records contacts, an incident and appointments — all in one timeline.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(t.clock.now.getTime() - ms).toISOString();

async function newYouth(nickname = `J${randomUUID().slice(0, 5)}`) {
  const coach = await w.as(w.coachA);
  const youth = (await coach.post('/api/youth', { id: randomUUID(), nickname, neighbourhood: 'Feijenoord' })).body;
  await coach.post(`/api/youth/${youth.id}/trajectories`, { id: randomUUID() });
  return { coach, youthId: youth.id as string };
}

/** The kinds of signal the coach's worklist shows for one youth (who needs contact is there, beside the appointments). */
async function signalsOf(coach: Awaited<ReturnType<typeof w.as>>, youthId: string) {
  const items: { youthId: string | null; kind: string; facts: Record<string, unknown> }[] = (await coach.get('/api/worklist')).body.items;
  return items.filter((i) => i.youthId === youthId);
}

describe('signals and the intake queue', () => {
  it('a wijkagent\'s report waits for the team lead, who sees caseloads and a likely duplicate, and assigns a coach', async () => {
    const coach = await w.as(w.coachA);
    const reported = await coach.post('/api/signals', {
      id: randomUUID(), teamId: w.teamA.id, source: 'wijkagent', reporterName: 'Wijkagent Bakker', reporterOrganisation: 'Politie',
      vindplaats: 'Snackbar aan de Beijerlandselaan', reason: 'Hangt elke avond op straat', reportedOn: '2026-11-20',
      youth: { firstName: 'enzo', birthDate: '2006-02-03', neighbourhood: 'Feijenoord' },
    });
    expect(reported.status).toBe(201);
    // The reporting coach coaches Enzo, so may be warned about him.
    expect(reported.body.possibleDuplicates.map((d: any) => d.youthId)).toEqual([w.enzo.id]);

    const lead = await w.as(w.lead);
    const queue = await lead.get(`/api/teams/${w.teamA.id}/intake`);
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((s: any) => s.id === reported.body.id);
    expect(item).toMatchObject({ status: 'open', source: 'wijkagent', possibleDuplicates: [{ youthId: w.enzo.id, reasons: ['first_name', 'birth_date', 'neighbourhood'] }] });
    expect(queue.body.coaches).toEqual([expect.objectContaining({ id: w.coachA.id, caseloadLimit: 20, activeCaseload: expect.any(Number) })]);

    const assigned = await lead.post(`/api/signals/${item.id}/assign`, { version: item.version, coachId: w.coachA.id });
    expect(assigned.body).toMatchObject({ status: 'assigned', assignedCoach: { id: w.coachA.id } });
    const youth = (await coach.get(`/api/youth/${assigned.body.youthId}`)).body;
    expect(youth).toMatchObject({ firstName: 'enzo', signalSource: 'wijkagent', vindplaats: 'Snackbar aan de Beijerlandselaan', coaches: [{ id: w.coachA.id }] });
    const trajectories = (await coach.get(`/api/youth/${youth.id}/trajectories`)).body.items;
    expect(trajectories[0].currentPhase.key).toBe('vertrouwen');
    expect((await lead.get(`/api/teams/${w.teamA.id}/intake`)).body.items.some((s: any) => s.id === item.id)).toBe(false);
    const again = await lead.post(`/api/signals/${item.id}/assign`, { version: assigned.body.version, coachId: w.coachA.id });
    expect(again.body.code).toBe('SIGNAL_HANDLED');
  });

  it('links a signal to the known youth instead of registering a second one', async () => {
    const coach = await w.as(w.coachA);
    const s = (await coach.post('/api/signals', { id: randomUUID(), teamId: w.teamA.id, source: 'school', reportedOn: '2026-11-21', youth: { firstName: 'Enzo' } })).body;
    const lead = await w.as(w.lead);
    const linked = await lead.post(`/api/signals/${s.id}/assign`, { version: s.version, coachId: w.coachA.id, linkYouthId: w.enzo.id });
    expect(linked.body).toMatchObject({ youthId: w.enzo.id, youthName: 'Enzo' });
  });

  it('only the team lead of the team sees the queue; a coach of another team cannot report into it', async () => {
    expect((await (await w.as(w.coachA)).get(`/api/teams/${w.teamA.id}/intake`)).status).toBe(403);
    const res = await (await w.as(w.coachB)).post('/api/signals', { id: randomUUID(), teamId: w.teamA.id, source: 'straat', reportedOn: '2026-11-21', youth: { nickname: 'X' } });
    expect(res.status).toBe(403);
  });

  it('refuses a signal without any name, from the future, or from an unknown source', async () => {
    const coach = await w.as(w.coachA);
    const base = { teamId: w.teamA.id, source: 'straat', reportedOn: '2026-11-21', youth: { nickname: 'Mo' } };
    expect((await coach.post('/api/signals', { ...base, id: randomUUID(), youth: { neighbourhood: 'Feijenoord' } })).body.code).toBe('NAME_REQUIRED');
    expect((await coach.post('/api/signals', { ...base, id: randomUUID(), reportedOn: '2026-12-01' })).body.code).toBe('IN_FUTURE');
    expect((await coach.post('/api/signals', { ...base, id: randomUUID(), source: 'roddel' })).body.code).toBe('UNKNOWN_OPTION');
  });
});

describe('reaching the youth', () => {
  it('six WhatsApp tries and two home visits: the count and days since registration stay in sight', async () => {
    const { coach, youthId } = await newYouth('Onbereikbaar');
    t.clock.advance(21 * 24 * HOUR);
    const c = await w.as(w.coachA);
    for (let i = 0; i < 6; i++) {
      const r = await c.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: ago((20 - i * 3) * 24 * HOUR), channel: 'whatsapp', outcome: 'geen_reactie' });
      expect(r.status).toBe(201);
    }
    for (const days of [10, 2]) await c.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: ago(days * 24 * HOUR), channel: 'huisbezoek', outcome: 'niet_thuis', note: 'Moeder gesproken' });
    const list = (await c.get(`/api/youth/${youthId}/attempts`)).body;
    expect(list).toMatchObject({ count: 8, daysSinceRegistration: 21 });
    expect(list.items[0]).toMatchObject({ channel: 'huisbezoek', note: 'Moeder gesproken' });
    const mine = (await c.get('/api/youth?scope=mine')).body.items.find((y: any) => y.id === youthId);
    expect(mine).toMatchObject({ attempts: 8, daysSinceRegistration: 21, lastContactAt: null });
    expect(await signalsOf(c, youthId)).toContainEqual(expect.objectContaining({ kind: 'unanswered_attempts', facts: { attempts: 8, days: 20 } }));
    void coach;
  });

  it('each card in the list shows the tries so far and the last time the youth was really reached, as they are recorded', async () => {
    const { youthId } = await newYouth('Kaartje');
    t.clock.advance(7 * 24 * HOUR);
    const c = await w.as(w.coachA);
    const card = async () => (await c.get('/api/youth?scope=mine')).body.items.find((y: any) => y.id === youthId);
    expect(await card()).toMatchObject({ attempts: 0, lastContactAt: null });
    expect((await c.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: ago(5 * 24 * HOUR), channel: 'whatsapp', outcome: 'geen_reactie' })).status).toBe(201);
    expect(await card()).toMatchObject({ attempts: 1, lastContactAt: null, daysSinceContact: null });
    const reachedAt = ago(3 * 24 * HOUR);
    expect((await c.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: reachedAt, channel: 'whatsapp', outcome: 'gesproken' })).status).toBe(201);
    expect(await card()).toMatchObject({ attempts: 2, lastContactAt: reachedAt, daysSinceContact: 3 });
    const metAt = ago(24 * HOUR);
    expect((await c.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: metAt, mode: 'whatsapp', withWhom: ['jongere'] })).status).toBe(201);
    expect(await card()).toMatchObject({ attempts: 2, lastContactAt: metAt, daysSinceContact: 1 });
  });

  it('refuses an attempt in the future or through an unknown channel', async () => {
    const { coach, youthId } = await newYouth();
    const future = await coach.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: new Date(t.clock.now.getTime() + HOUR).toISOString(), channel: 'whatsapp', outcome: 'geen_reactie' });
    expect(future).toMatchObject({ status: 400, body: { code: 'IN_FUTURE', details: { field: 'at' } } });
    const channel = await coach.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: ago(HOUR), channel: 'postduif', outcome: 'geen_reactie' });
    expect(channel).toMatchObject({ status: 400, body: { code: 'UNKNOWN_OPTION', details: { field: 'channel' } } });
  });

  it('records the kennismaking at a place the youth chose', async () => {
    const { coach, youthId } = await newYouth();
    const k = await coach.post(`/api/youth/${youthId}/kennismaking`, {
      id: randomUUID(), heldAt: ago(2 * HOUR), place: 'Snackbar De Kroket (zijn keuze)', youthExpectations: 'Een baan',
      coachExpectations: 'Elke week afspreken', urgentMatters: 'Zorgverzekering geregeld', selfDescription: 'Heb je een baan voor me?',
    });
    expect(k.status).toBe(201);
    expect((await coach.get(`/api/youth/${youthId}/kennismaking`)).body.items[0]).toMatchObject({ place: 'Snackbar De Kroket (zijn keuze)', selfDescription: 'Heb je een baan voor me?' });
  });
});

describe('contacts, 5G and the scaling question', () => {
  it('records a contact with a 5G note and a scaling score, and plots the scores over time', async () => {
    const { coach, youthId } = await newYouth();
    for (const [days, score] of [[14, 3], [7, 5], [0, 6]] as const) {
      const r = await coach.post(`/api/youth/${youthId}/contacts`, {
        id: randomUUID(), happenedAt: ago(days * 24 * HOUR + HOUR), mode: 'face_to_face', withWhom: ['jongere'], durationMinutes: 45,
        note: 'Gesprek over thuis', principles: ['aandacht_geven', 'normaliseren'], scalingScore: score, scalingTopic: 'Hoe gaat het thuis',
        ...(days === 7 ? { fiveG: { gebeurtenis: 'Ruzie met vader', gedachten: 'Hij snapt me niet', gevoelens: 'Boos', gedrag: 'Deur dichtgeslagen', gevolg: 'Bij neef geslapen' } } : {}),
      });
      expect(r.status).toBe(201);
    }
    const series = (await coach.get(`/api/youth/${youthId}/scaling`)).body.items;
    expect(series.map((s: any) => s.score)).toEqual([3, 5, 6]);
  });

  it('refuses scaling score 11 and an unknown working principle', async () => {
    const { coach, youthId } = await newYouth();
    const base = { happenedAt: ago(HOUR), mode: 'telefoon', withWhom: ['jongere'] };
    expect((await coach.post(`/api/youth/${youthId}/contacts`, { ...base, id: randomUUID(), scalingScore: 11 })).status).toBe(400);
    const tag = await coach.post(`/api/youth/${youthId}/contacts`, { ...base, id: randomUUID(), principles: ['toveren'] });
    expect(tag).toMatchObject({ status: 400, body: { code: 'UNKNOWN_OPTION', details: { field: 'principles' } } });
  });

  it('can be changed within seven days (history kept); after that only amended with a visible addendum', async () => {
    const { coach, youthId } = await newYouth();
    const c = (await coach.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: ago(HOUR), mode: 'whatsapp', withWhom: ['jongere'], note: 'Eerst' })).body;
    const changed = await coach.patch(`/api/contacts/${c.id}`, { version: c.version, note: 'Verbeterd' });
    expect(changed.body).toMatchObject({ note: 'Verbeterd', version: 2, editable: true });
    const history = (await coach.get(`/api/youth/${youthId}/history`)).body.items;
    expect(history.find((h: any) => h.what === 'note')).toMatchObject({ from: 'Eerst', to: 'Verbeterd' });

    t.clock.advance(8 * 24 * HOUR);
    const later = await w.as(w.coachA);
    const refused = await later.patch(`/api/contacts/${c.id}`, { version: 2, note: 'Stilletjes anders' });
    expect(refused).toMatchObject({ status: 409, body: { code: 'EDIT_WINDOW_PASSED' } });
    const amended = await later.post(`/api/contacts/${c.id}/addenda`, { id: randomUUID(), text: 'Aanvulling: ook over school gesproken' });
    expect(amended.body).toMatchObject({ note: 'Verbeterd', editable: false, addenda: [{ text: 'Aanvulling: ook over school gesproken', author: { id: w.coachA.id } }] });
  });
});

describe('incidents', () => {
  it('shows the minutes until the coach was there, and refuses an arrival before the report', async () => {
    const { coach, youthId } = await newYouth();
    const bad = await coach.post(`/api/youth/${youthId}/incidents`, { id: randomUUID(), reportedAt: ago(HOUR), coachArrivedAt: ago(2 * HOUR), place: 'werk', what: 'Ruzie met collega' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'ARRIVED_BEFORE_REPORT' } });
    const open = (await coach.post(`/api/youth/${youthId}/incidents`, { id: randomUUID(), reportedAt: ago(HOUR), place: 'werk', what: 'Ruzie met collega in de keuken' })).body;
    expect(open.responseMinutes).toBeNull();
    const arrived = await coach.patch(`/api/incidents/${open.id}`, { version: open.version, coachArrivedAt: ago(HOUR - 25 * 60_000), agreed: 'Excuses aangeboden, morgen gesprek met chef' });
    expect(arrived.body).toMatchObject({ responseMinutes: 25, agreed: 'Excuses aangeboden, morgen gesprek met chef' });
  });
});

describe('appointments and the coach\'s home', () => {
  it('shows today\'s and this week\'s appointments; held makes the contact in one tap; a no-show is recorded', async () => {
    const { coach, youthId } = await newYouth('Agenda');
    const inTwoHours = new Date(t.clock.now.getTime() + 2 * HOUR).toISOString();
    const nextWeek = new Date(t.clock.now.getTime() + 3 * 24 * HOUR).toISOString();
    const today = (await coach.post(`/api/youth/${youthId}/appointments`, { id: randomUUID(), startsAt: inTwoHours, place: 'Buurthuis', purpose: 'Cv maken' })).body;
    const later = (await coach.post(`/api/youth/${youthId}/appointments`, { id: randomUUID(), startsAt: nextWeek, purpose: 'Naar de schuldhulp' })).body;
    let home = (await coach.get('/api/home')).body;
    expect((await signalsOf(coach, youthId)).map((s) => s.kind)).toContain('no_contact');
    expect(home.today.map((a: any) => a.id)).toContain(today.id);
    expect(home.thisWeek.map((a: any) => a.id)).toContain(later.id);

    const early = await coach.post(`/api/appointments/${today.id}/held`, { version: today.version, contactId: randomUUID() });
    expect(early.body.code).toBe('APPOINTMENT_NOT_YET');
    t.clock.advance(3 * HOUR);
    const c2 = await w.as(w.coachA);
    const held = await c2.post(`/api/appointments/${today.id}/held`, { version: today.version, contactId: randomUUID(), scalingScore: 7, scalingTopic: 'Motivatie' });
    expect(held.body).toMatchObject({ status: 'held', contactId: expect.any(String) });
    const contact = (await c2.get(`/api/contacts/${held.body.contactId}`)).body;
    expect(contact).toMatchObject({ mode: 'face_to_face', withWhom: ['jongere'], durationMinutes: 60, scalingScore: 7, appointmentId: today.id });
    expect((await c2.post(`/api/appointments/${today.id}/no-show`, { version: held.body.version })).body.code).toBe('APPOINTMENT_SETTLED');
    const noShow = await c2.post(`/api/appointments/${later.id}/no-show`, { version: later.version });
    expect(noShow.body.status).toBe('no_show');
    // The appointment held is a contact: the youth no longer waits for one.
    expect((await signalsOf(c2, youthId)).map((s) => s.kind)).not.toContain('no_contact');
  });
});

describe('the timeline of a youth', () => {
  it('merges everything newest first, filters by kind, and pages through thousands quickly', async () => {
    const { coach, youthId } = await newYouth('Tijdlijn');
    await coach.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at: ago(50 * HOUR), channel: 'telefoon', outcome: 'gesproken' });
    await coach.post(`/api/youth/${youthId}/incidents`, { id: randomUUID(), reportedAt: ago(30 * HOUR), place: 'thuis', what: 'Ruzie thuis' });
    // Many contacts, written in one go, as a long trajectory would have.
    await t.db.insertInto('contact').values(Array.from({ length: 120 }, (_, i) => ({
      tenant_id: w.tenant.id, id: randomUUID(), youth_id: youthId, happened_at: ago((i + 1) * 10 * 60_000), mode: 'whatsapp',
      with_whom: ['jongere'], principles: [], author_id: w.coachA.id, created_at: t.clock.now,
    }))).execute();

    const first = (await coach.get(`/api/youth/${youthId}/timeline?limit=50`)).body;
    expect(first.items).toHaveLength(50);
    const times = first.items.map((i: any) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
    let seen = first.items.length;
    let cursor = first.nextCursor;
    const kinds = new Set(first.items.map((i: any) => i.kind));
    while (cursor) {
      const next = (await coach.get(`/api/youth/${youthId}/timeline?limit=50&before=${cursor}`)).body;
      next.items.forEach((i: any) => kinds.add(i.kind));
      seen += next.items.length;
      cursor = next.nextCursor;
    }
    expect(seen).toBe(120 + 1 + 1 + 1); // contacts, attempt, incident, the trajectory's start
    expect([...kinds].sort()).toEqual(['attempt', 'contact', 'incident', 'phase']);

    const filtered = (await coach.get(`/api/youth/${youthId}/timeline?kinds=incident,attempt`)).body;
    expect(filtered.items.map((i: any) => i.kind)).toEqual(['incident', 'attempt']);
    expect(filtered.items[0]).toMatchObject({ actor: { id: w.coachA.id }, data: { what: 'Ruzie thuis', place: 'thuis' } });
    expect((await coach.get(`/api/youth/${youthId}/timeline?kinds=roddel`)).status).toBe(400);
    expect((await coach.get(`/api/youth/${youthId}/timeline?before=nonsense`)).body.code).toBe('INVALID_CURSOR');
  });

  it('is refused, and the refusal logged, for a coach of another team', async () => {
    const { youthId } = await newYouth();
    const other = await w.as(w.coachB);
    for (const path of ['timeline', 'attempts', 'scaling', 'incidents', 'appointments', 'kennismaking']) {
      expect((await other.get(`/api/youth/${youthId}/${path}`)).status).toBe(403);
    }
    const denied = await t.db.selectFrom('access_log').select('record_type').where('youth_id', '=', youthId).where('result', '=', 'denied').execute();
    expect(denied.map((d) => d.record_type).sort()).toEqual(['appointment', 'contact_attempt', 'incident', 'kennismaking', 'scaling', 'timeline']);
  });
});

describe('holes that stay closed (review of the casework)', () => {
  it('a signal about a known youth goes to that youth\'s team only', async () => {
    const coach = await w.as(w.coachA);
    const res = await coach.post('/api/signals', { id: randomUUID(), teamId: w.teamB.id, youthId: w.enzo.id, source: 'school', reportedOn: '2026-11-20' });
    expect([400, 403]).toContain(res.status);
  });

  it('warns about a likely duplicate elsewhere in the municipality without naming it', async () => {
    const coachB = await w.as(w.coachB);
    const res = await coachB.post('/api/signals', { id: randomUUID(), teamId: w.teamB.id, source: 'straat', reportedOn: '2026-11-20', youth: { firstName: 'Énzo', birthDate: '2006-02-03' } });
    expect(res.body.possibleDuplicates).toEqual([]);
    expect(res.body.possibleDuplicatesElsewhere).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(res.body)).not.toContain(w.enzo.id);
  });

  it('timeline: an empty or repeated kind list is handled, and paging loses nothing at equal times across kinds', async () => {
    const { coach, youthId } = await newYouth();
    expect((await coach.get(`/api/youth/${youthId}/timeline?kinds=,`)).status).toBe(400);
    const at = ago(HOUR);
    for (let i = 0; i < 3; i++) {
      await coach.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at, channel: 'whatsapp', outcome: 'geen_reactie' });
      await coach.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: at, mode: 'whatsapp', withWhom: ['jongere'] });
    }
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: any = (await coach.get(`/api/youth/${youthId}/timeline?kinds=contact,attempt,contact&limit=1${cursor ? `&before=${cursor}` : ''}`)).body;
      page.items.forEach((i: any) => ids.add(i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.size).toBe(6);
  });

  it('refuses a year outside 2000–2100 instead of storing it wrongly', async () => {
    const { coach, youthId } = await newYouth();
    for (const at of ['0001-01-01T00:00:00Z', '9999-01-01T00:00:00Z']) {
      expect((await coach.post(`/api/youth/${youthId}/attempts`, { id: randomUUID(), at, channel: 'whatsapp', outcome: 'geen_reactie' })).status).toBe(400);
    }
  });

  it('marking held with another contact\'s id is refused; the same "held" sent twice gives the same answer', async () => {
    const { coach, youthId } = await newYouth();
    const other = (await coach.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: ago(HOUR), mode: 'telefoon', withWhom: ['jongere'] })).body;
    const a = (await coach.post(`/api/youth/${youthId}/appointments`, { id: randomUUID(), startsAt: ago(2 * HOUR), purpose: 'Gesprek' })).body;
    expect((await coach.post(`/api/appointments/${a.id}/held`, { version: a.version, contactId: other.id })).status).toBe(409);
    const body = { version: a.version, contactId: randomUUID() };
    const first = await coach.post(`/api/appointments/${a.id}/held`, body);
    const retry = await coach.post(`/api/appointments/${a.id}/held`, body);
    expect(first.status).toBe(200);
    expect(retry.body).toEqual(first.body);
  });

  it('an addendum id taken elsewhere is refused instead of silently dropped', async () => {
    const { coach, youthId } = await newYouth();
    const c1 = (await coach.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: ago(HOUR), mode: 'telefoon', withWhom: ['jongere'] })).body;
    const c2 = (await coach.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: ago(HOUR), mode: 'telefoon', withWhom: ['jongere'] })).body;
    const addendumId = randomUUID();
    await coach.post(`/api/contacts/${c1.id}/addenda`, { id: addendumId, text: 'Eerste' });
    expect((await coach.post(`/api/contacts/${c2.id}/addenda`, { id: addendumId, text: 'Tweede' })).status).toBe(409);
  });

  it('an unchanged edit of a contact writes no history', async () => {
    const { coach, youthId } = await newYouth();
    const fiveG = { gebeurtenis: 'a', gedachten: 'b', gevoelens: 'c', gedrag: 'd', gevolg: 'e' };
    const happenedAt = ago(HOUR);
    const c = (await coach.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt, mode: 'telefoon', withWhom: ['jongere'], fiveG })).body;
    await coach.patch(`/api/contacts/${c.id}`, { version: c.version, fiveG, happenedAt });
    const history = (await coach.get(`/api/youth/${youthId}/history`)).body.items;
    expect(history.filter((h: any) => h.what === 'fiveG' || h.what === 'happenedAt').map((h: any) => [h.what, h.from, h.to])).toEqual([]);
  });

  it('a contactmoment with answers off their lists is refused naming the first one, and nothing is written', async () => {
    const { coach, youthId } = await newYouth();
    const id = randomUUID();
    const refused = await coach.post(`/api/youth/${youthId}/contacts`, {
      id, happenedAt: ago(HOUR), mode: 'whatsapp', withWhom: ['jongere', 'marsmannetje'], principles: ['toveren'],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'UNKNOWN_OPTION', details: { field: 'withWhom', value: 'marsmannetje' } });
    expect(await t.db.selectFrom('contact').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    const fine = await coach.post(`/api/youth/${youthId}/contacts`, { id, happenedAt: ago(HOUR), mode: 'whatsapp', withWhom: ['jongere'] });
    expect(fine.status).toBe(201);
  });

  it('the worklist names a youth long without contact while the trajectory runs, not once it is closed', async () => {
    const longAgo = (first_name: string) => makeYouth(t.db, {
      tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now, fields: { first_name }, registeredDaysAgo: 90,
      trajectory: { phaseKey: 'verdieping', startedDaysAgo: 80, daysInPhase: 30 },
    });
    const [running, closed] = [await longAgo('Loopt nog'), await longAgo('Afgerond')];
    await t.db.updateTable('trajectory').set({ status: 'closed', closed_at: t.clock.now }).where('id', '=', closed.trajectoryId!).execute();
    const coach = await w.as(w.coachA);
    expect((await signalsOf(coach, running.id)).map((s) => s.kind)).toContain('no_contact');
    expect(await signalsOf(coach, closed.id)).toEqual([]);
  });

  it('a youth without a trajectory does not drop out of sight on the worklist', async () => {
    const coach = await w.as(w.coachA);
    const y = (await coach.post('/api/youth', { id: randomUUID(), nickname: 'Zonder traject' })).body;
    expect(await signalsOf(coach, y.id)).toEqual([expect.objectContaining({ kind: 'no_contact', facts: expect.objectContaining({ never: 1 }) })]);
  });
});
