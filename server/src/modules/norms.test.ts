import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekStartOf } from '../core/work/weekly-form.js';
import { makeMeeting, makePlacement, makeUser, makeYouth } from '../seed/factories.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { makeWorld } from '../test/world.js';

/**
 * Norms, signals and worklists (issue 9) over HTTP on a real database: the coach's worklist
 * from the norm engine, acknowledging and snoozing, the norms as the administrator's
 * configuration, the team lead's view and handover, and group cases with the 24-hour clock.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const youthOf = (coach: { id: string }, first: string, over: { registeredDaysAgo?: number; birth?: string; phase?: string; inPhase?: number } = {}) =>
  makeYouth(t.db, {
    tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [coach.id], createdBy: coach.id, now: t.clock.now,
    fields: { first_name: first, birth_date: over.birth ?? null },
    trajectory: { phaseKey: over.phase ?? 'verdieping', startedDaysAgo: over.registeredDaysAgo ?? 20, daysInPhase: over.inPhase ?? 5 },
  });
const contact = (c: Awaited<ReturnType<typeof w.as>>, youthId: string, daysAgo: number) =>
  c.post(`/api/youth/${youthId}/contacts`, { id: randomUUID(), happenedAt: new Date(t.clock.now.getTime() - daysAgo * DAY).toISOString(), mode: 'face_to_face', withWhom: ['jongere'] });
const itemsOf = (body: any, youthId: string) => body.items.filter((i: any) => i.youthId === youthId);

describe('the coach’s worklist', () => {
  it('shows, in order of urgency, the unsigned plan whose six weeks end in a day, no contact for 16 days, an overdue action and a coming 18th birthday', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Werklijst' });
    const enzo = await youthOf(coach, 'Enzo', { registeredDaysAgo: 41 });
    const bob = await youthOf(coach, 'Bob');
    const tamir = await youthOf(coach, 'Tamir', { birth: '2008-12-20' });
    const c = await w.as(coach);
    for (const y of [enzo, tamir]) expect((await contact(c, y.id, 1)).status).toBe(201);
    expect((await contact(c, bob.id, 16)).status).toBe(201);
    await makeMeeting(t.db, {
      tenantId: w.tenant.id, youthId: bob.id, authorId: coach.id, now: t.clock.now, daysAgo: 20, place: 'Wijkteam', goals: '', informing: '', nextMeetingInDays: 30,
      participants: [{ kind: 'coach', name: 'Coach Werklijst', role: 'Voorzitter', attended: true }], conditions: ['Bob raakt zijn kamer kwijt'],
      actions: [{ description: 'Aanmelden bij schuldhulp', owner: 0, dueDaysFromNow: -2 }, { description: 'Al gedaan', owner: 0, dueDaysFromNow: -3, done: true }],
    });

    const list = (await c.get('/api/worklist')).body;
    const line = (i: any) => `${i.bucket} ${i.kind} ${i.youth?.displayName ?? ''}`;
    expect(list.items.map(line)).toEqual([
      'overdue action_due Bob', 'overdue no_contact Bob', 'week plan_unsigned Enzo', 'later turning_18 Tamir',
    ]);
    expect(itemsOf(list, enzo.id)[0].facts).toMatchObject({ daysLeft: 1, daysSinceRegistration: 41, weeks: 6 });
    expect(itemsOf(list, bob.id).find((i: any) => i.kind === 'no_contact').facts).toMatchObject({ days: 16 });
    expect(itemsOf(list, bob.id).find((i: any) => i.kind === 'action_due').facts).toMatchObject({ description: 'Aanmelden bij schuldhulp' });

    // The cause gone, the signal resolves itself: a contact with Bob today.
    await contact(c, bob.id, 0);
    expect(itemsOf((await c.get('/api/worklist')).body, bob.id).map((i: any) => i.kind)).toEqual(['action_due']);
  });

  it('does not count five days of pause against the phase’s planned duration', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Pauze' });
    // In Fase 1 Vertrouwen (4 weeks) for 30 days: over by two days; with five of them paused, due in three.
    const y = await youthOf(coach, 'Dylan', { phase: 'vertrouwen', registeredDaysAgo: 30, inPhase: 30 });
    const c = await w.as(coach);
    await contact(c, y.id, 1);
    expect(itemsOf((await c.get('/api/worklist')).body, y.id).find((i: any) => i.kind === 'phase_over')).toMatchObject({ bucket: 'overdue' });
    const at = (daysAgo: number) => new Date(t.clock.now.getTime() - daysAgo * DAY);
    await t.db.insertInto('trajectory_event').values([
      { tenant_id: w.tenant.id, id: randomUUID(), trajectory_id: y.trajectoryId!, youth_id: y.id, kind: 'pause', from_phase_id: null, to_phase_id: null, reason: 'Op vakantie', closing_reason: null, actor_id: coach.id, at: at(20) },
      { tenant_id: w.tenant.id, id: randomUUID(), trajectory_id: y.trajectoryId!, youth_id: y.id, kind: 'resume', from_phase_id: null, to_phase_id: null, reason: 'Terug', closing_reason: null, actor_id: coach.id, at: at(15) },
    ]).execute();
    const after = itemsOf((await c.get('/api/worklist')).body, y.id).find((i: any) => i.kind === 'phase_over');
    expect(after).toMatchObject({ bucket: 'week', due: new Date(t.clock.now.getTime() + 3 * DAY).toISOString().slice(0, 10) });
  });

  it('is acknowledged or snoozed with a reason, kept as history; bad input gets a clear 400', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Uitstel' });
    const bob = await youthOf(coach, 'Bob');
    const c = await w.as(coach);
    await contact(c, bob.id, 20);
    const signal = itemsOf((await c.get('/api/worklist')).body, bob.id)[0];
    expect(signal.kind).toBe('no_contact');

    const bad = async (body: object, code: string) => {
      const r = await c.post('/api/worklist/acks', { id: randomUUID(), signalKey: signal.key, ...body });
      expect([r.status, r.body.code]).toEqual([400, code]);
    };
    await bad({ action: 'snoozed', until: '2026-11-30' }, 'REASON_REQUIRED');
    await bad({ action: 'snoozed', until: '2026-11-23', reason: 'Op vakantie' }, 'SNOOZE_UNTIL_INVALID');
    await bad({ action: 'snoozed', until: '2027-06-01', reason: 'Op vakantie' }, 'SNOOZE_TOO_LONG');
    await bad({ action: 'acknowledged', until: '2026-11-30' }, 'UNTIL_ONLY_FOR_SNOOZE');
    expect((await c.post('/api/worklist/acks', { id: randomUUID(), signalKey: 'no_contact:not-a-youth:x', action: 'acknowledged' })).status).toBe(404);

    const ackId = randomUUID();
    const ack = await c.post('/api/worklist/acks', { id: ackId, signalKey: signal.key.toUpperCase().replace('NO_CONTACT', 'no_contact'), action: 'acknowledged', reason: 'Huisbezoek morgen' });
    expect(ack.status).toBe(200);
    // The worklist showed part of Bob's file: a read in his access log.
    expect((await c.get(`/api/youth/${bob.id}/access-log`)).body.items.some((e: any) => e.recordType === 'signal' && e.action === 'read')).toBe(true);
    // A retry is the same acknowledgement; someone else's id is refused.
    expect((await c.post('/api/worklist/acks', { id: ackId, signalKey: signal.key, action: 'acknowledged', reason: 'Huisbezoek morgen' })).body.items).toHaveLength(1);
    const colleague = await youthOf(coach, 'Sem');
    await contact(c, colleague.id, 20);
    const otherKey = itemsOf((await c.get('/api/worklist')).body, colleague.id)[0].key;
    expect((await c.post('/api/worklist/acks', { id: ackId, signalKey: otherKey, action: 'acknowledged' })).body.code).toBe('ID_IN_USE');
    expect(itemsOf((await c.get('/api/worklist')).body, bob.id)[0].ack).toMatchObject({ action: 'acknowledged', reason: 'Huisbezoek morgen', by: 'Coach Uitstel' });

    const snooze = await c.post('/api/worklist/acks', { id: randomUUID(), signalKey: signal.key, action: 'snoozed', until: '2026-11-27', reason: 'Bob is bij familie in Suriname' });
    expect(snooze.body.items.map((i: any) => i.action)).toEqual(['snoozed', 'acknowledged']);
    let list = (await c.get('/api/worklist')).body;
    expect(itemsOf(list, bob.id)).toEqual([]);
    expect(list.snoozed.map((i: any) => i.key)).toEqual([signal.key]);

    // After the snooze day the signal is back, showing it was put aside.
    t.clock.advance(5 * DAY);
    try {
      list = (await (await w.as(coach)).get('/api/worklist')).body;
      expect(itemsOf(list, bob.id).find((i: any) => i.key === signal.key).ack).toMatchObject({ action: 'snoozed', until: '2026-11-27' });
    } finally { t.clock.advance(-5 * DAY); }
  });

  it('tells a coach over the caseload limit; acknowledged or snoozed, the signal shows it until the limit changes', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Vol', caseloadLimit: 1 });
    await youthOf(coach, 'Ricardo');
    await youthOf(coach, 'Jeffrey');
    const c = await w.as(coach);
    const over = () => c.get('/api/worklist').then((r) => [...r.body.items, ...r.body.snoozed].filter((i: any) => i.kind === 'caseload_over'));
    const [signal] = await over();
    expect(signal).toMatchObject({ coachId: coach.id, facts: { active: 2, limit: 1 }, ack: null });

    expect((await c.post('/api/worklist/acks', { id: randomUUID(), signalKey: signal.key, action: 'acknowledged', reason: 'Teamleider weet het' })).status).toBe(200);
    expect((await over())[0].ack).toMatchObject({ action: 'acknowledged', reason: 'Teamleider weet het', by: 'Coach Vol' });
    expect((await c.post('/api/worklist/acks', { id: randomUUID(), signalKey: signal.key, action: 'snoozed', until: '2026-12-01', reason: 'Twee jongeren sluiten af' })).status).toBe(200);
    const snoozed = (await c.get('/api/worklist')).body.snoozed;
    expect(snoozed.map((i: any) => [i.key, i.ack.action, i.ack.until])).toEqual([[signal.key, 'snoozed', '2026-12-01']]);

    // A new limit is a new signal: what was said about the old one does not carry over.
    await t.db.updateTable('app_user').set({ caseload_limit: 0 }).where('id', '=', coach.id).execute();
    expect((await over()).map((i: any) => [i.facts.limit, i.ack])).toEqual([[0, null]]);
  });

  it('shows a coach only their own youth, and refuses to acknowledge another coach’s signal', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Eigen' });
    const mine = await youthOf(coach, 'Jeffrey');
    const c = await w.as(coach);
    await contact(c, mine.id, 30);
    const key = itemsOf((await c.get('/api/worklist')).body, mine.id)[0].key;
    const other = await w.as(w.coachB);
    expect(itemsOf((await other.get('/api/worklist')).body, mine.id)).toEqual([]);
    const r = await other.post('/api/worklist/acks', { id: randomUUID(), signalKey: key, action: 'acknowledged' });
    expect(r.status).toBe(403);
    const policy = await w.as(w.policy);
    expect((await policy.get('/api/worklist')).status).toBe(403);
  });
});

describe('after closing', () => {
  it('a youth closed long ago is watched only for a handover still to check or a supervisor’s weekly form; one closed 17 months ago still for aftercare and the measurement after 12 months', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Jaren' });
    const day = (fromToday: number) => new Date(t.clock.now.getTime() + fromToday * DAY).toISOString().slice(0, 10);
    const closedAgo = async (first: string, days: number) => {
      const y = await youthOf(coach, first, { phase: 'afronding', registeredDaysAgo: days + 200, inPhase: 30 });
      await t.db.updateTable('trajectory').set({ status: 'closed', closed_at: new Date(t.clock.now.getTime() - days * DAY), closing_reason: 'regulier_werk' }).where('id', '=', y.trajectoryId!).execute();
      // Aftercare for six months after closing, its contacts never held.
      await t.db.insertInto('aftercare_plan').values({ tenant_id: w.tenant.id, trajectory_id: y.trajectoryId!, youth_id: y.id, content: 'Bellen', frequency_weeks: 6,
        starts_on: day(-days), ends_on: day(-days + 182), created_by: coach.id, created_at: t.clock.now, updated_at: t.clock.now }).execute();
      return y;
    };
    const recent = await closedAgo('Sem', 520);
    const old = await closedAgo('Daan', 700);
    const handedOver = await closedAgo('Lina', 900);
    await t.db.insertInto('warm_handover').values({
      tenant_id: w.tenant.id, id: randomUUID(), youth_id: handedOver.id, trajectory_id: handedOver.trajectoryId!, to_organisation: 'Wijkteam', to_person: null,
      what: 'Gezin', conversation_on: day(-905), conversation_note: null, check_due_on: day(-891), checked_on: null, landed: null, check_note: null,
      created_by: coach.id, created_at: t.clock.now, updated_at: t.clock.now,
    }).execute();
    // Closed long ago but still at work: the supervisor sent this week's form yesterday.
    const working = await closedAgo('Noor', 800);
    const placement = await makePlacement(t.db, { tenantId: w.tenant.id, youthId: working.id, createdBy: coach.id, at: t.clock.now, startsOn: day(-900), kind: 'regular_job' });
    await t.db.insertInto('weekly_form').values({ tenant_id: w.tenant.id, id: randomUUID(), placement_id: placement, youth_id: working.id, week_start: weekStartOf(day(-1)), filled_by: 'supervisor',
      supervisor_name: 'Chef Youssef', ratings: JSON.stringify({}), submitted_at: new Date(t.clock.now.getTime() - DAY) }).execute();
    const list = (await (await w.as(coach)).get('/api/worklist')).body;
    const kindsOf = (id: string) => itemsOf(list, id).map((i: any) => i.kind).sort();
    expect(kindsOf(recent.id)).toEqual(['aftercare_due', 'result_measurement_due']);
    expect(kindsOf(old.id)).toEqual([]);
    expect(kindsOf(handedOver.id)).toEqual(['handover_check']);
    expect(kindsOf(working.id)).toEqual(['weekly_form_received']);
  });

  it('the coach’s worklist keeps the next aftercare contact and the check that a warm handover landed, until they are done', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Nazorg' });
    const y = await youthOf(coach, 'Ricardo', { phase: 'afronding', registeredDaysAgo: 250, inPhase: 50 });
    const day = (fromToday: number) => new Date(t.clock.now.getTime() + fromToday * DAY).toISOString().slice(0, 10);
    await t.db.updateTable('trajectory').set({ status: 'closed', closed_at: new Date(t.clock.now.getTime() - 40 * DAY), closing_reason: 'regulier_werk' }).where('id', '=', y.trajectoryId!).execute();
    // Aftercare every six weeks from 40 days ago: the first contact is due in two days.
    await t.db.insertInto('aftercare_plan').values({
      tenant_id: w.tenant.id, trajectory_id: y.trajectoryId!, youth_id: y.id, content: 'Om de zes weken bellen', frequency_weeks: 6,
      starts_on: day(-40), ends_on: day(142), created_by: coach.id, created_at: t.clock.now, updated_at: t.clock.now,
    }).execute();
    await t.db.insertInto('warm_handover').values({
      tenant_id: w.tenant.id, id: randomUUID(), youth_id: y.id, trajectory_id: y.trajectoryId!, to_organisation: 'Kredietbank Rotterdam', to_person: null,
      what: 'Schuldregeling', conversation_on: day(-15), conversation_note: null, check_due_on: day(-1), checked_on: null, landed: null, check_note: null,
      created_by: coach.id, created_at: t.clock.now, updated_at: t.clock.now,
    }).execute();
    const c = await w.as(coach);
    const line = (i: any) => `${i.bucket} ${i.kind} ${i.due}`;
    expect(itemsOf((await c.get('/api/worklist')).body, y.id).map(line)).toEqual([`overdue handover_check ${day(-1)}`, `week aftercare_due ${day(2)}`]);

    // The contact held today (a little early) counts for that moment; the check recorded ends the other.
    await t.db.insertInto('aftercare_contact').values({
      tenant_id: w.tenant.id, id: randomUUID(), youth_id: y.id, trajectory_id: y.trajectoryId!, held_on: day(0), note: null, still_working: true, still_housed: true,
      author_id: coach.id, created_at: t.clock.now,
    }).execute();
    await t.db.updateTable('warm_handover').set({ checked_on: day(0), landed: true }).where('youth_id', '=', y.id).execute();
    expect(itemsOf((await c.get('/api/worklist')).body, y.id)).toEqual([]);
  });

  it('asks for the result measurement six months after closing from a month before, until it is recorded', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Meting' });
    const y = await youthOf(coach, 'Tamir', { phase: 'afronding', registeredDaysAgo: 400, inPhase: 200 });
    // Closed 160 days ago (Amsterdam day): the measurement after six months falls in about three weeks.
    const closedAt = new Date(t.clock.now.getTime() - 160 * DAY);
    await t.db.updateTable('trajectory').set({ status: 'closed', closed_at: closedAt, closing_reason: 'regulier_werk' }).where('id', '=', y.trajectoryId!).execute();
    const closedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(closedAt);
    const [yy, mm, dd] = closedOn.split('-').map(Number) as [number, number, number];
    const due = new Date(Date.UTC(yy, mm - 1 + 6, dd)).toISOString().slice(0, 10);
    const c = await w.as(coach);
    expect(itemsOf((await c.get('/api/worklist')).body, y.id).map((i: any) => [i.kind, i.due, i.facts.months])).toEqual([['result_measurement_due', due, 6]]);
    await t.db.insertInto('result_measurement').values({ tenant_id: w.tenant.id, id: randomUUID(), youth_id: y.id, trajectory_id: y.trajectoryId!, moment: 'after_6_months',
      measured_on: due, note: null, author_id: coach.id, created_at: t.clock.now, updated_at: t.clock.now }).execute();
    expect(itemsOf((await c.get('/api/worklist')).body, y.id)).toEqual([]);
  });
});

describe('norms as configuration', () => {
  it('the administrator changes a norm’s threshold (logged with who and when); bad values and stale versions are refused', async () => {
    const admin = await w.as(w.admin);
    const norms = (await admin.get('/api/admin/norms')).body;
    expect(norms.items.find((n: any) => n.key === 'plan_signed')).toMatchObject({ enabled: true, threshold: 6, unit: 'weeks' });
    expect(norms.items.find((n: any) => n.key === 'group_response')).toMatchObject({ threshold: 24, unit: 'hours' });

    const put = (items: object[], version = norms.version) => admin.put('/api/admin/norms', { version, items });
    for (const [items, code] of [
      [[{ key: 'plan_signed', enabled: true, threshold: 0 }], 'NORM_THRESHOLD_OUT_OF_RANGE'],
      [[{ key: 'no_contact', enabled: true, threshold: -3 }], 'NORM_THRESHOLD_OUT_OF_RANGE'],
      [[{ key: 'caseload', enabled: true, threshold: 25 }], 'NORM_HAS_NO_THRESHOLD'],
      [[{ key: 'no_contact', enabled: true, threshold: 7 }, { key: 'no_contact', enabled: true, threshold: 8 }], 'DUPLICATE_NORM'],
      [[{ key: 'made_up', enabled: true, threshold: 7 }], 'VALIDATION_FAILED'],
    ] as const) {
      const r = await put(items as unknown as object[]);
      expect([r.status, r.body.code]).toEqual([400, code]);
    }
    const ok = await put([{ key: 'no_contact', enabled: true, threshold: 10 }, { key: 'turning_27', enabled: false, threshold: 30 }]);
    expect(ok.status).toBe(200);
    expect(ok.body.items.find((n: any) => n.key === 'no_contact').threshold).toBe(10);
    expect(ok.body.lastChange.by).toBe('Beheer');
    expect((await put([{ key: 'no_contact', enabled: true, threshold: 12 }])).status).toBe(409);

    // The coach's list follows: 11 days without contact is now a signal.
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Norm' });
    const y = await youthOf(coach, 'Ricardo');
    const c = await w.as(coach);
    await contact(c, y.id, 11);
    expect(itemsOf((await c.get('/api/worklist')).body, y.id).map((i: any) => i.kind)).toContain('no_contact');
    expect((await c.put('/api/admin/norms', { version: ok.body.version, items: [{ key: 'no_contact', enabled: true, threshold: 30 }] })).status).toBe(403);
    await admin.put('/api/admin/norms', { version: ok.body.version, items: [{ key: 'no_contact', enabled: true, threshold: 14 }, { key: 'turning_27', enabled: true, threshold: 30 }] });
  });
});

describe('the team lead', () => {
  it('sees every signal of the team, each coach’s caseload per phase against the limit, and the six-week norm this quarter; each youth shown is logged', async () => {
    const gone = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Vertrokken' });
    await t.db.updateTable('app_user').set({ active: false }).where('id', '=', gone.id).execute();
    const lead = await w.as(w.lead);
    const view = (await lead.get('/api/team/worklist')).body;
    expect(view.items.length).toBeGreaterThan(3);
    // The caseloads are those of the team's coaches still at work: not the lead's own, not another team's coach.
    expect(view.caseload.map((c: any) => c.name)).toContain('Coach A');
    for (const name of ['Lead A', 'Coach B', 'Coach Vertrokken']) expect(view.caseload.map((c: any) => c.name)).not.toContain(name);
    expect(view.items.every((i: any) => i.youthId === null || i.coachIds.length > 0)).toBe(true);
    const coachA = view.caseload.find((c: any) => c.name === 'Coach A');
    expect(coachA).toMatchObject({ limit: 20 });
    expect(coachA.perPhase.reduce((n: number, p: any) => n + p.count, 0)).toBe(coachA.active);
    expect(view.performance.quarter.label).toBe('Q4 2026');
    expect(view.performance.planSigned.weeks).toBe(6);
    const logged = await t.db.selectFrom('access_log').select(['youth_id']).where('tenant_id', '=', w.tenant.id).where('record_type', '=', 'signal').where('action', '=', 'read').where('user_id', '=', w.lead.id).execute();
    expect(new Set(logged.map((l) => l.youth_id))).toEqual(new Set([...view.items, ...view.snoozed].filter((i: any) => i.youthId).map((i: any) => i.youthId)));
    // Another team is not theirs.
    expect((await lead.get(`/api/team/worklist?teamId=${w.teamB.id}`)).status).toBe(403);
  });

  it('hands a coach’s whole caseload to a colleague as stand-in during leave; the coach loses access, the note is in each youth’s history', async () => {
    const leaving = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Verlof' });
    const standIn = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Waarnemer' });
    const a = await youthOf(leaving, 'Jamal');
    const b = await youthOf(leaving, 'Kevin');
    const lead = await w.as(w.lead);
    const bad = await lead.post('/api/team/handover', { fromCoachId: leaving.id, toCoachId: w.coachB.id, mode: 'stand_in', keepPrevious: false, note: 'Verlof' });
    expect([bad.status, bad.body.code]).toEqual([400, 'COACH_NOT_IN_TEAM']);
    expect((await lead.post('/api/team/handover', { fromCoachId: leaving.id, toCoachId: standIn.id, mode: 'stand_in', keepPrevious: false, note: '' })).status).toBe(400);

    const r = await lead.post('/api/team/handover', { fromCoachId: leaving.id, toCoachId: standIn.id, mode: 'stand_in', keepPrevious: false, note: 'Zwangerschapsverlof tot 1 maart; Jamal belt liefst na 16 uur.' });
    expect(r.status).toBe(200);
    expect(r.body.moved.map((m: any) => m.displayName).sort()).toEqual(['Jamal', 'Kevin']);
    const old = await w.as(leaving);
    expect((await old.get(`/api/youth/${a.id}`)).status).toBe(403);
    const neu = await w.as(standIn);
    expect((await neu.get(`/api/youth/${b.id}`)).status).toBe(200);
    expect((await neu.get('/api/youth?scope=mine')).body.items.map((y: any) => y.displayName).sort()).toEqual(['Jamal', 'Kevin']);
    const history = (await neu.get(`/api/youth/${a.id}/history`)).body.items;
    expect(JSON.stringify(history)).toContain('Waarneming: Zwangerschapsverlof tot 1 maart');
    // Two team leads hand the same youth over at once: one wins, the other is told; the youth has one coach.
    const contested = await youthOf(standIn, 'Omar');
    const third = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Derde' });
    const fourth = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Vierde' });
    const lead2 = await w.as(w.lead);
    const both = await Promise.all([fourth, third].map((to, i) => (i ? lead2 : lead).post('/api/team/handover', { fromCoachId: standIn.id, toCoachId: to.id, mode: 'transfer', keepPrevious: false, note: 'Overdracht', youthIds: [contested.id] })));
    expect(both.map((b) => b.status).sort()).toEqual([200, expect.any(Number)]);
    expect([400, 409]).toContain(both.map((b) => b.status).sort()[1]);
    const coachesNow = await t.db.selectFrom('youth_coach').select('user_id').where('youth_id', '=', contested.id).where('until', 'is', null).execute();
    expect(coachesNow).toHaveLength(1);
    // Nothing left to hand over.
    expect((await lead.post('/api/team/handover', { fromCoachId: leaving.id, toCoachId: standIn.id, mode: 'transfer', keepPrevious: false, note: 'x' })).body.code).toBe('NOTHING_TO_HAND_OVER');
  });
});

describe('group cases', () => {
  it('the group’s coach answers the report for members a colleague coaches too, without their name or file', async () => {
    const groupCoach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Groepsverantwoordelijk' });
    const colleague = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Collega' });
    const sven = await youthOf(groupCoach, 'Sven');
    const ravi = await youthOf(colleague, 'Ravi');
    // The team lead makes the group (they may see both) with the group coach responsible.
    const lead = await w.as(w.lead);
    const groupId = randomUUID();
    const made = await lead.post('/api/groups', { id: groupId, teamId: w.teamA.id, name: 'Pleingroep', coachId: groupCoach.id, memberIds: [sven.id, ravi.id] });
    expect(made.status).toBe(201);
    const g = await w.as(groupCoach);
    expect((await g.post(`/api/groups/${groupId}/reports`, { id: randomUUID(), reportedAt: '2026-11-23T08:00:00+01:00', kind: 'truancy', reporterName: 'Leerplicht', what: 'Niet op school' })).status).toBe(201);
    const clocks = (await g.get('/api/worklist')).body.items.filter((i: any) => i.kind === 'group_response' && i.facts.group === 'Pleingroep');
    expect(clocks.map((i: any) => i.youth?.displayName ?? null).sort()).toEqual(['Sven', null]);
    const hidden = clocks.find((i: any) => i.youth === null);
    expect(JSON.stringify(hidden)).not.toContain('Ravi');
    expect((await g.post('/api/worklist/acks', { id: randomUUID(), signalKey: hidden.key, action: 'acknowledged', reason: 'Collega belt hem' })).status).toBe(200);
    expect((await g.get(`/api/youth/${ravi.id}`)).status).toBe(403);
    // Ravi's own coach sees the clock with his name.
    const c = await w.as(colleague);
    expect((await c.get('/api/worklist')).body.items.some((i: any) => i.kind === 'group_response' && i.youth?.displayName === 'Ravi')).toBe(true);
    // Once Ravi has left the group, its coach no longer answers for him; Sven's clock stays.
    expect((await lead.patch(`/api/groups/${groupId}`, { version: made.body.version, memberIds: [sven.id] })).status).toBe(200);
    const after = (await g.get('/api/worklist')).body.items.filter((i: any) => i.kind === 'group_response' && i.facts.group === 'Pleingroep');
    expect(after.map((i: any) => i.youth?.displayName ?? null)).toEqual(['Sven']);
  });

  it('a report at 21:40 starts a 24-hour clock for each of the six; a group contact the next day answers it for those present; the team lead sees the norm met', async () => {
    const coach = await makeUser(t.db, { tenantId: w.tenant.id, organisationId: w.org.id, teamIds: [w.teamA.id], roles: ['coach'], name: 'Coach Groep' });
    const names = ['Dani', 'Mo', 'Sem', 'Noah', 'Yassin', 'Luca'];
    const members = [];
    for (const n of names) members.push(await youthOf(coach, n));
    const c = await w.as(coach);
    for (const m of members) await contact(c, m.id, 1);
    const groupId = randomUUID();
    const made = await c.post('/api/groups', { id: groupId, teamId: w.teamA.id, name: 'Straatgroep Spangen', neighbourhood: 'Spangen', coachId: coach.id, memberIds: members.map((m) => m.id) });
    expect(made.status).toBe(201);
    expect(made.body.members).toBe(6);
    expect((await c.post('/api/groups', { id: groupId, teamId: w.teamA.id, name: 'Straatgroep Spangen', coachId: coach.id, memberIds: [] })).status).toBe(200);
    const twice = await c.post('/api/groups', { id: randomUUID(), teamId: w.teamA.id, name: 'Dubbel', coachId: coach.id, memberIds: [members[0]!.id, members[0]!.id] });
    expect([twice.status, twice.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    // Another coach cannot open the group or put their youth in it.
    const other = await w.as(w.coachB);
    expect((await other.get(`/api/groups/${groupId}`)).status).toBe(403);

    const reportedAt = '2026-11-22T21:40:00+01:00'; // Sunday evening, shop owner
    const bad = await c.post(`/api/groups/${groupId}/reports`, { id: randomUUID(), reportedAt: '2026-11-24T21:40:00+01:00', kind: 'nuisance', reporterName: 'Winkelier', what: 'Samenscholing' });
    expect([bad.status, bad.body.code]).toEqual([400, 'IN_FUTURE']);
    const rep = await c.post(`/api/groups/${groupId}/reports`, { id: randomUUID(), reportedAt, kind: 'nuisance', reporterName: 'Dhr. Yilmaz', reporterOrganisation: 'Winkeliersvereniging', what: 'Samenscholing en vernieling bij de supermarkt' });
    expect([rep.status, rep.body.code]).toEqual([201, undefined]);
    expect(rep.body.reports[0].clocks).toHaveLength(6);
    expect(rep.body.reports[0].clocks.every((k: any) => k.state === 'open' && k.dueAt === '2026-11-23T20:40:00.000Z')).toBe(true);

    let list = (await c.get('/api/worklist')).body;
    const clocks = list.items.filter((i: any) => i.kind === 'group_response');
    expect(clocks.map((i: any) => i.youth.displayName).sort()).toEqual([...names].sort());
    expect(clocks[0]).toMatchObject({ bucket: 'today', dueAt: '2026-11-23T20:40:00.000Z', facts: { group: 'Straatgroep Spangen', reportKind: 'nuisance' } });

    // Monday 10:00 the coach meets four of them on the square: one record, four contactmomenten.
    const present = members.slice(0, 4).map((m) => m.id);
    expect((await c.post(`/api/groups/${groupId}/contacts`, { id: randomUUID(), happenedAt: '2026-11-23T10:00:00+01:00', mode: 'straat', note: 'Gesprek op het plein', presentIds: [w.enzo.id] })).body.code).toBe('NOT_A_MEMBER');
    const gc = await c.post(`/api/groups/${groupId}/contacts`, { id: randomUUID(), happenedAt: '2026-11-23T10:00:00+01:00', mode: 'straat', note: 'Gesprek op het plein', presentIds: present });
    expect(gc.status).toBe(201);
    expect(gc.body.contacts[0].present).toHaveLength(4);
    expect(gc.body.reports[0].clocks.filter((k: any) => k.state === 'met')).toHaveLength(4);
    const timeline = (await c.get(`/api/youth/${present[0]}/timeline?kinds=contact`)).body.items;
    expect(timeline[0].data).toMatchObject({ group: 'Straatgroep Spangen', note: 'Gesprek op het plein' });

    list = (await c.get('/api/worklist')).body;
    expect(list.items.filter((i: any) => i.kind === 'group_response').map((i: any) => i.youth.displayName).sort()).toEqual(['Luca', 'Yassin']);

    // The next evening the clock of the two not reached has run out.
    t.clock.advance(12 * 3_600_000);
    try {
      list = (await (await w.as(coach)).get('/api/worklist')).body;
      expect(list.items.filter((i: any) => i.kind === 'group_response').every((i: any) => i.bucket === 'overdue')).toBe(true);
      const lead = await w.as(w.lead);
      const perf = (await lead.get('/api/team/worklist')).body.performance.groupResponse;
      expect(perf).toMatchObject({ hours: 24, met: 4, missed: 2 }); // (the Pleingroep's two clocks are still running)
    } finally { t.clock.advance(-12 * 3_600_000); }
  });

  it('a group session is in each attendee’s timeline', async () => {
    const c = await w.as(w.coachA);
    const s = await c.post('/api/group-sessions', { id: randomUUID(), teamId: w.teamA.id, topic: 'Solliciteren: je verkoopverhaal', heldAt: '2026-11-20T14:00:00+01:00', facilitator: 'Coach A', attendeeIds: [w.enzo.id] });
    expect(s.status).toBe(201);
    expect(s.body.attendees).toEqual([{ id: w.enzo.id, name: 'Enzo' }]);
    const items = (await c.get(`/api/youth/${w.enzo.id}/timeline?kinds=group_session`)).body.items;
    expect(items[0].data).toMatchObject({ topic: 'Solliciteren: je verkoopverhaal', facilitator: 'Coach A' });
    const other = await w.as(w.coachB);
    expect((await other.post('/api/group-sessions', { id: randomUUID(), teamId: w.teamA.id, topic: 'x', heldAt: '2026-11-20T14:00:00+01:00', facilitator: 'B', attendeeIds: [w.enzo.id] })).status).toBe(403);
  });
});
