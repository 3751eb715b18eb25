import { daysFrom, plusDays } from '../casework/calendar.js';
import { quarterOf } from '../norms/norm-performance.js';

/**
 * The dashboard's period: calendar days in Europe/Amsterdam, both ends included. Without a
 * choice: the four full quarters before this one and this quarter up to today — a year of
 * comparable quarters and the one running.
 */
export interface Period { from: string; to: string }

export const MAX_PERIOD_DAYS = 5 * 366;

export function defaultPeriod(today: string): Period {
  let from = quarterOf(today).from;
  for (let i = 0; i < 4; i++) from = quarterOf(plusDays(from, -1)).from;
  return { from, to: today };
}

/** The quarters the period touches, in order: each with its first day (as the SQL groups) and a label "Q1 2026". */
export function quartersOf(period: Period): { start: string; label: string }[] {
  const out: { start: string; label: string }[] = [];
  for (let q = quarterOf(period.from); q.from <= period.to; q = quarterOf(plusDays(q.to, 1))) {
    out.push({ start: q.from, label: q.label });
  }
  return out;
}

export type PeriodProblem = { code: 'PERIOD_REVERSED' | 'PERIOD_TOO_LONG'; field: 'from' | 'to' };

export function periodProblem(p: Period): PeriodProblem | null {
  if (p.from > p.to) return { code: 'PERIOD_REVERSED', field: 'from' };
  if (daysFrom(p.from, p.to) > MAX_PERIOD_DAYS) return { code: 'PERIOD_TOO_LONG', field: 'from' };
  return null;
}

/**
 * Where counts are suppressed (organisatiemanager, beleidsmedewerker) the period is one whole
 * calendar quarter that has ended. Free periods would let a small count be worked out by
 * subtracting two views (1–14 March minus 1–13 March is one day's inflow; four quarters minus
 * three is the fourth); the quarters never overlap, so no view is the sum of others. A running
 * quarter would do the same day by day, so it is not offered.
 */
export interface Quarter extends Period { key: string; label: string }

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

/** "2026-Q3" → 1 July – 30 September 2026; null for anything else. */
export function quarterByKey(key: string): Quarter | null {
  const m = QUARTER_KEY.exec(key);
  if (!m) return null;
  const q = quarterOf(`${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
  return { key, label: q.label, from: q.from, to: q.to };
}

/** The `count` quarters that ended before `today`'s quarter began, newest first. */
export function endedQuarters(today: string, count: number): Quarter[] {
  const out: Quarter[] = [];
  let day = today;
  for (let i = 0; i < count; i++) {
    const q = quarterOf(plusDays(quarterOf(day).from, -1));
    out.push({ key: `${q.from.slice(0, 4)}-Q${Math.floor((Number(q.from.slice(5, 7)) - 1) / 3) + 1}`, label: q.label, from: q.from, to: q.to });
    day = q.from;
  }
  return out;
}
