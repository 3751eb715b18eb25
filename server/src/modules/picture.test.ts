import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { makeWorld } from '../test/world.js';

/**
 * The picture of the youth (issue 6) over HTTP on a real database: life-domain scores over
 * time, mijn plan in versions, the quick scan, the network map, the zoekprofiel, the
 * verkoopverhaal printed only under consent, the SLIM strategy and risk flags.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

async function newYouth(firstName = `Jeffrey${randomUUID().slice(0, 4)}`) {
  const coach = await w.as(w.coachA);
  const youth = (await coach.post('/api/youth', { id: randomUUID(), firstName, neighbourhood: 'Feijenoord' })).body;
  return { coach, youthId: youth.id as string };
}

const today = '2026-11-23'; // the test clock's day in Amsterdam

describe('life-domain assessments', () => {
  it('scores the domains twice and shows the change since the baseline per domain', async () => {
    const { coach, youthId } = await newYouth();
    const empty = (await coach.get(`/api/youth/${youthId}/assessments`)).body;
    expect(empty.domains.map((d: any) => d.label)).toEqual(['Scholing', 'Werk', 'Financiën', 'Wonen', 'Justitie', 'Gezondheid', 'Vrije tijd', 'Sociaal netwerk']);
    expect(empty.domains[0].levels).toHaveLength(5);
    expect(empty.trend.baselineId).toBeNull();

    const baseline = await coach.post(`/api/youth/${youthId}/assessments`, {
      id: randomUUID(), assessedOn: '2026-08-20', moment: 'baseline', note: 'Eerste gesprek aan de keukentafel',
      scores: [{ domainKey: 'wonen', score: 2, note: 'Slaapt bij zijn moeder' }, { domainKey: 'werk', score: 1 }, { domainKey: 'justitie', score: 2 }],
    });
    expect(baseline.status).toBe(201);
    expect(baseline.body).toMatchObject({ moment: 'baseline', author: { id: w.coachA.id }, scores: expect.arrayContaining([{ domainKey: 'wonen', score: 2, note: 'Slaapt bij zijn moeder' }]) });
    const interim = await coach.post(`/api/youth/${youthId}/assessments`, {
      id: randomUUID(), assessedOn: today, moment: 'interim', scores: [{ domainKey: 'wonen', score: 4 }, { domainKey: 'werk', score: 3 }, { domainKey: 'justitie', score: 2 }],
    });
    expect(interim.status).toBe(201);

    const list = (await coach.get(`/api/youth/${youthId}/assessments`)).body;
    expect(list.items.map((i: any) => i.moment)).toEqual(['baseline', 'interim']);
    expect(list.trend).toMatchObject({ baselineId: baseline.body.id, latestId: interim.body.id });
    const byKey = Object.fromEntries(list.trend.domains.map((d: any) => [d.domainKey, d]));
    expect(byKey.wonen).toMatchObject({ baselineScore: 2, latestScore: 4, change: 2 });
    expect(byKey.werk).toMatchObject({ baselineScore: 1, latestScore: 3, change: 2 });
    expect(byKey.justitie).toMatchObject({ change: 0 });
    expect(byKey.scholing).toMatchObject({ series: [], change: null });
  });

  it('refuses a score of 6, an unknown domain, a domain twice, no scores and a date in the future — and writes nothing', async () => {
    const { coach, youthId } = await newYouth();
    const send = (over: object) => coach.post(`/api/youth/${youthId}/assessments`, { id: randomUUID(), assessedOn: today, moment: 'baseline', scores: [{ domainKey: 'wonen', score: 3 }], ...over });
    const six = await send({ scores: [{ domainKey: 'wonen', score: 6 }] });
    expect(six.status).toBe(400);
    expect(six.body.details.fields[0]).toMatchObject({ path: 'body.scores.0.score', message: 'Een score is 1 tot en met 5.' });
    expect((await send({ scores: [{ domainKey: 'ruimtevaart', score: 3 }] })).body).toMatchObject({ code: 'UNKNOWN_DOMAIN', details: { value: 'ruimtevaart' } });
    expect((await send({ scores: [{ domainKey: 'wonen', score: 3 }, { domainKey: 'wonen', score: 2 }] })).body.code).toBe('DUPLICATE_DOMAIN');
    expect((await send({ scores: [] })).status).toBe(400);
    expect((await send({ assessedOn: '2026-11-25' })).body).toMatchObject({ code: 'IN_FUTURE', details: { field: 'assessedOn' } });
    expect((await send({ moment: 'halverwege' })).status).toBe(400);
    expect((await coach.get(`/api/youth/${youthId}/assessments`)).body.items).toEqual([]);
  });

  it('corrects a score with the version, refuses a stale one with 409, and keeps what it was in the history', async () => {
    const { coach, youthId } = await newYouth();
    const made = (await coach.post(`/api/youth/${youthId}/assessments`, { id: randomUUID(), assessedOn: today, moment: 'baseline', scores: [{ domainKey: 'wonen', score: 3 }] })).body;
    const fixed = await coach.patch(`/api/assessments/${made.id}`, { version: made.version, scores: [{ domainKey: 'wonen', score: 2 }] });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ version: 2, scores: [{ domainKey: 'wonen', score: 2 }] });
    const stale = await coach.patch(`/api/assessments/${made.id}`, { version: made.version, moment: 'interim' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current).toMatchObject({ version: 2, moment: 'baseline' });
    const history = (await coach.get(`/api/youth/${youthId}/history`)).body.items;
    expect(history).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'scores', from: { wonen: 3 }, to: { wonen: 2 } })]));
  });

  it('a correction of one score keeps the others, also of a domain switched off since', async () => {
    const { coach, youthId } = await newYouth();
    const made = (await coach.post(`/api/youth/${youthId}/assessments`, {
      id: randomUUID(), assessedOn: today, moment: 'baseline', scores: [{ domainKey: 'wonen', score: 3 }, { domainKey: 'werk', score: 1 }, { domainKey: 'justitie', score: 4 }],
    })).body;
    const fixed = await coach.patch(`/api/assessments/${made.id}`, { version: made.version, scores: [{ domainKey: 'werk', score: 2, note: 'Toch een bijbaantje' }] });
    expect(fixed.body.scores).toEqual(expect.arrayContaining([
      { domainKey: 'wonen', score: 3, note: null }, { domainKey: 'werk', score: 2, note: 'Toch een bijbaantje' }, { domainKey: 'justitie', score: 4, note: null },
    ]));
    expect(fixed.body.scores).toHaveLength(3);
  });

  it('a coach of another team cannot read or score, and another municipality gets 404', async () => {
    const { youthId } = await newYouth();
    const other = await w.as(w.coachB);
    expect((await other.get(`/api/youth/${youthId}/assessments`)).status).toBe(403);
    expect((await other.post(`/api/youth/${youthId}/assessments`, { id: randomUUID(), assessedOn: today, moment: 'baseline', scores: [{ domainKey: 'wonen', score: 3 }] })).status).toBe(403);
    const coach = await w.as(w.coachA);
    expect((await coach.get(`/api/youth/${w.stranger.id}/assessments`)).status).toBe(404);
  });

  it('the administrator renames a domain, switches one off and adds one; old scores keep their domain', async () => {
    const { coach, youthId } = await newYouth();
    await coach.post(`/api/youth/${youthId}/assessments`, { id: randomUUID(), assessedOn: today, moment: 'baseline', scores: [{ domainKey: 'vrije_tijd', score: 3 }] });
    const admin = await w.as(w.admin);
    const { version, items: current } = (await admin.get('/api/life-domains')).body;
    const levels = ['a', 'b', 'c', 'd', 'e'];
    const update = current.filter((d: any) => d.key !== 'vrije_tijd').map((d: any) => (d.key === 'wonen' ? { ...d, label: 'Wonen en huisvesting' } : d));
    const saved = await admin.put('/api/admin/life-domains', { version, domains: [...update, { key: 'zingeving', label: 'Zingeving', levels, active: true }] });
    expect(saved.status).toBe(200);
    // A second administrator working on the old version gets 409, not a silent overwrite.
    expect((await admin.put('/api/admin/life-domains', { version, domains: current })).body.code).toBe('VERSION_CONFLICT');
    const items = saved.body.items;
    expect(items.find((d: any) => d.key === 'wonen').label).toBe('Wonen en huisvesting');
    expect(items.find((d: any) => d.key === 'vrije_tijd').active).toBe(false);
    expect(items.find((d: any) => d.key === 'zingeving')).toMatchObject({ active: true, levels });
    // A switched-off domain is no longer scored, but an earlier score of it still shows.
    expect((await coach.post(`/api/youth/${youthId}/assessments`, { id: randomUUID(), assessedOn: today, moment: 'interim', scores: [{ domainKey: 'vrije_tijd', score: 4 }] })).body.code).toBe('UNKNOWN_DOMAIN');
    const list = (await coach.get(`/api/youth/${youthId}/assessments`)).body;
    expect(list.domains.find((d: any) => d.key === 'vrije_tijd')).toMatchObject({ active: false });
    expect((await admin.put('/api/admin/life-domains', { version: saved.body.version, domains: [{ key: 'x', label: 'X', levels: ['a', 'b'], active: true }] })).status).toBe(400);
    expect((await coach.put('/api/admin/life-domains', { version: saved.body.version, domains: current })).status).toBe(403);
    // Put them back as they were for the other tests.
    expect((await admin.put('/api/admin/life-domains', { version: saved.body.version, domains: current })).status).toBe(200);
  });
});

describe('mijn plan and the other versioned documents', () => {
  const plan = (wants: string) => ({
    youth: { wants, toSolve: 'Een eigen kamer', mostImportant: 'Geld verdienen', findHard: 'Op tijd komen', whoHelps: 'Mijn moeder, mijn oom', whoMakesHard: 'Mijn neef',
      jobWanted: 'Iets met muziek', rememberAboutMe: 'Ik praat niet graag over vroeger' },
    coach: { futurePerspective: 'Werk in de muziek of met de handen', vips: 'Moeder, oom (JIM)', vaps: 'Neef' },
  });

  it('keeps every version of mijn plan, says what changed, and reads an earlier one', async () => {
    const { coach, youthId } = await newYouth();
    expect((await coach.get(`/api/youth/${youthId}/my-plan`)).body).toEqual({ kind: 'my_plan', version: 0, body: null, author: null, savedAt: null });
    const first = await coach.put(`/api/youth/${youthId}/my-plan`, { version: 0, body: plan('Muziek maken') });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, author: { id: w.coachA.id }, body: { youth: { wants: 'Muziek maken' } } });
    const second = await coach.put(`/api/youth/${youthId}/my-plan`, { version: 1, body: plan('Muziek maken en een vaste baan') });
    expect(second.body.version).toBe(2);
    // The same content again makes no new version.
    expect((await coach.put(`/api/youth/${youthId}/my-plan`, { version: 2, body: plan('Muziek maken en een vaste baan') })).body.version).toBe(2);

    const versions = (await coach.get(`/api/youth/${youthId}/my-plan/versions`)).body.items;
    expect(versions.map((v: any) => v.version)).toEqual([1, 2]);
    expect(versions[1].changedFields).toEqual(['youth.wants']);
    expect(versions[0].changedFields).toContain('youth.toSolve');
    expect((await coach.get(`/api/youth/${youthId}/my-plan/versions/1`)).body.body.youth.wants).toBe('Muziek maken');
    expect((await coach.get(`/api/youth/${youthId}/my-plan/versions/9`)).status).toBe(404);
    const history = (await coach.get(`/api/youth/${youthId}/history`)).body.items;
    expect(history.some((h: any) => h.what === 'youth.wants' && h.to === 'Muziek maken en een vaste baan')).toBe(true);
  });

  it('refuses a save made on an old version with 409 and the current text — nothing is overwritten', async () => {
    const { coach, youthId } = await newYouth();
    await coach.put(`/api/youth/${youthId}/my-plan`, { version: 0, body: plan('A') });
    await coach.put(`/api/youth/${youthId}/my-plan`, { version: 1, body: plan('B') });
    const stale = await coach.put(`/api/youth/${youthId}/my-plan`, { version: 1, body: plan('C') });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { version: 2, body: { youth: { wants: 'B' } } } } });
    // The 409 showed the current plan: a read of the file, on record.
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.filter((e: any) => e.recordType === 'my_plan').map((e: any) => e.action).slice(0, 3)).toEqual(['read', 'update', 'update']);
    // Two saves at once on the same version: one wins, the other gets 409.
    const [x, y] = await Promise.all([
      coach.put(`/api/youth/${youthId}/my-plan`, { version: 2, body: plan('X') }),
      coach.put(`/api/youth/${youthId}/my-plan`, { version: 2, body: plan('Y') }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    expect((await coach.get(`/api/youth/${youthId}/my-plan/versions`)).body.items).toHaveLength(3);
  });

  it('keeps a version saved under an older form readable', async () => {
    const { coach, youthId } = await newYouth();
    await t.db.insertInto('youth_document').values({
      tenant_id: w.tenant.id, youth_id: youthId, kind: 'sales_story', version: 1, body: JSON.stringify({ story: 'Oud verhaal', audience: 'werkgever' }),
      author_id: w.coachA.id, created_at: t.clock.now,
    }).execute();
    expect((await coach.get(`/api/youth/${youthId}/sales-story`)).body).toMatchObject({ version: 1, body: { story: 'Oud verhaal', audience: 'werkgever' } });
    expect((await coach.get(`/api/youth/${youthId}/sales-story/versions`)).body.items).toHaveLength(1);
    expect((await coach.put(`/api/youth/${youthId}/sales-story`, { version: 1, body: { story: 'Nieuw verhaal' } })).body.version).toBe(2);
  });

  it('refuses unknown fields and wrong values per document kind', async () => {
    const { coach, youthId } = await newYouth();
    expect((await coach.put(`/api/youth/${youthId}/my-plan`, { version: 0, body: { ...plan('A'), extra: 'x' } })).status).toBe(400);
    const points = Object.fromEntries(['work', 'social_network', 'professional_network', 'life_domains', 'cognitive', 'psychological', 'expectations'].map((p) => [p, { status: 'in_progress' }]));
    const scan = { points, cognitive: { bsaOutcome: 'Geen aanwijzingen voor een beperking', scilScore: 22, conclusion: 'Leert het best door te doen' }, referral: null };
    expect((await coach.put(`/api/youth/${youthId}/quick-scan`, { version: 0, body: scan })).status).toBe(200);
    expect((await coach.put(`/api/youth/${youthId}/quick-scan`, { version: 1, body: { ...scan, points: { ...points, work: { status: 'half' } } } })).status).toBe(400);
    const { work: _dropped, ...sixPoints } = points;
    expect((await coach.put(`/api/youth/${youthId}/quick-scan`, { version: 1, body: { ...scan, points: sixPoints } })).status).toBe(400);
    expect((await coach.put(`/api/youth/${youthId}/quick-scan`, { version: 1, body: { ...scan, referral: { referredOn: today, to: 'Psycholoog Parnassia', reason: 'Beeld klopt niet met schooldossier' } } })).body.version).toBe(2);

    const profile = { dreamJob: 'Producer', breadJob: 'Magazijnmedewerker', preferences: { head_hands: 'second', busy_quiet: 'either' }, kindOfWork: 'Met de handen', companies: ['Studio Zuid'] };
    expect((await coach.put(`/api/youth/${youthId}/search-profile`, { version: 0, body: profile })).body.body.preferences).toEqual({ head_hands: 'second', busy_quiet: 'either' });
    expect((await coach.put(`/api/youth/${youthId}/search-profile`, { version: 1, body: { ...profile, preferences: { indoor: 'first' } } })).status).toBe(400);

    expect((await coach.put(`/api/youth/${youthId}/strategy`, { version: 0, body: { selfImage: 'overlever', strategy: 'compenserend', reason: '' } })).status).toBe(400);
    expect((await coach.put(`/api/youth/${youthId}/strategy`, { version: 0, body: { selfImage: 'rebel', strategy: 'compenserend', reason: 'x' } })).status).toBe(400);
    const chosen = await coach.put(`/api/youth/${youthId}/strategy`, { version: 0, body: { selfImage: 'overlever', strategy: 'compenserend', reason: 'Leeft van dag tot dag; heeft structuur nodig.' } });
    expect(chosen.body).toMatchObject({ kind: 'strategy', version: 1, body: { selfImage: 'overlever', strategy: 'compenserend' } });
    await coach.put(`/api/youth/${youthId}/strategy`, { version: 1, body: { selfImage: 'afhankelijke', strategy: 'pedagogisch', reason: 'Wil wel, kan nog niet.' } });
    expect((await coach.get(`/api/youth/${youthId}/strategy/versions`)).body.items.map((v: any) => v.changedFields)).toEqual([
      ['selfImage', 'strategy', 'reason'], ['selfImage', 'strategy', 'reason'],
    ]);
  });

  it('reads and writes only through the policy check, and logs the read', async () => {
    const { coach, youthId } = await newYouth();
    const other = await w.as(w.coachB);
    expect((await other.get(`/api/youth/${youthId}/my-plan`)).status).toBe(403);
    expect((await other.put(`/api/youth/${youthId}/my-plan`, { version: 0, body: plan('x') })).status).toBe(403);
    expect((await coach.get(`/api/youth/${w.stranger.id}/my-plan`)).status).toBe(404);
    await coach.get(`/api/youth/${youthId}/my-plan`);
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.action === 'read' && e.recordType === 'my_plan' && e.user.id === w.coachA.id)).toBe(true);
    expect(log.some((e: any) => e.recordType === 'my_plan' && e.user.id === w.coachB.id && e.result === 'denied')).toBe(true);
  });
});

describe('the network map and the professionals', () => {
  const person = (over: object = {}) => ({ id: randomUUID(), name: 'Moeder', relation: 'moeder', ring: 1, supportPractical: true, supportEmotional: true, influence: 'vip', isJim: false, ...over });

  it('draws Jeffrey\'s network: his mother close, a cousin as VAP, his uncle as JIM mentor — and the JIM mark moves', async () => {
    const { coach, youthId } = await newYouth();
    const mother = await coach.post(`/api/youth/${youthId}/network/people`, person());
    expect(mother.status).toBe(201);
    const cousin = (await coach.post(`/api/youth/${youthId}/network/people`, person({ name: 'Neef Dylan', relation: 'neef', ring: 2, influence: 'vap', supportPractical: false, supportEmotional: false, note: 'Trekt hem mee in dealen' }))).body;
    const uncle = (await coach.post(`/api/youth/${youthId}/network/people`, person({ name: 'Oom Henk', relation: 'oom', ring: 2, isJim: true }))).body;
    expect(uncle.isJim).toBe(true);

    // Choosing the mother as JIM takes the mark from the uncle.
    const moved = await coach.patch(`/api/network/people/${mother.body.id}`, { version: mother.body.version, isJim: true });
    expect(moved.body.isJim).toBe(true);
    let net = (await coach.get(`/api/youth/${youthId}/network`)).body;
    expect(net.people.filter((p: any) => p.isJim).map((p: any) => p.name)).toEqual(['Moeder']);

    // The cousin leaves the network; he stays in the list with the day he left.
    const left = await coach.patch(`/api/network/people/${cousin.id}`, { version: cousin.version, leftOn: today });
    expect(left.body.leftOn).toBe(today);
    net = (await coach.get(`/api/youth/${youthId}/network`)).body;
    expect(net.people.map((p: any) => [p.name, p.ring, p.influence, p.leftOn])).toEqual([
      ['Moeder', 1, 'vip', null], ['Oom Henk', 2, 'vip', null], ['Neef Dylan', 2, 'vap', today],
    ]);

    const history = (await coach.get(`/api/youth/${youthId}/history`)).body.items;
    expect(history).toEqual(expect.arrayContaining([
      expect.objectContaining({ what: 'isJim', from: true, to: false, record: { type: 'network_person', id: uncle.id, label: 'Oom Henk' } }),
      expect.objectContaining({ what: 'leftOn', to: today }),
      expect.objectContaining({ what: 'influence', from: null, to: 'vap' }),
    ]));
  });

  it('someone who left cannot become the JIM mentor, and a retried create does not take the mark back', async () => {
    const { coach, youthId } = await newYouth();
    const uncle = person({ name: 'Oom', relation: 'oom', isJim: true });
    expect((await coach.post(`/api/youth/${youthId}/network/people`, uncle)).status).toBe(201);
    const aunt = (await coach.post(`/api/youth/${youthId}/network/people`, person({ name: 'Tante', relation: 'tante' }))).body;
    const gone = (await coach.patch(`/api/network/people/${aunt.id}`, { version: aunt.version, leftOn: today })).body;
    const refused = await coach.patch(`/api/network/people/${aunt.id}`, { version: gone.version, isJim: true });
    expect(refused.body).toMatchObject({ code: 'LEFT_NETWORK', details: { field: 'isJim' } });
    expect((await coach.patch(`/api/network/people/${aunt.id}`, { version: gone.version, leftOn: '2026-12-01' })).body.code).toBe('IN_FUTURE');

    const mother = (await coach.post(`/api/youth/${youthId}/network/people`, person())).body;
    await coach.patch(`/api/network/people/${mother.id}`, { version: mother.version, isJim: true });
    // The uncle's create is sent again (a retry after a lost answer): it changes nothing.
    const retry = await coach.post(`/api/youth/${youthId}/network/people`, uncle);
    expect(retry.status).toBe(200);
    const jims = (await coach.get(`/api/youth/${youthId}/network`)).body.people.filter((p: any) => p.isJim).map((p: any) => p.name);
    expect(jims).toEqual(['Moeder']);
    // An id already used for another youth is refused.
    const other = await newYouth();
    expect((await coach.post(`/api/youth/${other.youthId}/network/people`, uncle)).body.code).toBe('ID_IN_USE');
  });

  it('refuses ring 4, an unknown influence and a stale change', async () => {
    const { coach, youthId } = await newYouth();
    const ring4 = await coach.post(`/api/youth/${youthId}/network/people`, person({ ring: 4 }));
    expect(ring4.status).toBe(400);
    expect(ring4.body.details.fields[0]).toMatchObject({ path: 'body.ring', message: 'Kies ring 1, 2 of 3.' });
    expect((await coach.post(`/api/youth/${youthId}/network/people`, person({ influence: 'boos' }))).status).toBe(400);
    expect((await coach.post(`/api/youth/${youthId}/network/people`, person({ name: '  ' }))).status).toBe(400);
    const p = (await coach.post(`/api/youth/${youthId}/network/people`, person())).body;
    await coach.patch(`/api/network/people/${p.id}`, { version: p.version, ring: 2 });
    const stale = await coach.patch(`/api/network/people/${p.id}`, { version: p.version, ring: 3 });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.ring).toBe(2);
    expect((await coach.get(`/api/youth/${youthId}/network`)).body.people).toHaveLength(1);
  });

  it('lists the seven agencies already involved, and ends one', async () => {
    const { coach, youthId } = await newYouth();
    const agencies = ['Reclassering', 'Leerplicht', 'Kredietbank', 'Wijkteam', 'Huisarts', 'Jongerenloket', 'Politie'];
    for (const organisation of agencies) {
      const r = await coach.post(`/api/youth/${youthId}/network/professionals`, { id: randomUUID(), name: `Contact ${organisation}`, organisation, role: 'Begeleider', email: 'iemand@example.nl', involvedSince: '2026-01-01' });
      expect(r.status).toBe(201);
    }
    const list = (await coach.get(`/api/youth/${youthId}/network`)).body.professionals;
    expect(list.map((p: any) => p.organisation)).toEqual(agencies);
    const ended = await coach.patch(`/api/network/professionals/${list[0].id}`, { version: list[0].version, endedOn: today });
    expect(ended.body.endedOn).toBe(today);
    expect((await coach.post(`/api/youth/${youthId}/network/professionals`, { id: randomUUID(), name: 'X', organisation: 'Y', email: 'geen-adres' })).status).toBe(400);
  });
});

describe('the verkoopverhaal, printed only with the youth\'s consent', () => {
  it('prints a PDF only under a valid consent, logs the print, and refuses once the consent is withdrawn', async () => {
    const { coach, youthId } = await newYouth('Jeffrey');
    await coach.put(`/api/youth/${youthId}/sales-story`, { version: 0, body: { story: 'Jeffrey is muzikaal en werkt graag met zijn handen.', instructions: 'Geef hem één taak tegelijk en zeg het direct.' } });

    const noConsent = await coach.get(`/api/youth/${youthId}/sales-story.pdf?consentId=${randomUUID()}`);
    expect(noConsent.status).toBe(403);
    expect(noConsent.body.code).toBe('CONSENT_REQUIRED');
    // The refused print is on record.
    const refusals = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(refusals.some((e: any) => e.action === 'print' && e.recordType === 'sales_story' && e.result === 'denied')).toBe(true);

    const consent = (over: object = {}) => ({ id: randomUUID(), purpose: 'sales_story', recipient: 'Restaurant De Haven (werkgever)', givenOn: today, validUntil: '2027-02-23', ...over });
    const backwards = await coach.post(`/api/youth/${youthId}/consents`, consent({ givenOn: '2026-11-20', validUntil: '2026-11-19' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ code: 'CONSENT_ENDS_BEFORE_START', details: { field: 'validUntil' } });
    expect((await coach.post(`/api/youth/${youthId}/consents`, consent({ givenOn: '2026-12-01' }))).body.code).toBe('CONSENT_GIVEN_IN_FUTURE');
    expect((await coach.post(`/api/youth/${youthId}/consents`, consent({ validUntil: '2029-01-01' }))).body.code).toBe('CONSENT_TOO_LONG');
    expect((await coach.post(`/api/youth/${youthId}/consents`, consent({ purpose: 'everything' }))).status).toBe(400);

    const given = await coach.post(`/api/youth/${youthId}/consents`, consent());
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ status: 'active', recipient: 'Restaurant De Haven (werkgever)', recordedBy: { id: w.coachA.id } });

    const pdf = await coach.download(`/api/youth/${youthId}/sales-story.pdf?consentId=${given.body.id}`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.action === 'print' && e.recordType === 'sales_story' && e.user.id === w.coachA.id)).toBe(true);

    // Another youth's consent does not cover this one.
    const other = await newYouth();
    expect((await coach.download(`/api/youth/${other.youthId}/sales-story.pdf?consentId=${given.body.id}`)).status).toBe(403);

    const withdrawn = await coach.post(`/api/consents/${given.body.id}/withdraw`, { version: given.body.version });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await coach.post(`/api/consents/${given.body.id}/withdraw`, { version: withdrawn.body.version })).body.code).toBe('CONSENT_WITHDRAWN');
    expect((await coach.download(`/api/youth/${youthId}/sales-story.pdf?consentId=${given.body.id}`)).status).toBe(403);
    expect((await coach.get(`/api/youth/${youthId}/consents`)).body.items.map((c: any) => c.status)).toEqual(['withdrawn']);
  });

  it('a coach of another team cannot print, even with the consent id; with nothing written there is nothing to print', async () => {
    const { coach, youthId } = await newYouth();
    const c = (await coach.post(`/api/youth/${youthId}/consents`, { id: randomUUID(), purpose: 'sales_story', recipient: 'Woningcorporatie', givenOn: today, validUntil: '2027-01-01' })).body;
    const other = await w.as(w.coachB);
    const refused = await other.get(`/api/youth/${youthId}/sales-story.pdf?consentId=${c.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.action === 'print' && e.user.id === w.coachB.id && e.result === 'denied')).toBe(true);
    expect((await coach.get(`/api/youth/${youthId}/sales-story.pdf?consentId=${c.id}`)).body.code).toBe('NOTHING_TO_PRINT');
  });
});

describe('risk flags', () => {
  it('the coach flags a risk; the team lead sees it for the team; it is resolved with a note', async () => {
    const { coach, youthId } = await newYouth();
    expect((await coach.post(`/api/youth/${youthId}/risk-flags`, { id: randomUUID(), kind: 'maanlanding' })).body).toMatchObject({ code: 'UNKNOWN_OPTION', details: { field: 'kind' } });
    const flag = await coach.post(`/api/youth/${youthId}/risk-flags`, { id: randomUUID(), kind: 'verkeerde_vrienden', note: 'Neef haalt hem weer op na het werk' });
    expect(flag.status).toBe(201);
    expect(flag.body).toMatchObject({ kind: 'verkeerde_vrienden', resolvedAt: null, raisedBy: { id: w.coachA.id } });

    const lead = await w.as(w.lead);
    const team = await lead.get(`/api/teams/${w.teamA.id}/risk-flags`);
    expect(team.status).toBe(200);
    expect(team.body.items.find((f: any) => f.id === flag.body.id)).toMatchObject({ youthId, kind: 'verkeerde_vrienden', youthName: expect.stringContaining('Jeffrey') });
    expect((await coach.get(`/api/teams/${w.teamA.id}/risk-flags`)).status).toBe(403);
    expect((await lead.get(`/api/teams/${w.teamB.id}/risk-flags`)).status).toBe(403);
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.recordType === 'risk_flag' && e.user.id === w.lead.id)).toBe(true);

    expect((await coach.post(`/api/risk-flags/${flag.body.id}/resolve`, { version: flag.body.version, note: '' })).status).toBe(400);
    const resolved = await coach.post(`/api/risk-flags/${flag.body.id}/resolve`, { version: flag.body.version, note: 'Strategie aangepast; neef op afstand.' });
    expect(resolved.body).toMatchObject({ resolutionNote: 'Strategie aangepast; neef op afstand.', resolvedBy: { id: w.coachA.id } });
    expect((await coach.post(`/api/risk-flags/${flag.body.id}/resolve`, { version: resolved.body.version, note: 'nog eens' })).body.code).toBe('ALREADY_RESOLVED');
    expect((await lead.get(`/api/teams/${w.teamA.id}/risk-flags`)).body.items.some((f: any) => f.id === flag.body.id)).toBe(false);
    expect((await coach.get(`/api/youth/${youthId}/risk-flags`)).body.items).toHaveLength(1);
  });
});
