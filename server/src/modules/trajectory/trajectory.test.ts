import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

const ALL_FOUR = ['found_and_spoken', 'meets_criteria', 'wants_to_work_on_future', 'expectations_aligned'];

/** A youth in Fase 1 whose four scout conditions are ticked (unless `scoutDone` is false). */
async function newYouthWithTrajectory(scoutDone = true) {
  const coach = await w.as(w.coachA);
  const youth = await coach.post('/api/youth', { id: randomUUID(), nickname: `Test ${randomUUID().slice(0, 4)}`, neighbourhood: 'Feijenoord' });
  let trajectory = (await coach.post(`/api/youth/${youth.body.id}/trajectories`, { id: randomUUID() })).body;
  if (scoutDone) {
    trajectory = (await coach.put(`/api/trajectories/${trajectory.id}/scout-checks`, { conditions: ALL_FOUR.map((condition) => ({ condition, met: true })) })).body;
  }
  return { coach, youthId: youth.body.id as string, trajectory };
}

describe('a trajectory through the IJA phases', () => {
  it('starts in Fase 1 Vertrouwen and moves forward with a reason, recording who and why', async () => {
    const { coach, youthId, trajectory } = await newYouthWithTrajectory();
    expect(trajectory.currentPhase.name).toBe('Fase 1 Vertrouwen');
    t.clock.advance(3 * 86_400_000);
    // Three days later the session has long timed out: the coach logs in again.
    expect((await coach.get('/api/youth?scope=mine')).status).toBe(401);
    const later = await w.as(w.coachA);
    const moved = await later.post(`/api/trajectories/${trajectory.id}/transitions`, { version: trajectory.version, kind: 'forward', reason: 'Kennismaking gehad, verwachtingen uitgesproken' });
    expect(moved.status).toBe(200);
    expect(moved.body.currentPhase.name).toBe('Fase 2 Verdieping');
    expect(moved.body.timeline.map((s: any) => [s.name, s.daysSpent])).toEqual([['Fase 1 Vertrouwen', 3], ['Fase 2 Verdieping', 0]]);
    const history = await later.get(`/api/youth/${youthId}/history`);
    expect(history.body.items[0]).toMatchObject({
      kind: 'trajectory', what: 'forward', from: 'Fase 1 Vertrouwen', to: 'Fase 2 Verdieping',
      reason: 'Kennismaking gehad, verwachtingen uitgesproken', actor: { id: w.coachA.id },
    });
  });

  it('does not leave Fase 1 before the four scout conditions are met, unless the coach says why', async () => {
    const { coach, trajectory } = await newYouthWithTrajectory(false);
    const ticked = await coach.put(`/api/trajectories/${trajectory.id}/scout-checks`, { conditions: [
      { condition: 'found_and_spoken', met: true }, { condition: 'meets_criteria', met: true },
    ] });
    expect(ticked.body.scout.conditions.filter((c: any) => c.met).map((c: any) => c.by.id)).toEqual([w.coachA.id, w.coachA.id]);
    const blocked = await coach.post(`/api/trajectories/${trajectory.id}/transitions`, { version: trajectory.version, kind: 'forward', reason: 'door' });
    expect(blocked).toMatchObject({ status: 409, body: { code: 'SCOUT_INCOMPLETE', details: { missing: ['wants_to_work_on_future', 'expectations_aligned'] } } });
    const moved = await coach.post(`/api/trajectories/${trajectory.id}/transitions`, {
      version: trajectory.version, kind: 'forward', reason: 'door', gateOverrideReason: 'Dakloos: eerst een slaapplek regelen',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.events.at(-1)).toMatchObject({ kind: 'forward', gateOverrideReason: 'Dakloos: eerst een slaapplek regelen' });
  });

  it('refuses a phase change without a reason', async () => {
    const { coach, trajectory } = await newYouthWithTrajectory();
    const res = await coach.post(`/api/trajectories/${trajectory.id}/transitions`, { version: 1, kind: 'forward', reason: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REASON_REQUIRED');
  });

  it('gives 409 on a stale version instead of overwriting a colleague\'s step', async () => {
    const { coach, trajectory } = await newYouthWithTrajectory();
    await coach.post(`/api/trajectories/${trajectory.id}/transitions`, { version: trajectory.version, kind: 'forward', reason: 'door' });
    const stale = await coach.post(`/api/trajectories/${trajectory.id}/transitions`, { version: trajectory.version, kind: 'forward', reason: 'nog eens' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.currentPhase.name).toBe('Fase 2 Verdieping');
  });

  it('goes back, pauses, resumes, closes with a closing reason and reopens as a new trajectory', async () => {
    const { coach, youthId, trajectory } = await newYouthWithTrajectory();
    let tr = (await coach.post(`/api/trajectories/${trajectory.id}/transitions`, { version: trajectory.version, kind: 'forward', reason: 'klaar' })).body;
    tr = (await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'back', reason: 'contact weer kwijt' })).body;
    expect(tr.currentPhase.key).toBe('vertrouwen');
    tr = (await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'pause', reason: 'op vakantie' })).body;
    expect(tr.status).toBe('paused');
    const blocked = await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'forward', reason: 'x' });
    expect(blocked.body.code).toBe('TRAJECTORY_PAUSED');
    tr = (await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'resume', reason: 'terug' })).body;
    const noReason = await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'close', reason: 'weg' });
    expect(noReason.body.code).toBe('CLOSING_REASON_REQUIRED');
    const unknownReason = await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'close', reason: 'weg', closingReason: 'verzonnen' });
    expect(unknownReason.body.code).toBe('UNKNOWN_CLOSING_REASON');
    tr = (await coach.post(`/api/trajectories/${tr.id}/transitions`, { version: tr.version, kind: 'close', reason: 'verhuisd naar Utrecht', closingReason: 'verhuisd' })).body;
    expect(tr).toMatchObject({ status: 'closed', closingReason: 'verhuisd' });
    const reopened = await coach.post(`/api/trajectories/${tr.id}/reopen`, { id: randomUUID(), reason: 'Terug in Rotterdam' });
    expect(reopened.status).toBe(201);
    expect(reopened.body).toMatchObject({ status: 'active', reopenedFrom: tr.id, youthId });
    const all = await coach.get(`/api/youth/${youthId}/trajectories`);
    expect(all.body.items.map((x: any) => x.status)).toEqual(['active', 'closed']);
    expect(all.body.items[1].events.map((e: any) => e.kind)).toEqual(['start', 'forward', 'back', 'pause', 'resume', 'close']);
  });

  it('allows one open trajectory per youth', async () => {
    const { coach, youthId } = await newYouthWithTrajectory();
    const second = await coach.post(`/api/youth/${youthId}/trajectories`, { id: randomUUID() });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('TRAJECTORY_OPEN');
  });

  it('a coach of another team cannot move the trajectory', async () => {
    const { trajectory } = await newYouthWithTrajectory();
    const other = await w.as(w.coachB);
    const res = await other.post(`/api/trajectories/${trajectory.id}/transitions`, { version: 1, kind: 'forward', reason: 'x' });
    expect(res.status).toBe(403);
  });

  it('Mijn jongeren shows the phase and the days in it, and whether it runs over the planned weeks', async () => {
    const coach = await w.as(w.coachA);
    const list = await coach.get('/api/youth?scope=mine');
    const enzo = list.body.items.find((y: any) => y.id === w.enzo.id);
    expect(enzo.trajectory).toMatchObject({ phase: { name: 'Fase 1 Vertrouwen', plannedWeeks: 4 }, status: 'active' });
    expect(enzo.trajectory.daysInPhase).toBeGreaterThanOrEqual(10);
  });
});
