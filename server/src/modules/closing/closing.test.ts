import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeYouth } from '../../seed/factories.js';
import { makeAftercareContact, makeAftercarePlan, makeClosedWithConversation, makeResultMeasurement, makeWarmHandover } from '../../seed/factories-closing.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { answersWith } from '../../test/result-answers.js';
import { makeWorld } from '../../test/world.js';

/**
 * The afronding over HTTP on a real database, told as Ricardo's story (issue 11): he has worked
 * in a kitchen for five months; the coach holds the closing conversation, fills in the result
 * measurement with him, hands the debt work over warmly to the debt counsellor, plans aftercare
 * every six weeks for six months, and at six months records that he still works.
 */
const DAY = 86_400_000;
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
});
afterAll(async () => { await t.close(); });

async function youthInAfronding(name: string) {
  return makeYouth(t.db, {
    tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
    fields: { first_name: name }, trajectory: { phaseKey: 'afronding', startedDaysAgo: 200, daysInPhase: 10 },
  });
}
/** Dates relative to the test clock (the story moves it on). */
const day = (n: number) => new Date(t.clock.now.getTime() + n * DAY).toISOString().slice(0, 10);
const versionOf = async (trajectoryId: string) =>
  (await t.db.selectFrom('trajectory').select('version').where('id', '=', trajectoryId).executeTakeFirstOrThrow()).version;

const ricardoAnswers = {
  work: { answer: 'ja', details: { function: 'Kok-assistent', company: 'Restaurant De Haven', hoursPerWeek: 32 } },
  income: { answer: 'ja', explanation: 'Loon in plaats van niets.', details: { amountPerMonth: 1350 } },
  debts: { answer: 'ja_gelukt', details: { arrangement: 'Betalingsregeling via de schuldhulpverlening' } },
  health: { answer: 'ja_gelukt' },
  leisure: { answer: 'nee_wel_geprobeerd', explanation: 'Wil weer gaan voetballen, nog niet gelukt.' },
  social_network: { answer: 'ja_gelukt' },
  housing: { answer: 'ja', explanation: 'Een eigen kamer.' },
  home_situation: { answer: 'nvt' },
  employee_skills: { answer: 'ja', details: { skills: ['op_tijd_komen', 'samenwerken'] } },
  criminal_activity: { answer: 'nee' },
};

