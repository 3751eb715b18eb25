import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_AREA_KEYS } from '../../core/closing/result-areas.js';
import { makeYouth } from '../../seed/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The afronding in the youth's timeline (issue 11): the closing conversation, a warm handover
 * and its check two weeks later, aftercare contacts and result measurements, all made through
 * the API and read back from the timeline in the order they happened, page by page.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Short steps: a session idles out after 30 minutes of clock time. */
const STEP = 20 * 60_000;
const AFRONDING = 'closing_conversation,warm_handover,handover_check,aftercare_contact,result_measurement';
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
});
afterAll(async () => { await t.close(); });

const answers = (over: Record<string, unknown> = {}) => ({
  work: { answer: 'ja', details: { function: 'Kok-assistent', company: 'Restaurant De Haven', hoursPerWeek: 32 } },
  income: { answer: 'ja', details: { amountPerMonth: 1350 } },
  debts: { answer: 'ja_gelukt', details: { arrangement: 'Betalingsregeling' } },
  health: { answer: 'ja_gelukt' },
  leisure: { answer: 'nee_wel_geprobeerd' },
  social_network: { answer: 'ja_gelukt' },
  housing: { answer: 'ja' },
  home_situation: { answer: 'nvt' },
  employee_skills: { answer: 'ja', details: { skills: ['op_tijd_komen'] } },
  criminal_activity: { answer: 'nee' },
  ...over,
});

