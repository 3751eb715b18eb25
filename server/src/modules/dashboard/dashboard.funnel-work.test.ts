import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAftercareContact, makeClosedWithConversation, makeResultMeasurement } from '../../seed/factories-closing.js';
import { makePlacement, makeYouth } from '../../seed/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The funnel's last two steps over HTTP on a real database, as the team lead sees them (exact):
 * "regular work" follows the closing reasons the administrator marked, and "still working after
 * six months" is asked once, at six months — a later answer does not change it.
 * Five youth of team A, registered 400 days before the test's day (October 2025), all placed
 * (an internship) and past the first phase, closed 340 days ago (17 December 2025).
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
const DAY = 86_400_000;
const dayOf = (daysAgo: number) => new Date(t.clock.now.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
const closedOn = () => dayOf(340);
const afterClosing = (days: number) => dayOf(340 - days);

async function youthClosed(name: string, closingReason: string) {
  const y = await makeYouth(t.db, { tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
    fields: { first_name: name }, trajectory: { phaseKey: 'verdieping', startedDaysAgo: 400, daysInPhase: 60 } });
  await makePlacement(t.db, { tenantId: w.tenant.id, youthId: y.id, createdBy: w.coachA.id, at: new Date(t.clock.now.getTime() - 380 * DAY), startsOn: dayOf(380), kind: 'internship', employerName: `Leerbedrijf ${name}` });
  await makeClosedWithConversation(t.db, { tenantId: w.tenant.id, trajectoryId: y.trajectoryId!, authorId: w.coachA.id, closedOn: closedOn(), closingReason });
  return { youthId: y.id, trajectoryId: y.trajectoryId!, tenantId: w.tenant.id, authorId: w.coachA.id };
}
const check = (y: Awaited<ReturnType<typeof youthClosed>>, days: number, stillWorking: boolean | null) =>
  makeAftercareContact(t.db, { ...y, heldOn: afterClosing(days), stillWorking, stillHoused: null });

type Cell = { value: number | null };
const funnelCounts = async () => {
  const res = await (await w.as(w.lead)).get('/api/dashboard?from=2025-10-01&to=2025-10-31');
  expect(res.status).toBe(200);
  return (res.body.tables as { key: string; rows: { key: string; cells: Cell[] }[] }[]).find((x) => x.key === 'funnel')!.rows.map((r) => [r.key, r.cells[0]!.value]);
};

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  // Ayla: closed for a reason the municipality added and marked as regular work; at six months
  // (day 190) still working, at ten months not: she counts as still working after six months.
  const ayla = await youthClosed('Ayla', 'werk_via_uitzendbureau');
  await check(ayla, 190, true);
  await check(ayla, 300, false);
  // Bram: regular work; the first check from six months on found him without work; a later one with.
  const bram = await youthClosed('Bram', 'regulier_werk');
  await check(bram, 150, true);
  await check(bram, 200, null);
  await check(bram, 210, false);
  await check(bram, 320, true);
  // Cem: regular work; the six-month measurement says no work, an aftercare check yes: the measurement decides.
  const cem = await youthClosed('Cem', 'regulier_werk');
  await check(cem, 190, true);
  await makeResultMeasurement(t.db, { ...cem, moment: 'after_6_months', measuredOn: afterClosing(185), answers: { work: { answer: 'nee' } } });
  // Dewi: closed for education, never in work. Eva: closed as moved, but work found at closing.
  await youthClosed('Dewi', 'opleiding');
  const eva = await youthClosed('Eva', 'verhuisd');
  await makeResultMeasurement(t.db, { ...eva, moment: 'closing', measuredOn: closedOn(), answers: { work: { answer: 'ja' } } });
});
afterAll(async () => { await t.close(); });

