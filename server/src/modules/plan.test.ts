import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { makeWorld } from '../test/world.js';

/**
 * The plan and the wrap-around team (issue 7) over HTTP on a real database: the plan in
 * versions, signed by youth and coach and then frozen; the six-week norm; the plan as a PDF;
 * wrap-around meetings with their actions, tracked to done; the minutes only under consent.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const today = '2026-11-23'; // the test clock's day in Amsterdam

async function newYouth(firstName = `Ricardo${randomUUID().slice(0, 4)}`) {
  const coach = await w.as(w.coachA);
  const youth = (await coach.post('/api/youth', { id: randomUUID(), firstName, neighbourhood: 'Charlois' })).body;
  return { coach, youthId: youth.id as string, firstName };
}

const task = (role: string, what: string, over: object = {}) => ({ id: randomUUID(), role, who: '', what, dueOn: null, ...over });
const part = (key: string, priority: number | null, over: object = {}) => ({
  key, title: null, priority, basicInfo: '', tools: [], strategy: null, strategyNote: '', goals: [], tasks: [], ...over,
});

/** Ricardo's plan as in the handbook story: housing first, income second, work third. */
const ricardosPlan = () => ({
  parts: [
    part('housing', 1, {
      basicInfo: 'Slaapt afwisselend bij zijn tante en vrienden; geen postadres.', tools: ['Postadres'], strategy: 'Begeleid zoeken',
      goals: [{ id: randomUUID(), longTerm: 'Een eigen kamer', steps: [{ id: randomUUID(), text: 'Postadres regelen', status: 'bezig' }] }],
      tasks: [task('youth', 'Inschrijven als woningzoekende', { dueOn: '2026-12-15' }), task('coach', 'Postadres aanvragen bij het wijkteam', { dueOn: '2026-12-01' })],
    }),
    part('income', 2, { strategy: 'Eigen kracht', tasks: [task('professional', 'Uitkering aanvragen', { who: 'Schuldhulpverlener, Kredietbank' })] }),
    part('work', 3, { strategy: 'Jobhunting', tools: ['Verkoopverhaal en gebruiksaanwijzing'] }),
  ],
});

const sign = (coach: Awaited<ReturnType<typeof newYouth>>['coach'], youthId: string, version: number, revision: number, over: object = {}) =>
  coach.post(`/api/youth/${youthId}/plan/versions/${version}/signatures`, { role: 'youth', name: 'Ricardo', method: 'drawn', drawing: 'M10 50 L40 20 L80 70 L120 30', revision, ...over });

const pdfText = async (bytes: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, ' ');

