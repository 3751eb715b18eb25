import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepGapsGivingAway } from '../../core/dashboard/suppression.js';
import { makeYouth } from '../../seed/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * The funnel's hole over HTTP on a real database: ten youth of team A registered 100 days ago
 * (the third quarter of 2026), without a signal source, in Feijenoord (so the inflow tables hide
 * nothing); eight of the ten are past their first phase. With Enzo, registered ten days ago, the
 * team lead's year counts 11 scouted and 8 started; the policy officer's quarter 10 and 8: the
 * difference, 2 youth who did not start, is a small number they must not be able to subtract.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  for (let i = 0; i < 10; i++) {
    await makeYouth(t.db, { tenantId: w.tenant.id, teamId: w.teamA.id, coachIds: [w.coachA.id], createdBy: w.coachA.id, now: t.clock.now,
      fields: { first_name: `Trechter${i}`, neighbourhood: 'Feijenoord' },
      trajectory: i < 8 ? { phaseKey: 'verdieping', startedDaysAgo: 100, daysInPhase: 3 } : { phaseKey: 'vertrouwen', startedDaysAgo: 100, daysInPhase: 100 } });
  }
});
afterAll(async () => { await t.close(); });

type Cell = { value: number | null; suppressed: false | 'small' | 'complementary' };
type Table = { key: string; rows: { key: string; cells: Cell[] }[]; totals: { cells: Cell[] } | null };
const funnelOf = async (who: { email: string; password: string }) => {
  const res = await (await w.as(who)).get('/api/dashboard');
  expect(res.status).toBe(200);
  return (res.body as { tables: Table[] }).tables.find((x) => x.key === 'funnel')!;
};
const shown = (cells: Cell[]) => cells.map((c) => (c.suppressed === 'small' ? '<5' : c.suppressed === 'complementary' ? '×' : c.value));

describe('the funnel: a small drop between two steps', () => {
  it('the team lead sees the exact steps, 11 scouted and 8 started', async () => {
    const f = await funnelOf(w.lead);
    expect(f.rows.map((r) => shown(r.cells))).toEqual([[11, null], [8, 73], [0, 0], [0, null], [0, null]]);
  });

  it('the policy officer gets the started step suppressed, with its share and the next step\'s share: 10 minus what is shown gives no number under five', async () => {
    const f = await funnelOf(w.policy);
    expect(f.rows.map((r) => r.cells[0]!.suppressed)).toEqual([false, 'complementary', false, false, false]);
    // 8 is not small: it is hidden only because 10 − 8 = 2 would be read off, so it shows as "×", and so do the shares over 10 and over 8.
    expect(f.rows.map((r) => shown(r.cells))).toEqual([[10, null], ['×', '×'], [0, '×'], [0, null], [0, null]]);
    // A suppressed cell carries no value at all.
    expect(f.rows[1]!.cells).toEqual([{ value: null, suppressed: 'complementary' }, { value: null, suppressed: 'complementary' }]);
    // The first step is the period's inflow: still shown, and the same as the inflow tables' total.
    const inflow = (await (await w.as(w.policy)).get('/api/dashboard')).body.tables.find((x: Table) => x.key === 'inflow_source') as Table;
    expect(shown([inflow.totals!.cells.at(-1)!])).toEqual([10]);
    const steps = f.rows.map((r) => r.cells[0]!.value ?? -1);
    expect(stepGapsGivingAway(steps, f.rows.map((r) => Boolean(r.cells[0]!.suppressed)))).toEqual([]);
  });
});
