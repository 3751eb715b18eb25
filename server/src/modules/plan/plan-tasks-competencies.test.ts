import { randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The division of tasks over all six roles of the veranderplan form, learning goals linked to
 * the ten basic employee competencies (IPTA ch. 4 and 5), and what the plan is called in each
 * method — over HTTP on a real database.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const task = (role: string, what: string, who = '') => ({ id: randomUUID(), role, who, what, dueOn: null });
const step = (text: string, competencies?: string[]) => ({ id: randomUUID(), text, status: 'open', ...(competencies ? { competencies } : {}) });
const part = (key: string, priority: number, over: object = {}) => ({
  key, title: null, priority, basicInfo: '', tools: [], strategy: null, strategyNote: '', goals: [], tasks: [], ...over,
});
const pdfText = async (bytes: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, ' ');

async function newYouth() {
  const coach = await w.as(w.coachA);
  const youth = (await coach.post('/api/youth', { id: randomUUID(), firstName: `Ricardo${randomUUID().slice(0, 4)}`, neighbourhood: 'Charlois' })).body;
  return { coach, youthId: youth.id as string };
}

describe('the division of tasks', () => {
  it('offers every part all six roles, the ones the veranderplan form names first', async () => {
    const coach = await w.as(w.coachA);
    const parts = Object.fromEntries((await coach.get('/api/plan-parts')).body.items.map((p: any) => [p.key, p]));
    for (const p of Object.values(parts) as any[]) expect([...p.roles].sort()).toEqual(['coach', 'employer', 'network', 'professional', 'vip', 'youth']);
    expect(parts.work.formRoles).toEqual(['youth', 'coach', 'employer', 'network', 'professional']);
    expect(parts.income.formRoles).toEqual(['youth', 'coach', 'employer', 'professional']);
    expect(parts.debts.formRoles).toEqual(['youth', 'coach', 'professional']);
    expect(parts.social.formRoles).toEqual(['youth', 'coach', 'vip', 'professional']);
    expect(parts.social.roles.slice(0, 4)).toEqual(['youth', 'coach', 'vip', 'professional']);
  });

  it('keeps the chef’s task on the work part and a VIP’s on social relations, and prints them', async () => {
    const { coach, youthId } = await newYouth();
    const body = { parts: [
      part('work', 1, { tasks: [task('employer', 'VCA-cursus inplannen', 'Chef Youssef')] }),
      part('social', 2, { tasks: [task('vip', 'Zondag samen voetballen', 'Oom Henk')] }),
    ] };
    const saved = await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body });
    expect(saved.status).toBe(200);
    expect(saved.body.body.parts.map((p: any) => p.tasks[0].role)).toEqual(['employer', 'vip']);
    const text = await pdfText((await coach.download(`/api/youth/${youthId}/plan/versions/1/pdf`)).bytes);
    expect(text).toContain('Werkgever: Chef Youssef');
    expect(text).toContain('VIP: Oom Henk');
  });

  it('refuses a role the form does not know with 400, naming the field', async () => {
    const { coach, youthId } = await newYouth();
    const res = await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: { parts: [part('work', 1, { tasks: [task('buurman', 'Helpen verhuizen')] })] } });
    expect(res).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(res.body.details.fields).toEqual([expect.objectContaining({ path: 'body.body.parts.0.tasks.0.role', rule: 'invalid_value' })]);
    expect((await coach.get(`/api/youth/${youthId}/plan`)).body.latest).toBeNull();
  });
});

