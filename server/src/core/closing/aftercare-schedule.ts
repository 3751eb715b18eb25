import { daysFrom as daysBetween, plusDays as addDays } from '../casework/calendar.js';

/**
 * Aftercare (nazorg, IPTA ch. 6 / IJA Fase 4 "monitoren-nazorg"): after closing the coach keeps
 * in touch with a planned frequency until the plan's end. The planned moments are every
 * `frequencyWeeks` from the start, up to the end date. A contact counts for the planned moment
 * it is closest to (the halfway point between two moments divides them), so a contact a week
 * late still counts, and one forgotten moment shows as missed instead of shifting all later ones.
 */
export interface AftercarePlanFacts { startsOn: string; endsOn: string; frequencyWeeks: number }

export type MomentStatus = 'held' | 'missed' | 'overdue' | 'due' | 'planned';

export interface AftercareMoment { dueOn: string; status: MomentStatus; heldOn: string | null }

export interface AftercareSchedule {
  moments: AftercareMoment[];
  /** The next moment to hold (overdue, today or later), or null when all are held or past. */
  next: { dueOn: string; overdue: boolean; daysLate: number } | null;
}

export function plannedMoments(plan: AftercarePlanFacts): string[] {
  const step = plan.frequencyWeeks * 7;
  if (step <= 0) return [];
  const out: string[] = [];
  for (let due = addDays(plan.startsOn, step); due <= plan.endsOn; due = addDays(due, step)) out.push(due);
  return out;
}

export function aftercareSchedule(plan: AftercarePlanFacts, contactsHeldOn: string[], today: string): AftercareSchedule {
  const dues = plannedMoments(plan);
  const held = [...contactsHeldOn].sort();
  const halfway = (a: string, b: string) => addDays(a, Math.floor(daysBetween(a, b) / 2));
  const moments = dues.map((dueOn, i): AftercareMoment => {
    // The moment's window: from halfway after the previous moment (or the start) up to halfway
    // to the next one; the last window stays open (a late final contact still counts).
    const from = halfway(i === 0 ? plan.startsOn : dues[i - 1]!, dueOn);
    const until = i + 1 < dues.length ? halfway(dueOn, dues[i + 1]!) : null;
    const contact = held.find((d) => d > from && (until === null || d <= until)) ?? null;
    if (contact) return { dueOn, status: 'held', heldOn: contact };
    if (until !== null && until < today) return { dueOn, status: 'missed', heldOn: null };
    return { dueOn, status: dueOn < today ? 'overdue' : dueOn === today ? 'due' : 'planned', heldOn: null };
  });
  const upcoming = moments.find((m) => m.status === 'overdue' || m.status === 'due' || m.status === 'planned');
  return {
    moments,
    next: upcoming ? { dueOn: upcoming.dueOn, overdue: upcoming.status === 'overdue', daysLate: Math.max(0, daysBetween(upcoming.dueOn, today)) } : null,
  };
}