describe('the plan', () => {
  it('offers the parts of the veranderplan form with the handbook’s strategies as suggestions', async () => {
    const coach = await w.as(w.coachA);
    const parts = (await coach.get('/api/plan-parts')).body.items;
    expect(parts.map((p: any) => p.key)).toEqual(['work', 'income', 'debts', 'health', 'social', 'housing', 'other']);
    expect(parts.find((p: any) => p.key === 'work').strategies).toEqual(['Zelf solliciteren', 'Training', 'Jobhunting', 'Ondernemerschap']);
    expect(parts.find((p: any) => p.key === 'debts').strategies).toEqual(['Budgettraining', 'Schulden afkopen', 'Curatele', 'Extra inkomen']);
  });

  it('is drafted, saved in place, signed by youth and coach on day 31 — inside the six-week norm — and then frozen', async () => {
    const { coach, youthId } = await newYouth();
    // Registered 31 days ago.
    await t.db.updateTable('youth').set({ created_at: new Date(t.clock.now.getTime() - 31 * 86_400_000) }).where('id', '=', youthId).execute();
    const empty = (await coach.get(`/api/youth/${youthId}/plan`)).body;
    expect(empty).toMatchObject({ label: 'ondersteuningsplan', latest: null, signedVersion: null, norm: { state: 'open', daysSinceRegistration: 31, daysLeft: 11, weeks: 6 } });

    const draft = await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: { parts: [part('housing', 1)] } });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ version: 1, revision: 1, status: 'draft', frozen: false, author: { id: w.coachA.id } });
    const saved = await coach.put(`/api/youth/${youthId}/plan`, { version: 1, revision: 1, body: ricardosPlan() });
    expect(saved.body).toMatchObject({ version: 1, revision: 2, status: 'draft' });
    expect(saved.body.body.parts.map((p: any) => [p.key, p.priority])).toEqual([['housing', 1], ['income', 2], ['work', 3]]);

    // Saved again on what was seen before: someone else's save is not overwritten.
    const stale = await coach.put(`/api/youth/${youthId}/plan`, { version: 1, revision: 1, body: { parts: [] } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { version: 1, revision: 2 } } });

    const byYouth = await sign(coach, youthId, 1, 2);
    expect(byYouth.status).toBe(201);
    expect(byYouth.body).toMatchObject({ status: 'signing', frozen: true, signatures: [{ role: 'youth', name: 'Ricardo', method: 'drawn', recordedBy: { id: w.coachA.id } }] });
    const byCoach = await sign(coach, youthId, 1, 2, { role: 'coach', name: 'Coach A', method: 'typed', typed: 'Coach A', drawing: undefined });
    expect(byCoach.body).toMatchObject({ status: 'signed', signedAt: expect.any(String) });
    expect(byCoach.body.signatures.map((s: any) => s.role)).toEqual(['youth', 'coach']);

    const signed = (await coach.get(`/api/youth/${youthId}/plan`)).body;
    expect(signed).toMatchObject({ signedVersion: 1, norm: { state: 'signed_in_time', signedOnDay: 31, firstSignedOn: today, daysLeft: null } });
    // The youth's file says it too, signed or not.
    expect((await coach.get(`/api/youth/${youthId}`)).body.planNorm).toMatchObject({ state: 'signed_in_time', signedOnDay: 31, daysSinceRegistration: 31 });

    // Each task of the signed plan is now an agreed action, tracked to done.
    const actions = (await coach.get(`/api/youth/${youthId}/actions`)).body;
    expect(actions.items.map((a: any) => a.description)).toEqual(['Postadres aanvragen bij het wijkteam', 'Inschrijven als woningzoekende', 'Uitkering aanvragen']);
    expect(actions.items[2]).toMatchObject({ source: { kind: 'plan', planVersion: 1, partKey: 'income' }, owner: { kind: 'professional', name: 'Schuldhulpverlener, Kredietbank' }, status: 'open' });
    expect(actions.counts).toEqual({ open: 3, overdue: 0, done: 0, cancelled: 0 });
  });

  it('never changes a signed version: a change becomes version 2, the signed one stays as it was', async () => {
    const { coach, youthId } = await newYouth();
    const v1 = (await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: ricardosPlan() })).body;
    await sign(coach, youthId, 1, v1.revision);
    // Half-signed is frozen too: the coach cannot change what the youth signed.
    const changed = { parts: [...v1.body.parts.slice(0, 2), part('debts', 3, { strategy: 'Budgettraining' })] };
    const v2 = await coach.put(`/api/youth/${youthId}/plan`, { version: 1, revision: v1.revision, body: changed });
    expect(v2.body).toMatchObject({ version: 2, revision: 1, status: 'draft', frozen: false, signatures: [] });
    const first = (await coach.get(`/api/youth/${youthId}/plan/versions/1`)).body;
    expect(first).toMatchObject({ status: 'signing', frozen: true });
    expect(first.body).toEqual(v1.body);

    // Only the newest version can be signed; the coach cannot sign version 1 any more.
    expect((await sign(coach, youthId, 1, v1.revision, { role: 'coach', method: 'typed', typed: 'Coach A' })).body.code).toBe('PLAN_NOT_LATEST');
    // Not even the database lets the body of a signed version change.
    await expect(sql`update plan_version set body = '{"parts":[]}'::jsonb where youth_id = ${youthId} and version = 1`.execute(t.db)).rejects.toThrow(/signed and cannot change/);
    await expect(sql`delete from plan_version where youth_id = ${youthId} and version = 1`.execute(t.db)).rejects.toThrow(/cannot be removed/);
    await expect(sql`update plan_signature set signer_name = 'Iemand anders' where youth_id = ${youthId}`.execute(t.db)).rejects.toThrow(/cannot be changed or removed/);

    const versions = (await coach.get(`/api/youth/${youthId}/plan/versions`)).body.items;
    expect(versions.map((v: any) => [v.version, v.status])).toEqual([[1, 'signing'], [2, 'draft']]);
    expect(versions[1].changedFields).toEqual(['work', 'debts']);
    expect((await coach.get(`/api/youth/${youthId}/plan/versions/3`)).status).toBe(404);
  });

  it('refuses priority 0, a part twice, the same priority twice, an unknown part, a second signature of the same person and a drawing that is not a drawing', async () => {
    const { coach, youthId } = await newYouth();
    const put = (body: object) => coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body });
    const zero = await put({ parts: [part('housing', 0)] });
    expect(zero.status).toBe(400);
    expect(zero.body.details.fields[0]).toMatchObject({ path: 'body.body.parts.0.priority', message: 'Prioriteit is een cijfer vanaf 1.' });
    expect((await put({ parts: [part('housing', 1), part('housing', 2)] })).body.details.fields[0].message).toBe('Elk onderdeel komt één keer in het plan.');
    expect((await put({ parts: [part('housing', 1), part('work', 1)] })).body.details.fields[0].message).toMatch(/Elke prioriteit komt één keer voor/);
    expect((await put({ parts: [part('ruimtevaart', 1)] })).body).toMatchObject({ code: 'UNKNOWN_OPTION', details: { field: 'parts', value: 'ruimtevaart' } });
    expect((await put({ parts: [part('housing', 1, { tasks: [task('butler', 'Koffie zetten')] })] })).status).toBe(400);
    expect((await coach.get(`/api/youth/${youthId}/plan`)).body.latest).toBeNull();

    const v1 = (await put({ parts: [part('housing', 1)] })).body;
    expect((await sign(coach, youthId, 1, v1.revision, { drawing: 'M0 0 <script>' })).status).toBe(400);
    expect((await sign(coach, youthId, 1, v1.revision, { method: 'typed' })).body.details.fields[0]).toMatchObject({ path: 'body.typed' });
    expect((await sign(coach, youthId, 1, v1.revision, { drawing: 'MZZZ' })).status).toBe(400);
    // The coach signs as a coach of this youth, under their own name; not as someone else.
    const lead = await w.as(w.lead);
    expect((await sign(lead, youthId, 1, v1.revision, { role: 'coach', name: 'Coach A', method: 'typed', typed: 'Coach A' })).body.code).toBe('NOT_THE_COACH');
    expect((await sign(coach, youthId, 1, v1.revision, { role: 'coach', name: 'Iemand', method: 'typed', typed: 'x' })).body.signatures[0]).toMatchObject({ role: 'coach', name: 'Coach A' });
    expect((await sign(coach, youthId, 1, v1.revision, { name: 'coach a ' })).body.code).toBe('SAME_SIGNER');
    expect((await sign(coach, youthId, 1, v1.revision)).status).toBe(201);
    const twice = await sign(coach, youthId, 1, v1.revision);
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: 'PLAN_ALREADY_SIGNED', message: 'De jongere heeft deze versie al getekend.' });
  });

  it('prints a version for the youth, with the signatures and the version number, as a logged print', async () => {
    const { coach, youthId, firstName } = await newYouth();
    const v1 = (await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: ricardosPlan() })).body;
    await sign(coach, youthId, 1, v1.revision);
    await sign(coach, youthId, 1, v1.revision, { role: 'coach', name: 'Coach A', method: 'typed', typed: 'C. Aerts' });
    const pdf = await coach.download(`/api/youth/${youthId}/plan/versions/1/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(`Het ondersteuningsplan van ${firstName}`);
    expect(text).toContain('Versie 1 · getekend op 23 november 2026');
    expect(text).toContain('1. Huisvesting');
    expect(text).toContain('Inschrijven als woningzoekende');
    expect(text).toContain('Jongere: Ricardo');
    expect(text).toContain('C. Aerts');
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.some((e: any) => e.action === 'print' && e.recordType === 'plan' && e.user.id === w.coachA.id)).toBe(true);
  });

  it('is closed to a coach of another team, and the refusal is logged', async () => {
    const { coach, youthId } = await newYouth();
    await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: ricardosPlan() });
    const other = await w.as(w.coachB);
    expect((await other.get(`/api/youth/${youthId}/plan`)).status).toBe(403);
    expect((await other.download(`/api/youth/${youthId}/plan/versions/1/pdf`)).status).toBe(403);
    expect((await other.get(`/api/youth/${youthId}/actions`)).status).toBe(403);
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.filter((e: any) => e.result === 'denied' && e.user.id === w.coachB.id).length).toBeGreaterThanOrEqual(3);
  });
});

describe('wrap-around meetings and their actions', () => {
  /** Ricardo's aunt from his network, a debt counsellor and a jobhunter among the professionals. */
  async function withTeam() {
    const y = await newYouth();
    const aunt = (await y.coach.post(`/api/youth/${y.youthId}/network/people`, {
      id: randomUUID(), name: 'Tante Ingrid', relation: 'tante', ring: 1, supportPractical: true, supportEmotional: true, influence: 'vip', isJim: true,
    })).body;
    const counsellor = (await y.coach.post(`/api/youth/${y.youthId}/network/professionals`, { id: randomUUID(), name: 'Mw. Bakker', organisation: 'Kredietbank Rotterdam', role: 'schuldhulpverlener' })).body;
    const participants = [
      { id: randomUUID(), kind: 'youth', name: 'Ricardo', role: 'jongere' },
      { id: randomUUID(), kind: 'coach', name: 'Coach A', role: 'coach en voorzitter' },
      { id: randomUUID(), kind: 'network', networkPersonId: aunt.id, name: 'Tante Ingrid', role: 'tante', contribution: 'Ricardo mag bij haar slapen tot hij een kamer heeft' },
      { id: randomUUID(), kind: 'professional', professionalId: counsellor.id, name: 'Mw. Bakker', role: 'schuldhulpverlener' },
      { id: randomUUID(), kind: 'other', name: 'Sam', role: 'jobhunter' },
    ];
    return { ...y, participants };
  }
  const twoWeeksAgo = '2026-11-09T14:00:00+01:00';

  it('records who came, the actions with owner and due date, the next meeting and the ontbindende voorwaarden; two weeks later shows done and overdue', async () => {
    const { coach, youthId, participants } = await withTeam();
    const id = randomUUID();
    const conditions = [{ id: randomUUID(), text: 'Ricardo verliest zijn kamer' }, { id: randomUUID(), text: 'Geen inkomen op 1 maart' }];
    const made = await coach.post(`/api/youth/${youthId}/meetings`, {
      id, startsAt: twoWeeksAgo, place: 'Wijkteam Charlois', participants, goals: 'Wonen, inkomen, werk', informing: 'Groepsapp; de coach belt rond', nextMeetingOn: '2027-01-11', conditions,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ chair: { id: w.coachA.id }, nextMeetingOn: '2027-01-11', conditions: [{ text: 'Ricardo verliest zijn kamer', occurredAt: null }, { text: 'Geen inkomen op 1 maart' }] });
    expect(made.body.participants.map((p: any) => p.name)).toEqual(['Ricardo', 'Coach A', 'Tante Ingrid', 'Mw. Bakker', 'Sam']);
    // A retried create (the answer got lost) returns the same meeting.
    expect((await coach.post(`/api/youth/${youthId}/meetings`, { id, startsAt: twoWeeksAgo, place: 'Wijkteam Charlois', participants })).status).toBe(200);

    // Attendance: Sam could not come.
    const attended = await coach.patch(`/api/youth/${youthId}/meetings/${id}`, {
      version: made.body.version, participants: participants.map((p) => ({ ...p, attended: p.name !== 'Sam' })),
    });
    expect(attended.status).toBe(200);
    expect(attended.body.participants.map((p: any) => p.attended)).toEqual([true, true, true, true, false]);

    const add = (over: object) => coach.post(`/api/youth/${youthId}/meetings/${id}/actions`, { id: randomUUID(), description: 'Actie', ownerParticipantId: participants[3]!.id, dueOn: '2026-11-16', ...over });
    const overdue = await add({ description: 'Schuldenoverzicht maken', principles: ['draaglast_verkleinen'] });
    expect(overdue.status).toBe(201);
    expect(overdue.body).toMatchObject({ owner: { name: 'Mw. Bakker', kind: 'professional' }, overdue: true, status: 'open', source: { kind: 'meeting', meetingId: id }, principles: ['draaglast_verkleinen'] });
    const done = (await add({ description: 'Kamer bij Tante Ingrid regelen', ownerParticipantId: participants[2]!.id, dueOn: '2026-11-20' })).body;
    const open = (await add({ description: 'Drie bedrijven benaderen', ownerParticipantId: participants[4]!.id, dueOn: '2026-12-20' })).body;
    expect(open.overdue).toBe(false);

    const refusedOwner = await add({ ownerParticipantId: randomUUID() });
    expect(refusedOwner.status).toBe(400);
    expect(refusedOwner.body).toMatchObject({ code: 'OWNER_NOT_IN_MEETING', details: { field: 'ownerParticipantId' } });
    const refusedDate = await add({ dueOn: '2026-11-08' });
    expect(refusedDate.body).toMatchObject({ code: 'DUE_BEFORE_MEETING', details: { field: 'dueOn', meetingOn: '2026-11-09' } });
    expect((await add({ principles: ['toveren'] })).body.code).toBe('UNKNOWN_OPTION');

    // Nor can a due date move before the meeting later, or the meeting move past its actions.
    expect((await coach.patch(`/api/youth/${youthId}/actions/${open.id}`, { version: open.version, dueOn: '2026-11-01' })).body.code).toBe('DUE_BEFORE_MEETING');
    expect((await coach.patch(`/api/youth/${youthId}/meetings/${id}`, { version: attended.body.version, startsAt: '2026-11-18T10:00:00+01:00' })).body)
      .toMatchObject({ code: 'MEETING_AFTER_DUE_DATE', details: { field: 'startsAt', due: '2026-11-16' } });
    // An action can be handed to someone else in the meeting, not to a stranger.
    const handed = await coach.patch(`/api/youth/${youthId}/actions/${open.id}`, { version: open.version, ownerParticipantId: participants[0]!.id });
    expect(handed.body.owner).toEqual({ participantId: participants[0]!.id, kind: 'youth', name: 'Ricardo' });
    expect((await coach.patch(`/api/youth/${youthId}/actions/${open.id}`, { version: handed.body.version, ownerParticipantId: randomUUID() })).body.code).toBe('OWNER_NOT_IN_MEETING');
    const marked = await coach.patch(`/api/youth/${youthId}/actions/${done.id}`, { version: done.version, status: 'done' });
    expect(marked.body).toMatchObject({ status: 'done', overdue: false, doneBy: { id: w.coachA.id, name: 'Coach A' }, doneAt: expect.any(String) });
    expect((await coach.patch(`/api/youth/${youthId}/actions/${done.id}`, { version: done.version, status: 'cancelled' })).status).toBe(409);

    const list = (await coach.get(`/api/youth/${youthId}/actions`)).body;
    expect(list.counts).toEqual({ open: 2, overdue: 1, done: 1, cancelled: 0 });
    expect((await coach.get(`/api/youth/${youthId}/actions?status=overdue`)).body.items.map((a: any) => a.description)).toEqual(['Schuldenoverzicht maken']);
    expect((await coach.get(`/api/youth/${youthId}/actions?status=done`)).body.items.map((a: any) => a.description)).toEqual(['Kamer bij Tante Ingrid regelen']);
    expect((await coach.get(`/api/youth/${youthId}/actions?status=soon`)).status).toBe(400);

    // Someone who owns an action stays on the list of participants.
    const meeting = (await coach.get(`/api/youth/${youthId}/meetings/${id}`)).body;
    expect(meeting.actions).toHaveLength(3);
    const without = await coach.patch(`/api/youth/${youthId}/meetings/${id}`, { version: meeting.version, participants: participants.filter((p) => p.name !== 'Mw. Bakker') });
    expect(without.body).toMatchObject({ code: 'PARTICIPANT_HAS_ACTIONS', details: { field: 'participants' } });

    // The room is lost: the condition is marked as occurred, with who and when.
    const occurred = await coach.post(`/api/youth/${youthId}/meetings/${id}/conditions/${conditions[0]!.id}/occurred`, { note: 'Tante verhuist' });
    expect(occurred.body.conditions[0]).toMatchObject({ occurredNote: 'Tante verhuist', occurredBy: { id: w.coachA.id }, occurredAt: expect.any(String) });
    const dropped = await coach.patch(`/api/youth/${youthId}/meetings/${id}`, { version: occurred.body.version, conditions: [conditions[1]] });
    expect(dropped.body.code).toBe('CONDITION_OCCURRED');
    // The coach's worklist asks to call the team together, until a new meeting is planned.
    const asked = (await coach.get('/api/worklist')).body.items.filter((i: any) => i.youthId === youthId && i.kind === 'condition_occurred');
    expect(asked).toMatchObject([{ bucket: 'overdue', facts: { text: 'Ricardo verliest zijn kamer' } }]);
    t.clock.advance(60_000);
    expect((await coach.post(`/api/youth/${youthId}/meetings`, { id: randomUUID(), startsAt: '2026-11-26T10:00:00+01:00', place: 'Wijkteam', participants: participants.map((p) => ({ ...p, id: randomUUID() })) })).status).toBe(201);
    expect((await coach.get('/api/worklist')).body.items.filter((i: any) => i.youthId === youthId && i.kind === 'condition_occurred')).toEqual([]);

    const history = (await coach.get(`/api/youth/${youthId}/history`)).body.items;
    expect(history.some((h: any) => h.what === 'status' && h.to === 'done')).toBe(true);
  });

  it('refuses a next meeting before the meeting, a stale change and someone of another youth’s network', async () => {
    const { coach, youthId, participants } = await withTeam();
    const base = { id: randomUUID(), startsAt: twoWeeksAgo, place: 'Wijkteam', participants };
    const early = await coach.post(`/api/youth/${youthId}/meetings`, { ...base, nextMeetingOn: '2026-11-01' });
    expect(early.body).toMatchObject({ code: 'NEXT_MEETING_BEFORE_MEETING', details: { field: 'nextMeetingOn' } });
    const elsewhere = await withTeam();
    const strangers = await coach.post(`/api/youth/${youthId}/meetings`, { ...base, participants: elsewhere.participants.map((p) => ({ ...p, id: randomUUID() })) });
    expect(strangers.body.code).toBe('UNKNOWN_PARTICIPANT');
    expect((await coach.post(`/api/youth/${youthId}/meetings`, { ...base, participants: [] })).status).toBe(400);
    expect((await coach.get(`/api/youth/${youthId}/meetings`)).body.items).toEqual([]);

    const made = (await coach.post(`/api/youth/${youthId}/meetings`, base)).body;
    await coach.patch(`/api/youth/${youthId}/meetings/${made.id}`, { version: made.version, place: 'Bij tante thuis' });
    const stale = await coach.patch(`/api/youth/${youthId}/meetings/${made.id}`, { version: made.version, place: 'Op kantoor' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current).toMatchObject({ place: 'Bij tante thuis', version: 2 });
  });

  it('prints the minutes for the participants only under the youth’s consent to share them', async () => {
    const { coach, youthId, participants, firstName } = await withTeam();
    const meeting = (await coach.post(`/api/youth/${youthId}/meetings`, {
      id: randomUUID(), startsAt: twoWeeksAgo, place: 'Wijkteam Charlois', participants, conditions: [{ id: randomUUID(), text: 'Geen inkomen op 1 maart' }],
    })).body;
    await coach.post(`/api/youth/${youthId}/meetings/${meeting.id}/actions`, { id: randomUUID(), description: 'Schuldenoverzicht maken', ownerParticipantId: participants[3]!.id, dueOn: '2026-12-01' });

    const refused = await coach.download(`/api/youth/${youthId}/meetings/${meeting.id}/minutes.pdf?consentId=${randomUUID()}`);
    expect(refused.status).toBe(403);
    const salesOnly = (await coach.post(`/api/youth/${youthId}/consents`, { id: randomUUID(), purpose: 'sales_story', recipient: 'Werkgever', givenOn: today, validUntil: '2027-02-23' })).body;
    expect((await coach.download(`/api/youth/${youthId}/meetings/${meeting.id}/minutes.pdf?consentId=${salesOnly.id}`)).status).toBe(403);

    const consent = (await coach.post(`/api/youth/${youthId}/consents`, { id: randomUUID(), purpose: 'wraparound', recipient: 'Deelnemers wrap-around overleg', givenOn: today, validUntil: '2027-05-23' })).body;
    const pdf = await coach.download(`/api/youth/${youthId}/meetings/${meeting.id}/minutes.pdf?consentId=${consent.id}`);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(`Wrap-around overleg over ${firstName}`);
    expect(text).toContain('Schuldenoverzicht maken');
    expect(text).toContain('Geen inkomen op 1 maart');
    expect(text).toContain('Voor: Deelnemers wrap-around overleg');
    const log = (await coach.get(`/api/youth/${youthId}/access-log`)).body.items;
    expect(log.filter((e: any) => e.action === 'print' && e.recordType === 'wraparound').map((e: any) => e.result)).toEqual(expect.arrayContaining(['denied']));
    expect(log.some((e: any) => e.action === 'print' && e.recordType === 'wraparound_meeting' && e.result === 'allowed')).toBe(true);
  });
});
