import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../test/harness.js';
import { DEMO_PASSWORD } from './demo-logins.js';
import { seedDemoIfEmpty } from './demo.js';
import { checkResultAnswers, RESULT_AREAS } from '../core/closing/result-areas.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('the demo municipality', () => {
  it('is seeded once, with the handbook cases and their histories', async () => {
    expect(await seedDemoIfEmpty(t.db, t.clock.now)).toBe(true);
    expect(await seedDemoIfEmpty(t.db, t.clock.now)).toBe(false);
    const coach = new Client(t.url);
    await coach.login('coach@spil.demo', DEMO_PASSWORD);
    const mine = (await coach.get('/api/youth?scope=mine')).body.items;
    expect(mine.map((y: any) => y.displayName.split(' ')[0]).sort()).toEqual(['Bob', 'Enzo', 'Jeffrey', 'Ricardo', 'Tamir']);
    const enzo = mine.find((y: any) => y.displayName === 'Enzo');
    expect(enzo).toMatchObject({ attempts: 8, daysSinceRegistration: 38, trajectory: { overPlanned: true } });
    const home = (await coach.get('/api/home')).body;
    expect(home.today.map((a: any) => a.purpose)).toContain('Briefadres aanvragen bij de gemeente');
    const worklist = (await coach.get('/api/worklist')).body.items;
    expect(worklist.filter((i: any) => i.youthId === enzo.id)).toContainEqual(expect.objectContaining({ kind: 'unanswered_attempts', facts: { attempts: 8, days: expect.any(Number) } }));
    const ricardo = mine.find((y: any) => y.displayName === 'Ricardo');
    expect((await coach.get(`/api/youth/${ricardo.id}/scaling`)).body.items.map((s: any) => s.score)).toEqual([2, 6, 8]);

    // The picture of Jeffrey: re-scored domains against the baseline, his network with a JIM
    // mentor and a VAP, seven agencies, the chosen strategy and a verkoopverhaal with consent.
    const jeffrey = mine.find((y: any) => y.displayName.startsWith('Jeffrey'));
    const scores = (await coach.get(`/api/youth/${jeffrey.id}/assessments`)).body;
    expect(scores.items.map((a: any) => a.moment)).toEqual(['baseline', 'interim']);
    expect(scores.trend.domains.find((d: any) => d.domainKey === 'werk')).toMatchObject({ baselineScore: 1, latestScore: 2, change: 1 });
    const network = (await coach.get(`/api/youth/${jeffrey.id}/network`)).body;
    expect(network.people.find((p: any) => p.isJim).name).toBe('Oom Henk');
    expect(network.people.find((p: any) => p.influence === 'vap').name).toBe('Neef Dylan');
    expect(network.professionals).toHaveLength(7);
    expect((await coach.get(`/api/youth/${jeffrey.id}/strategy`)).body.body).toMatchObject({ selfImage: 'overlever', strategy: 'compenserend' });
    expect((await coach.get(`/api/youth/${jeffrey.id}/my-plan/versions`)).body.items).toHaveLength(2);
    expect((await coach.get(`/api/youth/${jeffrey.id}/consents`)).body.items.map((c: any) => c.status)).toEqual(['active']);

    // Ricardo's plan: signed on day 31, a newer draft; his wrap-around meeting with one action
    // done and one overdue. Bob has no plan yet and two days left of his six weeks.
    const plan = (await coach.get(`/api/youth/${ricardo.id}/plan`)).body;
    expect(plan).toMatchObject({ label: 'ondersteuningsplan', signedVersion: 1, latest: { version: 2, status: 'draft' }, norm: { state: 'signed_in_time', signedOnDay: 31 } });
    expect((await coach.get(`/api/youth/${jeffrey.id}/plan`)).body).toMatchObject({ signedVersion: 1, latest: { version: 2 }, norm: { signedOnDay: 38 } });
    const meetings = (await coach.get(`/api/youth/${ricardo.id}/meetings`)).body.items;
    expect(meetings[0].participants.map((p: any) => p.name)).toEqual(['Ricardo', 'Sanne de Vries', 'Tante Gloria', 'R. Kramer', 'Mo el Amrani']);
    expect(meetings[0].participants[2].networkPersonId).toEqual(expect.any(String));
    const actions = (await coach.get(`/api/youth/${ricardo.id}/actions`)).body;
    expect(actions.counts).toMatchObject({ overdue: 1, done: 5 });
    // The team's employer network, ranked against Ricardo's search profile: the kitchen he named comes first.
    expect((await coach.get('/api/employers')).body.items).toHaveLength(12);
    const matches = (await coach.get(`/api/youth/${ricardo.id}/matches`)).body.items;
    expect(matches[0].workplace).toMatchObject({ name: 'Keuken', employer: { name: 'Restaurant De Haven' } });
    const [trial] = (await coach.get(`/api/youth/${ricardo.id}/placements`)).body.items;
    expect(trial).toMatchObject({ kind: 'trial', status: 'running', subsidies: [{ kind: 'loonkostensubsidie' }] });
    const weeks = (await coach.get(`/api/youth/${ricardo.id}/placements/${trial.id}/weekly`)).body;
    expect(weeks.items).toHaveLength(8);
    expect(weeks.trend.find((c: any) => c.key === 'op_tijd_komen')).toMatchObject({ first: 0, latest: 2 });
    const bob = mine.find((y: any) => y.displayName === 'Bob');
    expect((await coach.get(`/api/youth/${bob.id}/plan`)).body).toMatchObject({ latest: null, norm: { state: 'open', daysLeft: 2 } });

    const street = new Client(t.url);
    await street.login('coach.delfshaven@spil.demo', DEMO_PASSWORD);
    expect((await street.get('/api/youth?scope=mine')).body.items).toHaveLength(6);

    // Monday morning (issue 9): the coach's worklist for the handbook cases, most urgent first.
    const work = (await coach.get('/api/worklist')).body.items;
    const has = (kind: string, name: string) => work.some((i: any) => i.kind === kind && i.youth?.displayName.startsWith(name));
    expect(has('plan_unsigned', 'Enzo') && has('no_contact', 'Bob') && has('subsidy_end', 'Ricardo') && has('meeting_due', 'Jeffrey')).toBe(true);
    expect(work.find((i: any) => i.kind === 'no_contact').facts.days).toBe(16);
    expect(work.find((i: any) => i.kind === 'subsidy_end').facts.daysLeft).toBe(21);
    expect(work.filter((i: any) => i.kind === 'action_due' && i.bucket === 'overdue' && i.youth.displayName.startsWith('Jeffrey')).map((i: any) => i.facts.description))
      .toEqual(expect.arrayContaining(['Aanmelden bij de Kredietbank met het schuldenoverzicht', 'Samen met oom Henk een dag meelopen in de podiumbouw']));
    expect(work[0].bucket).toBe('overdue');
    // The street group: last night's nuisance report runs a 24-hour clock for each of the six; Milan turns 18 this month.
    const streetWork = (await street.get('/api/worklist')).body.items;
    expect(streetWork.filter((i: any) => i.kind === 'group_response')).toHaveLength(6);
    expect(streetWork.find((i: any) => i.kind === 'turning_18').youth.displayName).toBe('Milan');
    const groups = (await street.get('/api/groups')).body.items;
    expect(groups).toMatchObject([{ name: 'Straatgroep Schiedamseweg', members: 6 }]);

    // Two years of history behind the cases (issue 11): closed trajectories in every quarter,
    // each closed through the phases with a result measurement the form allows.
    const closedPerQuarter = await t.db.selectFrom('trajectory').select((eb) => [eb.fn.countAll<number>().as('n')])
      .select(sql<string>`to_char(date_trunc('quarter', closed_at at time zone 'Europe/Amsterdam'), 'YYYY-Q')`.as('quarter'))
      .where('status', '=', 'closed').groupBy('quarter').execute();
    expect(closedPerQuarter.length).toBeGreaterThanOrEqual(7);
    const answers = await t.db.selectFrom('result_answer').select(['measurement_id', 'area', 'answer']).execute();
    const byMeasurement = new Map<string, Record<string, { answer: any }>>();
    for (const a of answers) byMeasurement.set(a.measurement_id, { ...byMeasurement.get(a.measurement_id), [a.area]: { answer: a.answer } });
    expect(byMeasurement.size).toBeGreaterThan(50);
    for (const m of byMeasurement.values()) expect(checkResultAnswers(m)).toBeNull();
    // Whole forms (every area answered), at each moment the dashboard offers.
    for (const m of byMeasurement.values()) expect(Object.keys(m)).toHaveLength(RESULT_AREAS.length);
    const moments = await t.db.selectFrom('result_measurement').select('moment').distinct().orderBy('moment').execute();
    expect(moments.map((m) => m.moment)).toEqual(['after_12_months', 'after_6_months', 'closing']);
  });
});

describe('the demo municipality seeded just after midnight', () => {
  it('still tells Bob\'s sixteen days without contact (no contact slips onto the day before)', async () => {
    const night = await startTestApp();
    try {
      night.clock.now = new Date('2026-12-04T23:30:00Z'); // 00:30 in Amsterdam
      await seedDemoIfEmpty(night.db, night.clock.now);
      const coach = new Client(night.url);
      await coach.login('coach@spil.demo', DEMO_PASSWORD);
      const work = (await coach.get('/api/worklist')).body.items;
      expect(work.find((i: any) => i.kind === 'no_contact' && i.youth?.displayName.startsWith('Bob')).facts.days).toBe(16);
      const mine = (await coach.get('/api/youth?scope=mine')).body.items;
      expect(mine.find((y: any) => y.displayName === 'Bob').daysSinceContact).toBe(16);
    } finally {
      await night.close();
    }
  });
});
