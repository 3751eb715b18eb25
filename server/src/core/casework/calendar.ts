import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';

/** Days as a Dutch coach lives them: midnight to midnight in Amsterdam, summer time included. */
export function amsterdamDayStart(now: Date, plusDays = 0): Date {
  return new Date(addDays(startOfDay(new TZDate(now, 'Europe/Amsterdam')), plusDays).getTime());
}

// Calendar days 'YYYY-MM-DD' as whole days since 1970 in UTC, where no day is 23 or 25 hours long:
// exact, and much cheaper than parsing a local date per call (a team's worklist runs these
// thousands of times). Anything else is left to date-fns.
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayNumber = (d: string) => {
  const m = ISO_DAY.exec(d);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : differenceInCalendarDays(parseISO(d), new Date(1970, 0, 1));
};

/** A calendar day `n` days on (negative: back). */
export const plusDays = (d: string, n: number) => ISO_DAY.test(d) ? new Date((dayNumber(d) + n) * DAY_MS).toISOString().slice(0, 10) : format(addDays(parseISO(d), n), 'yyyy-MM-dd');

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** A calendar day some months on: a day past the month's end becomes its last (31 August + 6 months is 28 February, as date-fns counts). */
export function plusMonths(d: string, n: number): string {
  const m = ISO_DAY.exec(d);
  if (!m) return format(addMonths(parseISO(d), n), 'yyyy-MM-dd');
  const months = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(Number(m[3]), lastDay))).toISOString().slice(0, 10);
}
