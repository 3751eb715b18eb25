import { plusCalendarDays } from '../../format/dates';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, in Amsterdam days, as the server counts them.
 * Showing a date goes through format/dates; this file only works out which day it is.
 */

/** Today as an Amsterdam calendar date. */
export function todayAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const toUtc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const DAY = 86_400_000;

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string) => Math.round((toUtc(b) - toUtc(a)) / DAY);

/** The Monday of the week of a date (a week begins on Monday). */
export function mondayOf(date: string): string {
  const weekday = (new Date(toUtc(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return plusCalendarDays(date, -weekday);
}

/**
 * The weeks the coach may fill in for a placement: from the week it started up to this week
 * (or the week it ended), newest first. Never a week to come.
 */
export function weeksOfPlacement(startsOn: string, endedOn: string | null, today = todayAmsterdam()): string[] {
  const last = mondayOf(endedOn && endedOn < today ? endedOn : today);
  const first = mondayOf(startsOn);
  const out: string[] = [];
  for (let w = last; w >= first && out.length < 104; w = plusCalendarDays(w, -7)) out.push(w);
  return out;
}
