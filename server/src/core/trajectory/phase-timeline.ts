/**
 * The phases a trajectory went through, with the time spent in each against its planned
 * duration. Pure: events and "now" in, timeline out.
 */
export interface TimelineEvent { kind: string; toPhaseId: string | null; at: Date }
export interface TimelinePhase { id: string; name: string; plannedWeeks: number | null }

export interface PhaseStay {
  phaseId: string;
  name: string;
  enteredAt: Date;
  leftAt: Date | null;
  daysSpent: number;
  plannedDays: number | null;
  overPlanned: boolean;
}

const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

export function phaseTimeline(events: TimelineEvent[], phases: TimelinePhase[], now: Date): PhaseStay[] {
  const byId = new Map(phases.map((p) => [p.id, p]));
  const stays: PhaseStay[] = [];
  let ended: Date | null = null;
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (e.kind === 'close') ended = e.at;
    if (!e.toPhaseId) continue;
    const last = stays.at(-1);
    if (last && last.leftAt === null) last.leftAt = e.at;
    const phase = byId.get(e.toPhaseId);
    stays.push({
      phaseId: e.toPhaseId, name: phase?.name ?? '?', enteredAt: e.at, leftAt: null,
      daysSpent: 0, plannedDays: phase?.plannedWeeks ? phase.plannedWeeks * 7 : null, overPlanned: false,
    });
  }
  const last = stays.at(-1);
  if (last && ended) last.leftAt = ended;
  for (const s of stays) {
    s.daysSpent = daysBetween(s.enteredAt, s.leftAt ?? now);
    s.overPlanned = s.plannedDays !== null && s.daysSpent > s.plannedDays;
  }
  return stays;
}