describe('the afronding in the timeline', () => {
  it('shows the closing conversation, the warm handover and its check, aftercare contacts and result measurements, newest first', async () => {
    // The test clock starts on 2026-11-23 at 10:00 in Amsterdam (09:00 UTC).
    const y = await makeYouth(t.db, {
      tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
      fields: { first_name: 'Ricardo' }, trajectory: { phaseKey: 'afronding', startedDaysAgo: 200, daysInPhase: 10 },
    });
    const tid = y.trajectoryId!;
    const coach = await w.as(w.coachA);
    const version = (await t.db.selectFrom('trajectory').select('version').where('id', '=', tid).executeTakeFirstOrThrow()).version;
    expect((await coach.post(`/api/trajectories/${tid}/closing`, {
      version, heldOn: '2026-11-23', summary: 'Werkt vijf maanden in de keuken.', takesAlong: 'Zijn cv.', closingReason: 'regulier_werk',
    })).status).toBe(201);
    t.clock.advance(STEP);
    const closingId = randomUUID();
    expect((await coach.post(`/api/trajectories/${tid}/result-measurements`, { id: closingId, moment: 'closing', measuredOn: '2026-11-23', answers: answers() })).status).toBe(201);
    t.clock.advance(STEP);
    // The handover conversation was three days ago, recorded today: it sits on its own day.
    const handoverId = randomUUID();
    expect((await coach.post(`/api/trajectories/${tid}/warm-handovers`, {
      id: handoverId, toOrganisation: 'Schuldhulpverlening Rotterdam', toPerson: 'Mevrouw Bakker', what: 'De restschuld.', conversationOn: '2026-11-20',
    })).status).toBe(201);

    // Two weeks on: an aftercare contact of yesterday, recorded after the check of today.
    t.clock.advance(14 * DAY);
    const later = await w.as(w.coachA);
    expect((await later.patch(`/api/trajectories/${tid}/warm-handovers/${handoverId}`, { version: 1, checkedOn: '2026-12-07', landed: true, checkNote: 'De regeling loopt.' })).status).toBe(200);
    const firstContact = randomUUID();
    expect((await later.post(`/api/trajectories/${tid}/aftercare-contacts`, { id: firstContact, heldOn: '2026-12-06', note: 'Gebeld.', stillWorking: true, stillHoused: true })).status).toBe(201);

    // Six months on: the measurement, then the contact of the same day.
    t.clock.advance(167 * DAY); // 2027-05-23
    const sixMonths = await w.as(w.coachA);
    const after6Id = randomUUID();
    expect((await sixMonths.post(`/api/trajectories/${tid}/result-measurements`, {
      id: after6Id, moment: 'after_6_months', measuredOn: '2027-05-23', answers: answers({ work: { answer: 'nee' }, housing: { answer: 'nvt' } }),
    })).status).toBe(201);
    t.clock.advance(STEP);
    const lastContact = randomUUID();
    expect((await sixMonths.post(`/api/trajectories/${tid}/aftercare-contacts`, { id: lastContact, heldOn: '2027-05-23', stillWorking: false, stillHoused: null })).status).toBe(201);

    const res = await sixMonths.get(`/api/youth/${y.id}/timeline?kinds=${AFRONDING}`);
    expect(res.status).toBe(200);
    const items = res.body.items;
    expect(items.map((i: any) => [i.kind, i.id])).toEqual([
      ['aftercare_contact', lastContact],
      ['result_measurement', after6Id],
      ['handover_check', handoverId],
      ['aftercare_contact', firstContact],
      ['result_measurement', closingId],
      ['closing_conversation', tid],
      ['warm_handover', handoverId],
    ]);
    const times = items.map((i: any) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
    // A date recorded on its own day keeps the time it was recorded; an earlier day starts that day (Amsterdam).
    expect(items[4].at).toBe('2026-11-23T09:20:00.000Z');
    expect(items[6].at).toBe('2026-11-19T23:00:00.000Z');
    expect(items[3].at).toBe('2026-12-05T23:00:00.000Z');

    const coachA = { id: w.coachA.id, name: 'Coach A' };
    expect(items[0]).toMatchObject({ actor: coachA, data: { heldOn: '2027-05-23', note: null, stillWorking: false, stillHoused: null } });
    expect(items[2]).toMatchObject({ actor: coachA, data: { toOrganisation: 'Schuldhulpverlening Rotterdam', checkedOn: '2026-12-07', landed: true, note: 'De regeling loopt.' } });
    expect(items[3]).toMatchObject({ data: { heldOn: '2026-12-06', note: 'Gebeld.', stillWorking: true, stillHoused: true } });
    expect(items[5]).toMatchObject({ actor: coachA, data: { heldOn: '2026-11-23', summary: 'Werkt vijf maanden in de keuken.', takesAlong: 'Zijn cv.' } });
    expect(items[6]).toMatchObject({ actor: coachA, data: { toOrganisation: 'Schuldhulpverlening Rotterdam', toPerson: 'Mevrouw Bakker', what: 'De restschuld.', conversationOn: '2026-11-20', checkDueOn: '2026-12-04' } });
    // The measurement's answers in the form's order.
    expect(items[1].data).toMatchObject({ moment: 'after_6_months', measuredOn: '2027-05-23' });
    expect(items[1].data.answers.map((a: any) => a.area)).toEqual(RESULT_AREA_KEYS);
    expect(items[1].data.answers.slice(0, 2)).toEqual([{ area: 'work', answer: 'nee' }, { area: 'income', answer: 'ja' }]);
    expect(items[4].data.answers[0]).toEqual({ area: 'work', answer: 'ja' });

    // Page by page (two at a time) gives the same order, nothing twice, nothing missed.
    const paged: string[] = [];
    let cursor = '';
    do {
      const page = (await sixMonths.get(`/api/youth/${y.id}/timeline?kinds=${AFRONDING}&limit=2${cursor ? `&before=${cursor}` : ''}`)).body;
      paged.push(...page.items.map((i: any) => `${i.kind}:${i.id}`));
      cursor = page.nextCursor ?? '';
    } while (cursor);
    expect(paged).toEqual(items.map((i: any) => `${i.kind}:${i.id}`));

    // In the whole timeline the conversation sits with the close it made (same moment).
    const all = (await sixMonths.get(`/api/youth/${y.id}/timeline?limit=50`)).body.items.map((i: any) => i.kind);
    expect(all.slice(4, 7)).toEqual(['result_measurement', 'phase', 'closing_conversation']);

    // Reading the timeline is in the youth's access log, as before.
    const logged = await t.db.selectFrom('access_log').select('record_type').where('youth_id', '=', y.id).where('user_id', '=', w.coachA.id)
      .where('action', '=', 'read').where('record_type', '=', 'timeline').execute();
    expect(logged.length).toBeGreaterThanOrEqual(3);
  });

  it('shows another youth nothing of this afronding, and refuses a coach of another team', async () => {
    const other = await makeYouth(t.db, {
      tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
      trajectory: { phaseKey: 'afronding', startedDaysAgo: 100, daysInPhase: 5 },
    });
    const coach = await w.as(w.coachA);
    expect((await coach.get(`/api/youth/${other.id}/timeline?kinds=${AFRONDING}`)).body.items).toEqual([]);
    const coachB = await w.as(w.coachB);
    expect((await coachB.get(`/api/youth/${other.id}/timeline?kinds=${AFRONDING}`)).status).toBe(403);
  });
});
