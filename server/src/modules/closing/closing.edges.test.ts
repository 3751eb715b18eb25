import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeYouth } from '../../seed/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { answersWith } from '../../test/result-answers.js';
import { makeWorld } from '../../test/world.js';

/**
 * The afronding at its edges, over HTTP: ids that belong to another trajectory or tenant in the
 * URL, a retry that is not the same request, a save that changes nothing, input a coach types
 * wrong on a phone, and a failure halfway through the close.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
});
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const day = (n: number) => new Date(t.clock.now.getTime() + n * DAY).toISOString().slice(0, 10);
const versionOf = async (id: string) => (await t.db.selectFrom('trajectory').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

async function closedTrajectory(name: string) {
  const y = await makeYouth(t.db, {
    tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
    fields: { first_name: name }, trajectory: { phaseKey: 'afronding', startedDaysAgo: 200, daysInPhase: 10 },
  });
  const coach = await w.as(w.coachA);
  const tid = y.trajectoryId!;
  const r = await coach.post(`/api/trajectories/${tid}/closing`, { version: await versionOf(tid), heldOn: day(0), summary: 'Eindgesprek.', closingReason: 'regulier_werk' });
  expect(r.status).toBe(201);
  return { youthId: y.id, tid, coach };
}

describe('ids in the URL that belong elsewhere', () => {
  it('a handover or measurement of trajectory B under trajectory A is not found, and B stays as it was', async () => {
    const a = await closedTrajectory('Anouk');
    const b = await closedTrajectory('Bram');
    const hid = randomUUID();
    expect((await b.coach.post(`/api/trajectories/${b.tid}/warm-handovers`, { id: hid, toOrganisation: 'Wijkteam', what: 'Gezin' })).status).toBe(201);
    const mid = randomUUID();
    expect((await b.coach.post(`/api/trajectories/${b.tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: day(0), answers: answersWith({ work: { answer: 'ja' } }) })).status).toBe(201);

    const h = await a.coach.patch(`/api/trajectories/${a.tid}/warm-handovers/${hid}`, { version: 1, checkedOn: day(0), landed: false });
    expect(h).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(h.body)).not.toContain('Wijkteam');
    const m = await a.coach.patch(`/api/trajectories/${a.tid}/result-measurements/${mid}`, { version: 1, note: 'x' });
    expect(m).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    // The same ids as a create under A are someone else's record: refused, not adopted.
    expect((await a.coach.post(`/api/trajectories/${a.tid}/warm-handovers`, { id: hid, toOrganisation: 'Wijkteam', what: 'Gezin' })).body.code).toBe('ID_IN_USE');
    expect((await a.coach.post(`/api/trajectories/${a.tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: day(0), answers: answersWith() })).body.code).toBe('ID_IN_USE');

    const view = (await b.coach.get(`/api/trajectories/${b.tid}/closing`)).body;
    expect(view.handovers).toMatchObject([{ id: hid, version: 1, checkedOn: null, landed: null }]);
    expect(view.resultMeasurements).toMatchObject([{ id: mid, version: 1, note: null }]);
    expect((await a.coach.get(`/api/trajectories/${a.tid}/closing`)).body).toMatchObject({ handovers: [], resultMeasurements: [] });
  });

  it('a trajectory of another tenant does not exist here, whatever the route', async () => {
    const elsewhere = await makeYouth(t.db, {
      tenantId: w.other.id, teamId: (await t.db.selectFrom('team').select('id').where('tenant_id', '=', w.other.id).executeTakeFirstOrThrow()).id,
      coachIds: [w.otherCoach.id], createdBy: w.otherCoach.id, now: t.clock.now, trajectory: { phaseKey: 'afronding', startedDaysAgo: 100, daysInPhase: 5 },
    });
    const tid = elsewhere.trajectoryId!;
    const coach = await w.as(w.coachA);
    for (const [method, path, body] of [
      ['GET', `/api/trajectories/${tid}/closing`, undefined],
      ['POST', `/api/trajectories/${tid}/closing`, { version: 1, heldOn: day(0), summary: 'x', closingReason: 'anders' }],
      ['POST', `/api/trajectories/${tid}/warm-handovers`, { id: randomUUID(), toOrganisation: 'X', what: 'Y' }],
      ['PUT', `/api/trajectories/${tid}/aftercare-plan`, { content: 'x', frequencyWeeks: 6, startsOn: day(0), endsOn: day(100) }],
      ['POST', `/api/trajectories/${tid}/result-measurements`, { id: randomUUID(), moment: 'closing', measuredOn: day(0), answers: answersWith() }],
    ] as const) {
      const r = await coach.request(method, path, body);
      expect({ method, path, status: r.status }).toEqual({ method, path, status: 404 });
    }
    expect(await t.db.selectFrom('trajectory').select('status').where('id', '=', tid).executeTakeFirstOrThrow()).toEqual({ status: 'active' });
  });

  it('the policy officer gets the same 403 for an id that is no trajectory, and no data with any 403', async () => {
    const { tid } = await closedTrajectory('Pim');
    const policy = await w.as(w.policy);
    const real = await policy.get(`/api/trajectories/${tid}/closing`);
    const none = await policy.get(`/api/trajectories/${randomUUID()}/closing`);
    expect([real.status, none.status]).toEqual([403, 403]);
    expect(none.body).toEqual(real.body);
    expect(JSON.stringify(real.body)).not.toMatch(/Pim|Eindgesprek|regulier_werk/);
    const other = await (await w.as(w.coachB)).get(`/api/trajectories/${tid}/closing`);
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toMatch(/Pim|Eindgesprek|regulier_werk/);
  });
});

describe('a retry is the same request, or a clear 409', () => {
  it('the same id with another body is refused for a handover, an aftercare contact and a measurement', async () => {
    const { tid, coach } = await closedTrajectory('Rik');
    const hid = randomUUID();
    const handover = { id: hid, toOrganisation: 'Schuldhulpverlening', what: 'Restschuld' };
    expect((await coach.post(`/api/trajectories/${tid}/warm-handovers`, handover)).status).toBe(201);
    expect((await coach.post(`/api/trajectories/${tid}/warm-handovers`, handover)).status).toBe(200);
    const otherHandover = await coach.post(`/api/trajectories/${tid}/warm-handovers`, { ...handover, toOrganisation: 'Wijkteam' });
    expect(otherHandover).toMatchObject({ status: 409, body: { code: 'ID_IN_USE', details: { field: 'id' } } });

    const cid = randomUUID();
    const contact = { id: cid, heldOn: day(0), stillWorking: true, stillHoused: null };
    expect((await coach.post(`/api/trajectories/${tid}/aftercare-contacts`, contact)).status).toBe(201);
    expect((await coach.post(`/api/trajectories/${tid}/aftercare-contacts`, contact)).status).toBe(200);
    expect((await coach.post(`/api/trajectories/${tid}/aftercare-contacts`, { ...contact, stillWorking: false })).body).toMatchObject({ code: 'ID_IN_USE', details: { field: 'id' } });

    const mid = randomUUID();
    const measurement = { id: mid, moment: 'closing', measuredOn: day(0), answers: answersWith({ work: { answer: 'ja', details: { hoursPerWeek: 32 } } }) };
    expect((await coach.post(`/api/trajectories/${tid}/result-measurements`, measurement)).status).toBe(201);
    expect((await coach.post(`/api/trajectories/${tid}/result-measurements`, measurement)).status).toBe(200);
    const otherMeasurement = await coach.post(`/api/trajectories/${tid}/result-measurements`, { ...measurement, answers: answersWith() });
    expect(otherMeasurement).toMatchObject({ status: 409, body: { code: 'ID_IN_USE', details: { field: 'id' } } });

    const view = (await coach.get(`/api/trajectories/${tid}/closing`)).body;
    expect(view.handovers.map((h: { toOrganisation: string }) => h.toOrganisation)).toEqual(['Schuldhulpverlening']);
    expect(view.aftercare.contacts.map((c: { stillWorking: boolean }) => c.stillWorking)).toEqual([true]);
    expect(view.resultMeasurements[0].answers.work.answer).toBe('ja');
  });

  it('a save that changes nothing keeps the version and writes no revision', async () => {
    const { tid, coach } = await closedTrajectory('Sem');
    const hid = randomUUID();
    await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: hid, toOrganisation: 'Wijkteam', what: 'Gezin' });
    const mid = randomUUID();
    await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: day(0), answers: answersWith({ work: { answer: 'ja' } }) });
    const revisions = async () => Number((await t.db.selectFrom('revision').select((e) => e.fn.countAll().as('n')).where('entity_id', 'in', [tid, hid, mid]).executeTakeFirstOrThrow()).n);
    const before = await revisions();
    expect((await coach.patch(`/api/trajectories/${tid}/closing`, { version: 1, summary: 'Eindgesprek.' })).body.conversation.version).toBe(1);
    expect((await coach.patch(`/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 1, toOrganisation: 'Wijkteam' })).body.handovers[0].version).toBe(1);
    expect((await coach.patch(`/api/trajectories/${tid}/result-measurements/${mid}`, { version: 1, answers: answersWith({ work: { answer: 'ja' } }) })).body.version).toBe(1);
    expect(await revisions()).toBe(before);
    // A real change still moves the version on.
    expect((await coach.patch(`/api/trajectories/${tid}/result-measurements/${mid}`, { version: 1, answers: answersWith() })).body.version).toBe(2);
  });
});

describe('a warm handover that did not land', () => {
  it('is asked after again on the day the coach sets: on the worklist that day, gone once it landed', async () => {
    const { youthId, tid } = await closedTrajectory('Fenna');
    let coach = await w.as(w.coachA);
    const hid = randomUUID();
    await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: hid, toOrganisation: 'Kredietbank Rotterdam', what: 'Schuldregeling', conversationOn: day(-14) });
    const handoverSignals = async () => ((await coach.get('/api/worklist')).body.items as { youthId: string; kind: string; due: string }[])
      .filter((i) => i.youthId === youthId && i.kind === 'handover_check').map((i) => i.due);
    expect(await handoverSignals()).toEqual([day(0)]);

    // Not landed: the counsellor has not called yet. Ask again in a week.
    const no = await coach.patch(`/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 1, checkedOn: day(0), landed: false, checkNote: 'Nog niet gebeld.', checkDueOn: day(7) });
    expect(no.body.handovers[0]).toMatchObject({ checkedOn: day(0), landed: false, checkDueOn: day(7), checkDue: false, version: 2 });
    expect(await handoverSignals()).toEqual([day(7)]);

    // A week later it is due again; this time it landed.
    t.clock.advance(7 * DAY);
    coach = await w.as(w.coachA); // a new day, a new login
    expect((await coach.get(`/api/trajectories/${tid}/closing`)).body.handovers[0].checkDue).toBe(true);
    const yes = await coach.patch(`/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 2, checkedOn: day(0), landed: true, checkNote: 'Eerste afspraak gehad.' });
    expect(yes.body.handovers[0]).toMatchObject({ landed: true, checkDue: false, version: 3 });
    expect(await handoverSignals()).toEqual([]);
    // Both checks are in the history.
    const history = await t.db.selectFrom('revision').select('changes').where('entity', '=', 'warm_handover').where('entity_id', '=', hid).orderBy('at').execute();
    expect(history.map((h) => (h.changes as { landed?: unknown[] }).landed)).toEqual([undefined, [null, false], [false, true]]);

    // "No" without a day to ask again leaves it where it is: off the worklist.
    const left = randomUUID();
    await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: left, toOrganisation: 'Wijkteam', what: 'Gezin', conversationOn: day(-14) });
    await coach.patch(`/api/trajectories/${tid}/warm-handovers/${left}`, { version: 1, checkedOn: day(0), landed: false, checkDueOn: day(0), checkNote: 'Gezin wil geen hulp.' });
    expect(await handoverSignals()).toEqual([]);
  });
});

describe('bad input on the result measurement', () => {
  it('gets a 400 naming the field, and stores nothing', async () => {
    const { tid, coach } = await closedTrajectory('Tess');
    const post = (answers: Record<string, unknown>, extra: object = {}) =>
      coach.post(`/api/trajectories/${tid}/result-measurements`, { id: randomUUID(), moment: 'closing', measuredOn: day(0), answers: answersWith(answers), ...extra });
    const fieldOf = (r: { body: { details: { fields?: { path: string; message: string }[]; field?: string } } }) => r.body.details.fields?.[0]?.path ?? r.body.details.field;
    const cases: [string, Awaited<ReturnType<typeof post>>, string][] = [
      ['a day that does not exist', await post({}, { measuredOn: '2026-02-30' }), 'body.measuredOn'],
      ['negative hours', await post({ work: { answer: 'ja', details: { hoursPerWeek: -4 } } }), 'body.answers.work.details.hoursPerWeek'],
      ['a huge amount', await post({ income: { answer: 'ja', details: { amountPerMonth: 1e12 } } }), 'body.answers.income.details.amountPerMonth'],
      ['an explanation of 100,000 characters', await post({ health: { answer: 'ja_gelukt', explanation: 'x'.repeat(100_000) } }), 'body.answers.health.explanation'],
      ['an area not on the form', await post({ pets: { answer: 'ja' } }), 'body.answers'],
      ['a skill not on the tenant\'s list', await post({ employee_skills: { answer: 'ja', details: { skills: ['jongleren'] } } }), 'answers.employee_skills.details.skills'],
    ];
    for (const [what, r, field] of cases) {
      expect({ what, status: r.status, field: fieldOf(r) }).toEqual({ what, status: 400, field });
      expect(r.body.message).toMatch(/[a-z]/);
    }
    expect((await post({ work: { answer: 'ja', details: { hoursPerWeek: -4 } } })).body.details.fields[0].message).toBe('Uren per week: 1 of meer.');
    expect(await t.db.selectFrom('result_measurement').select('id').where('trajectory_id', '=', tid).execute()).toEqual([]);
  });
});

describe('a failure halfway through the close', () => {
  it('leaves the trajectory open, with no event, no conversation and nothing in the access log', async () => {
    const y = await makeYouth(t.db, {
      tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
      fields: { first_name: 'Uri' }, trajectory: { phaseKey: 'afronding', startedDaysAgo: 200, daysInPhase: 10 },
    });
    const tid = y.trajectoryId!;
    const version = await versionOf(tid);
    // The conversation's insert fails after the trajectory's own close has run in the transaction.
    await sql`create function spil_test_fail() returns trigger language plpgsql as $$ begin raise exception 'test: insert fails'; end $$`.execute(t.db);
    await sql`create trigger spil_test_fail before insert on closing_conversation for each row execute function spil_test_fail()`.execute(t.db);
    try {
      const r = await (await w.as(w.coachA)).post(`/api/trajectories/${tid}/closing`, { version, heldOn: day(0), summary: 'Eindgesprek.', closingReason: 'regulier_werk' });
      expect(r.status).toBe(500);
    } finally {
      await sql`drop trigger spil_test_fail on closing_conversation`.execute(t.db);
      await sql`drop function spil_test_fail()`.execute(t.db);
    }
    expect(await t.db.selectFrom('trajectory').select(['status', 'version', 'closed_at']).where('id', '=', tid).executeTakeFirstOrThrow()).toEqual({ status: 'active', version, closed_at: null });
    expect(await t.db.selectFrom('trajectory_event').select('kind').where('trajectory_id', '=', tid).where('kind', '=', 'close').execute()).toEqual([]);
    expect(await t.db.selectFrom('access_log').select('action').where('youth_id', '=', y.id).where('record_type', 'in', ['trajectory', 'closing_conversation']).execute()).toEqual([]);
    // And the same request afterwards closes it.
    const again = await (await w.as(w.coachA)).post(`/api/trajectories/${tid}/closing`, { version, heldOn: day(0), summary: 'Eindgesprek.', closingReason: 'regulier_werk' });
    expect(again.status).toBe(201);
  });
});
