import { describe, expect, it } from 'vitest';
import { phaseTimeline } from './phase-timeline.js';

const phases = [
  { id: 'v', name: 'Fase 1 Vertrouwen', plannedWeeks: 4 },
  { id: 'd', name: 'Fase 2 Verdieping', plannedWeeks: 8 },
];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 10));

describe('time spent per phase against its planned duration', () => {
  it('counts days in each phase; the current phase runs until now', () => {
    const stays = phaseTimeline([
      { kind: 'start', toPhaseId: 'v', at: day(0) },
      { kind: 'forward', toPhaseId: 'd', at: day(20) },
    ], phases, day(30));
    expect(stays.map((s) => [s.name, s.daysSpent, s.plannedDays, s.overPlanned])).toEqual([
      ['Fase 1 Vertrouwen', 20, 28, false],
      ['Fase 2 Verdieping', 10, 56, false],
    ]);
  });

  it('is over the planned duration from day 29 of a four-week phase, not on day 28', () => {
    const start = [{ kind: 'start', toPhaseId: 'v', at: day(0) }];
    expect(phaseTimeline(start, phases, day(28))[0]!.overPlanned).toBe(false);
    expect(phaseTimeline(start, phases, day(29))[0]!.overPlanned).toBe(true);
  });

  it('stops the clock when the trajectory closes, and shows a revisited phase twice', () => {
    const stays = phaseTimeline([
      { kind: 'start', toPhaseId: 'v', at: day(0) },
      { kind: 'forward', toPhaseId: 'd', at: day(10) },
      { kind: 'back', toPhaseId: 'v', at: day(15) },
      { kind: 'pause', toPhaseId: null, at: day(16) },
      { kind: 'close', toPhaseId: null, at: day(40) },
    ], phases, day(100));
    expect(stays.map((s) => [s.phaseId, s.daysSpent])).toEqual([['v', 10], ['d', 5], ['v', 25]]);
  });
});