describe('Ricardo\'s afronding', () => {
  it('closes with a closing conversation, a result measurement, a warm handover that landed, and aftercare to six months', async () => {
    const ricardo = await youthInAfronding('Ricardo');
    const tid = ricardo.trajectoryId!;
    const coach = await w.as(w.coachA);

    // The closing conversation closes the trajectory in one step.
    const closeBody = { version: await versionOf(tid), heldOn: '2026-11-23', summary: 'Werkt vijf maanden in de keuken; wil verder als kok.', takesAlong: 'Zijn cv, het contract en het nummer van de coach.', closingReason: 'regulier_werk' };
    const closed = await coach.post(`/api/trajectories/${tid}/closing`, closeBody);
    expect(closed.status).toBe(201);
    expect(closed.body.trajectory).toMatchObject({ status: 'closed', closingReason: 'regulier_werk', closing: true });
    expect(closed.body.conversation).toMatchObject({ heldOn: '2026-11-23', summary: closeBody.summary, takesAlong: closeBody.takesAlong, version: 1, author: { name: 'Coach A' } });
    // The measurements after 6 and 12 months open a month before their moment.
    expect(closed.body.measurementOpensOn).toEqual({ closing: null, after_6_months: '2027-04-23', after_12_months: '2027-10-23' });
    // A retry of the same request (the answer was lost) does not fail and writes nothing twice.
    const again = await coach.post(`/api/trajectories/${tid}/closing`, closeBody);
    expect(again.status).toBe(200);
    const closeEvents = await t.db.selectFrom('trajectory_event').select(['reason', 'closing_reason']).where('trajectory_id', '=', tid).where('kind', '=', 'close').execute();
    expect(closeEvents).toEqual([{ reason: closeBody.summary, closing_reason: 'regulier_werk' }]);
    // The trajectory's own history shows the close with the conversation's summary as its reason.
    const trajectories = (await coach.get(`/api/youth/${ricardo.id}/trajectories`)).body.items;
    expect(trajectories[0]).toMatchObject({ status: 'closed', events: expect.arrayContaining([expect.objectContaining({ kind: 'close', reason: closeBody.summary })]) });

    // The result measurement at closing, with Ricardo.
    const measurement = { id: randomUUID(), moment: 'closing', measuredOn: '2026-11-23', answers: {
      ...ricardoAnswers, criminal_activity: { answer: 'nee', explanation: 'Geen contact meer met politie.' },
    } };
    const measured = await coach.post(`/api/trajectories/${tid}/result-measurements`, measurement);
    expect(measured.status).toBe(201);
    expect(measured.body.answers.work).toEqual({ answer: 'ja', explanation: null, details: { function: 'Kok-assistent', company: 'Restaurant De Haven', hoursPerWeek: 32 } });
    expect(measured.body.answers.income).toMatchObject({ answer: 'ja', details: { amountPerMonth: 1350 } });
    expect(measured.body.answers.debts).toMatchObject({ answer: 'ja_gelukt', details: { arrangement: 'Betalingsregeling via de schuldhulpverlening' } });
    expect(measured.body.answers.housing).toEqual({ answer: 'ja', explanation: 'Een eigen kamer.', details: null });
    expect(Object.keys(measured.body.answers)).toHaveLength(10);
    expect((await coach.post(`/api/trajectories/${tid}/result-measurements`, measurement)).status).toBe(200);

    // The remaining debt work goes warmly to the debt counsellor.
    const handoverId = randomUUID();
    const handed = await coach.post(`/api/trajectories/${tid}/warm-handovers`, {
      id: handoverId, toOrganisation: 'Schuldhulpverlening Rotterdam', toPerson: 'Mevrouw Bakker', what: 'De afbetaling van de restschuld bij de zorgverzekeraar.',
      conversationOn: '2026-11-23', conversationNote: 'Samen met Ricardo bij mevrouw Bakker; zij belt hem volgende week.',
    });
    expect(handed.status).toBe(201);
    expect(handed.body.handovers).toEqual([expect.objectContaining({ id: handoverId, checkDueOn: '2026-12-07', checkedOn: null, landed: null, checkDue: false, version: 1 })]);

    // Aftercare every six weeks for six months.
    const planned = await coach.put(`/api/trajectories/${tid}/aftercare-plan`, {
      content: 'Elke zes weken bellen of langs op het werk: gaat het goed met werk, kamer en geld?', frequencyWeeks: 6, startsOn: '2026-11-23', endsOn: '2027-05-23',
    });
    expect(planned.status).toBe(201);
    expect(planned.body.aftercare.schedule.moments.map((m: any) => m.dueOn)).toEqual(['2027-01-04', '2027-02-15', '2027-03-29', '2027-05-10']);
    expect(planned.body.aftercare.schedule.next).toEqual({ dueOn: '2027-01-04', overdue: false, daysLate: 0 });

    // Two weeks later: the check that the handover landed. The worklist-style flag shows it is due.
    t.clock.advance(14 * DAY);
    const later = await w.as(w.coachA);
    const due = (await later.get(`/api/trajectories/${tid}/closing`)).body;
    expect(due.handovers[0].checkDue).toBe(true);
    const checked = await later.patch(`/api/trajectories/${tid}/warm-handovers/${handoverId}`, { version: 1, checkedOn: '2026-12-07', landed: true, checkNote: 'Ricardo heeft twee afspraken gehad; de regeling loopt.' });
    expect(checked.status).toBe(200);
    expect(checked.body.handovers[0]).toMatchObject({ checkedOn: '2026-12-07', landed: true, checkDue: false, version: 2 });

    // At six months: the aftercare contact says he still works, and the measurement after 6 months.
    t.clock.advance(167 * DAY); // 2027-05-23
    const sixMonths = await w.as(w.coachA);
    const contact = await sixMonths.post(`/api/trajectories/${tid}/aftercare-contacts`, {
      id: randomUUID(), heldOn: '2027-05-23', note: 'Langs in het restaurant; vast contract in zicht.', stillWorking: true, stillHoused: true,
    });
    expect(contact.status).toBe(201);
    expect(contact.body.aftercare.contacts).toEqual([expect.objectContaining({ heldOn: '2027-05-23', stillWorking: true, stillHoused: true })]);
    // The earlier moments went by without a contact; the last one counts this contact.
    expect(contact.body.aftercare.schedule.moments.map((m: any) => m.status)).toEqual(['missed', 'missed', 'missed', 'held']);
    expect(contact.body.aftercare.schedule.next).toBeNull();
    // Dated in the month after the closing it is no measurement after six months.
    const early = await sixMonths.post(`/api/trajectories/${tid}/result-measurements`, { id: randomUUID(), moment: 'after_6_months', measuredOn: '2026-12-20', answers: ricardoAnswers });
    expect(early).toMatchObject({ status: 400, body: { code: 'MEASUREMENT_TOO_EARLY', details: { field: 'measuredOn' } } });
    const after6 = await sixMonths.post(`/api/trajectories/${tid}/result-measurements`, {
      id: randomUUID(), moment: 'after_6_months', measuredOn: '2027-05-23', answers: { ...ricardoAnswers, income: { answer: 'ja', details: { amountPerMonth: 1500 } } },
    });
    expect(after6.status).toBe(201);

    const view = (await sixMonths.get(`/api/trajectories/${tid}/closing`)).body;
    expect(view.resultMeasurements.map((m: any) => [m.moment, m.answers.work.answer, m.answers.income.details.amountPerMonth])).toEqual([
      ['closing', 'ja', 1350], ['after_6_months', 'ja', 1500],
    ]);
    expect(view.conversation.summary).toBe(closeBody.summary);

    // Every read and change is in the access log.
    const logged = await t.db.selectFrom('access_log').select(['action', 'record_type']).where('youth_id', '=', ricardo.id).where('user_id', '=', w.coachA.id).where('result', '=', 'allowed').execute();
    const kinds = new Set(logged.map((l) => `${l.action}:${l.record_type}`));
    for (const k of ['create:closing_conversation', 'update:trajectory', 'create:result_measurement', 'create:warm_handover', 'update:warm_handover', 'create:aftercare_plan', 'create:aftercare_contact', 'read:closing']) {
      expect(kinds).toContain(k);
    }
    // Changes keep their history.
    const revisions = await t.db.selectFrom('revision').select('entity').where('youth_id', '=', ricardo.id).execute();
    expect(new Set(revisions.map((r) => r.entity))).toEqual(new Set(['youth', 'closing_conversation', 'result_measurement', 'warm_handover', 'aftercare_plan', 'aftercare_contact']));
  });
});

