import { addDays, format, parseISO } from 'date-fns';
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
  for (let i = 0; i < 4; i++) from = quarterOf(format(addDays(parseISO(from), -1), 'yyyy-MM-dd')).from;
  return { from, to: today };
}

/** The quarters the period touches, in order: each with its first day (as the SQL groups) and a label "Q1 2026". */
export function quartersOf(period: Period): { start: string; label: string }[] {
  const out: { start: string; label: string }[] = [];
  for (let q = quarterOf(period.from); q.from <= period.to; q = quarterOf(format(addDays(parseISO(q.to), 1), 'yyyy-MM-dd'))) {
    out.push({ start: q.from, label: q.label });
  }
  return out;
}

export type PeriodProblem = { code: 'PERIOD_REVERSED' | 'PERIOD_TOO_LONG'; field: 'from' | 'to' };

export function periodProblem(p: Period): PeriodProblem | null {
  if (p.from > p.to) return { code: 'PERIOD_REVERSED', field: 'from' };
  const days = (parseISO(p.to).getTime() - parseISO(p.from).getTime()) / 86_400_000;
  if (days > MAX_PERIOD_DAYS) return { code: 'PERIOD_TOO_LONG', field: 'from' };
  return null;
}
