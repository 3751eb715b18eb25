import { amsterdamToday, plusCalendarDays } from '../../format/dates';

/**
 * The weeks of a placement, on 'YYYY-MM-DD' strings in Amsterdam days as the server counts them.
 * Today, days between and days after come from format/dates; this file only knows weeks.
 */

/** The Monday of the week of a date (a week begins on Monday). */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return plusCalendarDays(date, -weekday);
}

/**
 * The weeks the coach may fill in for a placement: from the week it started up to this week
 * (or the week it ended), newest first. Never a week to come.
 */
export function weeksOfPlacement(startsOn: string, endedOn: string | null, today = amsterdamToday()): string[] {
  const last = mondayOf(endedOn && endedOn < today ? endedOn : today);
  const first = mondayOf(startsOn);
  const out: string[] = [];
  for (let w = last; w >= first && out.length < 104; w = plusCalendarDays(w, -7)) out.push(w);
  return out;
}