describe('learning goals and the basic employee competencies', () => {
  it('links a short-term goal to competencies: saved, compared between versions and printed', async () => {
    const { coach, youthId } = await newYouth();
    const vca = step('VCA-cursus halen');
    const goal = { id: randomUUID(), longTerm: 'Kok worden', steps: [vca] };
    // A goal saved without competencies has none.
    const v1 = (await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: { parts: [part('work', 1, { goals: [goal] })] } })).body;
    expect(v1.body.parts[0].goals[0].steps[0].competencies).toEqual([]);
    await coach.post(`/api/youth/${youthId}/plan/versions/1/signatures`, { role: 'youth', name: 'Ricardo', method: 'typed', typed: 'Ricardo', revision: v1.revision });

    const linked = { parts: [part('work', 1, { goals: [{ ...goal, steps: [{ ...vca, competencies: ['afspraken_nakomen', 'doorzetten'] }] }] })] };
    const v2 = await coach.put(`/api/youth/${youthId}/plan`, { version: 1, revision: v1.revision, body: linked });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ version: 2 });
    expect(v2.body.body.parts[0].goals[0].steps[0].competencies).toEqual(['afspraken_nakomen', 'doorzetten']);
    // The version list says the goals changed; version 1 still has none.
    const versions = (await coach.get(`/api/youth/${youthId}/plan/versions`)).body.items;
    expect(versions[1].changedFields).toEqual(['work.goals']);
    expect((await coach.get(`/api/youth/${youthId}/plan/versions/1`)).body.body.parts[0].goals[0].steps[0].competencies).toEqual([]);
    // The plan's parts come with the tenant's competencies, so screens can name them.
    const competencies = (await coach.get('/api/plan-parts')).body.competencies;
    expect(competencies).toHaveLength(10);
    expect(competencies.find((c: any) => c.key === 'doorzetten')).toEqual({ key: 'doorzetten', label: 'Doorzetten', active: true });

    const text = await pdfText((await coach.download(`/api/youth/${youthId}/plan/versions/2/pdf`)).bytes);
    expect(text).toContain('VCA-cursus halen');
    expect(text).toContain('Hier leer je: Afspraken nakomen, Doorzetten');
  });

  it('refuses an unknown or doubled competency with 400', async () => {
    const { coach, youthId } = await newYouth();
    const body = (competencies: string[]) => ({ parts: [part('work', 1, { goals: [{ id: randomUUID(), longTerm: 'Kok worden', steps: [step('Op tijd komen', competencies)] }] })] });
    const unknown = await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: body(['vliegen']) });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'UNKNOWN_OPTION', details: { field: 'competencies', value: 'vliegen' } } });
    const twice = await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: body(['doorzetten', 'doorzetten']) });
    expect(twice).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect((await coach.get(`/api/youth/${youthId}/plan`)).body.latest).toBeNull();
  });

  it('keeps a competency the administrator switched off where it was, but no longer takes it in anew', async () => {
    const t2 = await startTestApp();
    const w2 = await makeWorld(t2);
    const coach = await w2.as(w2.coachA);
    const youthId = (await coach.post('/api/youth', { id: randomUUID(), firstName: 'Jeffrey', neighbourhood: 'Delfshaven' })).body.id;
    const first = step('Elke dag om 8 uur op het werk', ['op_tijd_komen']);
    const goal = { id: randomUUID(), longTerm: 'Een vaste baan', steps: [first] };
    const v1 = (await coach.put(`/api/youth/${youthId}/plan`, { version: 0, revision: 0, body: { parts: [part('work', 1, { goals: [goal] })] } })).body;

    const admin = await w2.as(w2.admin);
    const list = (await admin.get('/api/admin/option-lists')).body.lists.find((l: any) => l.list === 'employee_competency');
    await admin.put('/api/admin/option-lists/employee_competency', {
      version: list.version, items: list.items.map((i: any) => (i.key === 'op_tijd_komen' ? { ...i, active: false } : i)),
    });
    // The draft is saved again with its old link: fine.
    const again = { parts: [part('work', 1, { basicInfo: 'Wil in de bouw werken.', goals: [goal] })] };
    const v1b = await coach.put(`/api/youth/${youthId}/plan`, { version: 1, revision: v1.revision, body: again });
    expect(v1b.status).toBe(200);
    // A new goal cannot pick it any more.
    const more = { parts: [part('work', 1, { goals: [goal, { id: randomUUID(), longTerm: 'Rijbewijs', steps: [step('Theorie-examen', ['op_tijd_komen'])] }] })] };
    const refused = await coach.put(`/api/youth/${youthId}/plan`, { version: 1, revision: v1b.body.revision, body: more });
    expect(refused).toMatchObject({ status: 400, body: { code: 'UNKNOWN_OPTION' } });
    // Plan screens still know its name, marked as switched off.
    expect((await coach.get('/api/plan-parts')).body.competencies.find((c: any) => c.key === 'op_tijd_komen')).toMatchObject({ label: 'Op tijd komen', active: false });
    await t2.close();
  });
});

describe('what the plan is called', () => {
  it('is an ondersteuningsplan in an IJA tenant and a veranderplan once the administrator switches to IPTA', async () => {
    const t2 = await startTestApp();
    const w2 = await makeWorld(t2);
    const coach = await w2.as(w2.coachA);
    expect((await coach.get(`/api/youth/${w2.enzo.id}/plan`)).body.label).toBe('ondersteuningsplan');
    // The method can only change when no trajectory runs (see admin.test.ts).
    const trajectories = (await coach.get(`/api/youth/${w2.enzo.id}/trajectories`)).body.items;
    await coach.post(`/api/trajectories/${trajectories[0].id}/transitions`, { version: trajectories[0].version, kind: 'close', reason: 'verhuisd', closingReason: 'verhuisd' });
    const admin = await w2.as(w2.admin);
    const settings = (await admin.get('/api/admin/tenant')).body;
    expect((await admin.patch('/api/admin/tenant', { version: settings.version, method: 'ipta' })).body.method).toBe('ipta');
    expect((await coach.get(`/api/youth/${w2.enzo.id}/plan`)).body.label).toBe('veranderplan');
    const saved = await coach.put(`/api/youth/${w2.enzo.id}/plan`, { version: 0, revision: 0, body: { parts: [part('housing', 1)] } });
    const text = await pdfText((await coach.download(`/api/youth/${w2.enzo.id}/plan/versions/${saved.body.version}/pdf`)).bytes);
    expect(text).toContain('Het veranderplan van Enzo');
    await t2.close();
  });
});
