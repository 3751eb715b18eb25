import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The administrator's answer lists (keuzelijsten) over HTTP on a real database: the parts of
 * the plan and the basic employee competencies are the municipality's own words; nothing is
 * ever deleted, two administrators get 409, and the history says who changed what.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const listOf = async (admin: Awaited<ReturnType<typeof w.as>>, name: string) =>
  (await admin.get('/api/admin/option-lists')).body.lists.find((l: any) => l.list === name);
const itemsOf = (list: any) => list.items.map(({ key, label, active }: any) => ({ key, label, active }));

describe('the answer lists', () => {
  it('are the tenant’s lists with a version each, for the functioneel beheerder only', async () => {
    const admin = await w.as(w.admin);
    const res = await admin.get('/api/admin/option-lists');
    expect(res.status).toBe(200);
    const names = res.body.lists.map((l: any) => l.list);
    expect(names).toEqual(expect.arrayContaining(['plan_part', 'employee_competency', 'closing_reason', 'signal_source']));
    const competencies = res.body.lists.find((l: any) => l.list === 'employee_competency');
    expect(competencies.items).toHaveLength(10);
    expect(competencies.items[0]).toEqual({ key: 'op_tijd_komen', label: 'Op tijd komen', active: true, countsAs: null });
    expect(competencies.meanings).toEqual([]);
    expect(competencies.version).toBe(1);

    const coach = await w.as(w.coachA);
    expect((await coach.get('/api/admin/option-lists')).status).toBe(403);
    const plan = await listOf(admin, 'plan_part');
    expect((await coach.put('/api/admin/option-lists/plan_part', { version: plan.version, items: itemsOf(plan) })).status).toBe(403);
  });

  it('renames a plan part, moves it, switches one off and adds one: coaches see it, old keys stay', async () => {
    const admin = await w.as(w.admin);
    const plan = await listOf(admin, 'plan_part');
    const items = itemsOf(plan);
    const work = items.find((i: any) => i.key === 'work');
    work.label = 'Werk, school of dagbesteding';
    items.find((i: any) => i.key === 'other').active = false;
    const reordered = [items.find((i: any) => i.key === 'housing'), ...items.filter((i: any) => i.key !== 'housing'), { key: 'vervoer', label: 'Vervoer', active: true }];
    const res = await admin.put('/api/admin/option-lists/plan_part', { version: plan.version, items: reordered });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(plan.version + 1);
    expect(res.body.items.map((i: any) => i.key)).toEqual(['housing', 'work', 'income', 'debts', 'health', 'social', 'other', 'vervoer']);

    const coach = await w.as(w.coachA);
    const parts = (await coach.get('/api/plan-parts')).body.items;
    expect(parts[0].key).toBe('housing');
    expect(parts.find((p: any) => p.key === 'work')).toMatchObject({ label: 'Werk, school of dagbesteding', active: true });
    expect(parts.find((p: any) => p.key === 'other')).toMatchObject({ active: false });
    // A part the tenant added has no suggestions from the form, but every role.
    expect(parts.find((p: any) => p.key === 'vervoer')).toMatchObject({ label: 'Vervoer', strategies: [], roles: ['youth', 'coach', 'network', 'professional', 'employer', 'vip'] });
    // The screens' configuration only offers what is switched on.
    const config = (await coach.get('/api/config')).body.lists.plan_part.map((o: any) => o.key);
    expect(config).not.toContain('other');
    expect(config).toContain('vervoer');

    // Who changed what, and when: in the revision history.
    const revisions = await t.db.selectFrom('revision').selectAll().where('tenant_id', '=', w.tenant.id).where('entity', '=', 'option_list').execute();
    const last = revisions.at(-1)!;
    expect(last.actor_id).toBe(w.admin.id);
    expect(new Date(last.at).toISOString()).toBe(t.clock.now.toISOString());
    expect(last.changes).toMatchObject({
      'work.label': ['Werk of opleiding', 'Werk, school of dagbesteding'],
      'other.active': [true, false],
      'housing.position': [6, 1],
      vervoer: [null, { label: 'Vervoer', active: true, position: 8 }],
    });
  });

  it('gives the second of two administrators 409 with the list as it is now', async () => {
    const [first, second] = [await w.as(w.admin), await w.as(w.admin)];
    const seen = await listOf(first, 'closing_reason');
    const a = itemsOf(seen); a[0].label = 'Werk gevonden';
    const b = itemsOf(seen); b[0].label = 'Betaald werk';
    expect((await first.put('/api/admin/option-lists/closing_reason', { version: seen.version, items: a })).status).toBe(200);
    const late = await second.put('/api/admin/option-lists/closing_reason', { version: seen.version, items: b });
    expect(late).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
    expect(late.body.details.current.items[0].label).toBe('Werk gevonden');
    // Another list has its own version: not a conflict.
    const gender = await listOf(second, 'gender');
    expect((await second.put('/api/admin/option-lists/gender', { version: gender.version, items: itemsOf(gender) })).status).toBe(200);
  });

  it('refuses an empty label, a duplicate key, a deleted key, a bad new key and an unknown list with 400, changing nothing', async () => {
    const admin = await w.as(w.admin);
    const list = await listOf(admin, 'employee_competency');
    const put = (items: unknown[], name = 'employee_competency') => admin.put(`/api/admin/option-lists/${name}`, { version: list.version, items });
    const items = itemsOf(list);

    const empty = await put(items.map((i: any, n: number) => (n === 2 ? { ...i, label: '   ' } : i)));
    expect(empty).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(empty.body.details.fields[0].path).toBe('body.items.2.label');
    expect(await put([...items, { key: 'doorzetten', label: 'Nog eens doorzetten', active: true }])).toMatchObject({ status: 400, body: { code: 'DUPLICATE_KEY' } });
    const deleted = await put(items.slice(1));
    expect(deleted).toMatchObject({ status: 400, body: { code: 'OPTION_MISSING', details: { keys: ['op_tijd_komen'] } } });
    expect(await put([...items, { key: 'Netjes Zijn', label: 'Netjes zijn', active: true }])).toMatchObject({ status: 400, body: { code: 'OPTION_KEY_INVALID' } });
    expect(await put(items.map((i: any) => ({ ...i, active: false })))).toMatchObject({ status: 400, body: { code: 'NO_ACTIVE_OPTION' } });
    expect(await put(items, 'favourite_colour')).toMatchObject({ status: 400, body: { code: 'UNKNOWN_LIST' } });
    expect((await put(items, 'Not-A-List')).status).toBe(400);

    expect(await listOf(admin, 'employee_competency')).toEqual(list);
    const other = await sql<{ n: number }>`select count(*)::int as n from option_list where list = 'favourite_colour'`.execute(t.db);
    expect(other.rows[0]!.n).toBe(0);
  });

  it('never reaches another municipality’s lists', async () => {
    const admin = await w.as(w.admin);
    await admin.get('/api/admin/option-lists');
    const elders = await t.db.selectFrom('option_list_item').select('label').where('tenant_id', '=', w.other.id)
      .where('list', '=', 'plan_part').where('key', '=', 'work').executeTakeFirstOrThrow();
    expect(elders.label).toBe('Werk of opleiding');
  });
});