describe('the funnel\'s work steps', () => {
  it('count a closing reason as regular work only once the administrator marks it so', async () => {
    // Bram, Cem and Eva in regular work; none still working at six months (Ayla, who is, is not yet in regular work).
    expect(await funnelCounts()).toEqual([['scouted', 5], ['started', 5], ['placed', 5], ['regular_work', 3], ['working_after_6_months', 0]]);

    const admin = await w.as(w.admin);
    const list = (await admin.get('/api/admin/option-lists')).body.lists.find((l: { list: string }) => l.list === 'closing_reason');
    expect(list.meanings).toEqual(['regular_work']);
    expect(list.items.find((i: { key: string }) => i.key === 'regulier_werk').countsAs).toBe('regular_work');
    const saved = await admin.put('/api/admin/option-lists/closing_reason', {
      version: list.version, items: [...list.items, { key: 'werk_via_uitzendbureau', label: 'Werk via een uitzendbureau', active: true, countsAs: 'regular_work' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.items.at(-1)).toEqual({ key: 'werk_via_uitzendbureau', label: 'Werk via een uitzendbureau', active: true, countsAs: 'regular_work' });
    // Ayla now counts as in regular work, and as still working at six months.
    expect(await funnelCounts()).toEqual([['scouted', 5], ['started', 5], ['placed', 5], ['regular_work', 4], ['working_after_6_months', 1]]);

    // Leaving countsAs out keeps the meaning; null takes it away; the change is in the history.
    const again = await admin.put('/api/admin/option-lists/closing_reason', {
      version: saved.body.version, items: saved.body.items.map(({ key, label, active }: { key: string; label: string; active: boolean }) => ({ key, label, active })),
    });
    expect(again.body.items.find((i: { key: string }) => i.key === 'regulier_werk').countsAs).toBe('regular_work');
    const unmarked = await admin.put('/api/admin/option-lists/closing_reason', {
      version: again.body.version, items: again.body.items.map((i: { key: string }) => (i.key === 'werk_via_uitzendbureau' ? { ...i, countsAs: null } : i)),
    });
    expect(unmarked.body.items.find((i: { key: string }) => i.key === 'werk_via_uitzendbureau').countsAs).toBeNull();
    expect(await funnelCounts()).toEqual([['scouted', 5], ['started', 5], ['placed', 5], ['regular_work', 3], ['working_after_6_months', 0]]);
    const history = await t.db.selectFrom('revision').select('changes').where('entity', '=', 'option_list').where('tenant_id', '=', w.tenant.id).execute();
    expect(history.map((h) => h.changes)).toContainEqual({ werk_via_uitzendbureau: [null, { label: 'Werk via een uitzendbureau', active: true, position: 9, countsAs: 'regular_work' }] });
    expect(history.map((h) => h.changes)).toContainEqual({ 'werk_via_uitzendbureau.countsAs': ['regular_work', null] });
  });

  it('refuses a meaning the list does not have, and a meaning on a list without meanings, changing nothing', async () => {
    const admin = await w.as(w.admin);
    const lists = (await admin.get('/api/admin/option-lists')).body.lists as { list: string; version: number; items: { key: string; label: string; active: boolean; countsAs: string | null }[] }[];
    const reasons = lists.find((l) => l.list === 'closing_reason')!;
    const wrong = await admin.put('/api/admin/option-lists/closing_reason', { version: reasons.version, items: reasons.items.map((i, n) => (n === 1 ? { ...i, countsAs: 'education' } : i)) });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'OPTION_MEANING_INVALID', details: { field: 'items.1.countsAs', allowed: ['regular_work'] } } });
    const sources = lists.find((l) => l.list === 'signal_source')!;
    const elsewhere = await admin.put('/api/admin/option-lists/signal_source', { version: sources.version, items: sources.items.map((i, n) => (n === 0 ? { ...i, countsAs: 'regular_work' } : i)) });
    expect(elsewhere).toMatchObject({ status: 400, body: { code: 'OPTION_MEANING_INVALID', details: { field: 'items.0.countsAs', allowed: [] } } });
    const after = (await admin.get('/api/admin/option-lists')).body.lists as typeof lists;
    expect(after.find((l) => l.list === 'closing_reason')).toEqual(reasons);
    expect(after.find((l) => l.list === 'signal_source')).toEqual(sources);
  });
});