describe('bad input in the afronding', () => {
  it('gets a clear 400 or 409, and writes nothing half', async () => {
    const y = await youthInAfronding('Sem');
    const tid = y.trajectoryId!;
    const coach = await w.as(w.coachA);
    const today = day(0);
    const v1 = await versionOf(tid);

    // Not yet closing: no handover, aftercare or measurement on a trajectory in an early phase.
    const early = await makeYouth(t.db, { tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now, trajectory: { phaseKey: 'verdieping', startedDaysAgo: 20, daysInPhase: 5 } });
    const notClosing = await coach.post(`/api/trajectories/${early.trajectoryId}/warm-handovers`, { id: randomUUID(), toOrganisation: 'GGZ', what: 'Behandeling' });
    expect(notClosing).toMatchObject({ status: 409, body: { code: 'TRAJECTORY_NOT_CLOSING' } });

    const base = { version: v1, heldOn: `${today}`, summary: 'Eindgesprek.', closingReason: 'opleiding' };
    expect((await coach.post(`/api/trajectories/${tid}/closing`, { ...base, heldOn: `${day(31)}` })).body).toMatchObject({ code: 'IN_FUTURE', details: { field: 'heldOn' } });
    expect((await coach.post(`/api/trajectories/${tid}/closing`, { ...base, summary: '  ' })).body.code).toBe('VALIDATION_FAILED');
    expect((await coach.post(`/api/trajectories/${tid}/closing`, { ...base, closingReason: 'op_vakantie' })).body).toMatchObject({ code: 'UNKNOWN_CLOSING_REASON', details: { field: 'closingReason' } });
    expect((await coach.post(`/api/trajectories/${tid}/closing`, { ...base, version: v1 + 1 })).body.code).toBe('VERSION_CONFLICT');
    expect(await t.db.selectFrom('closing_conversation').select('trajectory_id').where('trajectory_id', '=', tid).execute()).toEqual([]);

    const closed = await coach.post(`/api/trajectories/${tid}/closing`, base);
    expect(closed.status).toBe(201);
    // Closing an already closed trajectory (another conversation, or a plain close).
    const twice = await coach.post(`/api/trajectories/${tid}/closing`, { ...base, version: closed.body.trajectory.version, summary: 'Nog een eindgesprek.' });
    expect(twice).toMatchObject({ status: 409, body: { code: 'ALREADY_CLOSED' } });
    expect(twice.body.details.current.conversation.summary).toBe('Eindgesprek.');
    const plain = await coach.post(`/api/trajectories/${tid}/transitions`, { version: closed.body.trajectory.version, kind: 'close', reason: 'x', closingReason: 'opleiding' });
    expect(plain.status).toBe(409);

    // The conversation is edited with its own version; a stale one gets 409 with the current record.
    const edited = await coach.patch(`/api/trajectories/${tid}/closing`, { version: 1, takesAlong: 'Het inschrijfbewijs van de opleiding.' });
    expect(edited.body.conversation).toMatchObject({ version: 2, takesAlong: 'Het inschrijfbewijs van de opleiding.' });
    const stale = await coach.patch(`/api/trajectories/${tid}/closing`, { version: 1, summary: 'Anders' });
    expect(stale).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT', details: { current: { conversation: { version: 2 } } } } });

    // A handover to nobody.
    for (const toOrganisation of ['', '   ']) {
      const nobody = await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: randomUUID(), toOrganisation, what: 'De schulden' });
      expect(nobody.status).toBe(400);
      expect(nobody.body.details.fields[0].path).toBe('body.toOrganisation');
    }
    expect((await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: randomUUID(), what: 'De schulden' })).status).toBe(400);
    const hid = randomUUID();
    await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: hid, toOrganisation: 'MBO Zadkine', what: 'Begeleiding bij de start', conversationOn: `${day(-3)}` });
    expect((await coach.patch(`/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 1, checkedOn: `${today}` })).body).toMatchObject({ code: 'LANDED_REQUIRED', details: { field: 'landed' } });
    await coach.patch(`/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 1, toPerson: 'Meneer Yilmaz' });
    expect((await coach.patch(`/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 1, checkedOn: `${today}`, landed: false })).body.code).toBe('VERSION_CONFLICT');

    // Aftercare that ends before it starts.
    const backwards = await coach.put(`/api/trajectories/${tid}/aftercare-plan`, { content: 'Bellen', frequencyWeeks: 4, startsOn: `${day(8)}`, endsOn: `${day(7)}` });
    expect(backwards).toMatchObject({ status: 400, body: { code: 'AFTERCARE_END_BEFORE_START', details: { field: 'endsOn' } } });
    expect((await coach.put(`/api/trajectories/${tid}/aftercare-plan`, { content: 'Bellen', frequencyWeeks: 0, startsOn: `${day(8)}`, endsOn: `${day(68)}` })).status).toBe(400);
    const plan = { content: 'Bellen', frequencyWeeks: 4, startsOn: `${day(8)}`, endsOn: `${day(98)}` };
    expect((await coach.put(`/api/trajectories/${tid}/aftercare-plan`, plan)).status).toBe(201);
    expect((await coach.put(`/api/trajectories/${tid}/aftercare-plan`, plan)).status).toBe(200);
    expect((await coach.put(`/api/trajectories/${tid}/aftercare-plan`, { ...plan, frequencyWeeks: 6 })).body.code).toBe('VERSION_CONFLICT');
    expect((await coach.put(`/api/trajectories/${tid}/aftercare-plan`, { ...plan, version: 1, frequencyWeeks: 6 })).body.aftercare.plan).toMatchObject({ version: 2, frequencyWeeks: 6 });
    expect((await coach.put(`/api/trajectories/${tid}/aftercare-plan`, { ...plan, version: 1 })).status).toBe(409);
    expect((await coach.post(`/api/trajectories/${tid}/aftercare-contacts`, { id: randomUUID(), heldOn: `${day(37)}`, stillWorking: null, stillHoused: null })).body.code).toBe('IN_FUTURE');

    // A result answer outside its area's set names the field; nothing is stored.
    const mid = randomUUID();
    const wrong = await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: `${today}`, answers: answersWith({ debts: { answer: 'ja' } }) });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'RESULT_ANSWER_NOT_ALLOWED', details: { field: 'answers.debts', allowed: ['nee_wel_geprobeerd', 'ja_gelukt', 'nvt'] } } });
    expect((await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: `${today}`, answers: answersWith({ work: { answer: 'misschien' } }) })).body.code).toBe('VALIDATION_FAILED');
    // The form as a whole: every unanswered question is named, so the coach sees them all at once.
    const partial = await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: `${today}`, answers: { work: { answer: 'ja' }, income: { answer: 'nee' } } });
    expect(partial.status).toBe(400);
    expect(partial.body.code).toBe('VALIDATION_FAILED');
    expect(partial.body.details.fields.map((f: { path: string }) => f.path)).toEqual(
      ['debts', 'health', 'leisure', 'social_network', 'housing', 'home_situation', 'employee_skills', 'criminal_activity'].map((k) => `body.answers.${k}`));
    expect(partial.body.details.fields[0].message).toMatch(/nog niet beantwoord/);
    expect((await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'na_een_week', measuredOn: `${today}`, answers: answersWith() })).body.code).toBe('VALIDATION_FAILED');
    expect(await t.db.selectFrom('result_measurement').select('id').where('id', '=', mid).execute()).toEqual([]);

    // "Nee" to work found keeps no job details; one measurement per moment; edits need the version.
    const made = await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: `${today}`, answers: answersWith({ work: { answer: 'nee', explanation: 'Gaat naar school', details: { function: 'Kok' } } }) });
    expect(made.body.answers.work).toEqual({ answer: 'nee', explanation: 'Gaat naar school', details: null });
    const second = await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: randomUUID(), moment: 'closing', measuredOn: `${today}`, answers: answersWith() });
    expect(second).toMatchObject({ status: 409, body: { code: 'RESULT_MOMENT_TAKEN', details: { current: { id: mid } } } });
    const changed = await coach.patch(`/api/trajectories/${tid}/result-measurements/${mid}`, { version: 1, answers: answersWith({ housing: { answer: 'ja' } }) });
    expect(changed.body).toMatchObject({ version: 2, answers: { work: { answer: 'nee', explanation: null }, housing: { answer: 'ja' } } });
    const staleM = await coach.patch(`/api/trajectories/${tid}/result-measurements/${mid}`, { version: 1, note: 'x' });
    expect(staleM).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT', details: { current: { version: 2 } } } });
    expect((await coach.patch(`/api/trajectories/${tid}/result-measurements/${mid}`, { version: 2, answers: answersWith({ criminal_activity: { answer: 'nvt' } }) })).body.code).toBe('RESULT_ANSWER_NOT_ALLOWED');
  });
});

describe('who may reach the afronding', () => {
  it('is the coach and the team lead; a coach of another team and the policy officer get 403 on every route, logged', async () => {
    const y = await youthInAfronding('Noor');
    const tid = y.trajectoryId!;
    const coach = await w.as(w.coachA);
    const today = day(0);
    const closed = await coach.post(`/api/trajectories/${tid}/closing`, { version: await versionOf(tid), heldOn: `${today}`, summary: 'Eindgesprek.', closingReason: 'regulier_werk' });
    const hid = randomUUID();
    await coach.post(`/api/trajectories/${tid}/warm-handovers`, { id: hid, toOrganisation: 'Wijkteam', what: 'Gezin' });
    const mid = randomUUID();
    await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: mid, moment: 'closing', measuredOn: `${today}`, answers: answersWith({ work: { answer: 'ja' } }) });

    const routes: [string, string, unknown][] = [
      ['GET', `/api/trajectories/${tid}/closing`, undefined],
      ['POST', `/api/trajectories/${tid}/closing`, { version: closed.body.trajectory.version, heldOn: `${today}`, summary: 'x', closingReason: 'anders' }],
      ['PATCH', `/api/trajectories/${tid}/closing`, { version: 1, summary: 'x' }],
      ['POST', `/api/trajectories/${tid}/warm-handovers`, { id: randomUUID(), toOrganisation: 'X', what: 'Y' }],
      ['PATCH', `/api/trajectories/${tid}/warm-handovers/${hid}`, { version: 1, checkedOn: `${today}`, landed: true }],
      ['PUT', `/api/trajectories/${tid}/aftercare-plan`, { content: 'x', frequencyWeeks: 6, startsOn: `${today}`, endsOn: `${day(181)}` }],
      ['POST', `/api/trajectories/${tid}/aftercare-contacts`, { id: randomUUID(), heldOn: `${today}`, stillWorking: true, stillHoused: null }],
      ['POST', `/api/trajectories/${tid}/result-measurements`, { id: randomUUID(), moment: 'after_6_months', measuredOn: `${today}`, answers: answersWith() }],
      ['PATCH', `/api/trajectories/${tid}/result-measurements/${mid}`, { version: 1, note: 'x' }],
    ];
    for (const [who, user] of [['coach B', w.coachB], ['policy', w.policy]] as const) {
      const c = await w.as(user);
      for (const [method, path, body] of routes) {
        const r = await c.request(method, path, body);
        expect({ who, method, path, status: r.status }).toEqual({ who, method, path, status: 403 });
      }
      const denied = await t.db.selectFrom('access_log').select('record_type').where('youth_id', '=', y.id).where('user_id', '=', user.id).where('result', '=', 'denied').execute();
      expect(denied).toHaveLength(routes.length);
    }
    // Nothing changed by the refused attempts.
    expect((await coach.get(`/api/trajectories/${tid}/closing`)).body).toMatchObject({ conversation: { version: 1, summary: 'Eindgesprek.' }, handovers: [{ version: 1 }], aftercare: { plan: null, contacts: [] } });

    const lead = await w.as(w.lead);
    const seen = await lead.get(`/api/trajectories/${tid}/closing`);
    expect(seen.status).toBe(200);
    expect(seen.body.resultMeasurements[0].answers.work.answer).toBe('ja');
    const leadRead = await t.db.selectFrom('access_log').select(['action', 'record_type', 'result']).where('youth_id', '=', y.id).where('user_id', '=', w.lead.id).execute();
    expect(leadRead).toEqual([{ action: 'read', record_type: 'closing', result: 'allowed' }]);
    // Another tenant's trajectory does not exist here.
    expect((await coach.get(`/api/trajectories/${randomUUID()}/closing`)).status).toBe(404);
  });
});

describe('the closing factories (for the demo seed)', () => {
  it('write what the API reads back', async () => {
    const y = await youthInAfronding('Demo');
    const base = { tenantId: w.tenant.id, youthId: y.id, trajectoryId: y.trajectoryId! };
    await makeClosedWithConversation(t.db, { ...base, authorId: w.coachA.id, closedOn: '2026-05-04', closingReason: 'regulier_werk', takesAlong: 'Zijn cv' });
    await makeWarmHandover(t.db, { ...base, createdBy: w.coachA.id, toOrganisation: 'Schuldhulpverlening', what: 'Restschuld', conversationOn: '2026-05-04', check: { checkedOn: '2026-05-18', landed: true } });
    await makeAftercarePlan(t.db, { ...base, createdBy: w.coachA.id, startsOn: '2026-05-04', endsOn: '2026-11-04', frequencyWeeks: 6 });
    await makeAftercareContact(t.db, { ...base, authorId: w.coachA.id, heldOn: '2026-06-15', stillWorking: true, stillHoused: null });
    await makeResultMeasurement(t.db, { ...base, authorId: w.coachA.id, moment: 'closing', measuredOn: '2026-05-04', answers: { work: { answer: 'ja', details: { function: 'Hovenier', hoursPerWeek: 36 } }, debts: { answer: 'nvt', details: { arrangement: 'x' } } } });
    const view = (await (await w.as(w.coachA)).get(`/api/trajectories/${y.trajectoryId}/closing`)).body;
    expect(view).toMatchObject({
      trajectory: { status: 'closed', closingReason: 'regulier_werk' },
      conversation: { heldOn: '2026-05-04', takesAlong: 'Zijn cv' },
      handovers: [{ checkDueOn: '2026-05-18', checkedOn: '2026-05-18', landed: true, version: 2 }],
      aftercare: { plan: { frequencyWeeks: 6 }, contacts: [{ heldOn: '2026-06-15', stillWorking: true, stillHoused: null }] },
      resultMeasurements: [{ moment: 'closing', answers: { work: { answer: 'ja', details: { function: 'Hovenier', hoursPerWeek: 36 } }, debts: { answer: 'nvt', details: null } } }],
    });
    expect(view.aftercare.schedule.moments[0]).toEqual({ dueOn: '2026-06-15', status: 'held', heldOn: '2026-06-15' });
  });
});
