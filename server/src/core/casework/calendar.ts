import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/** Days as a Dutch coach lives them: midnight to midnight in Amsterdam, summer time included. */
export function amsterdamDayStart(now: Date, plusDays = 0): Date {
  return new Date(addDays(startOfDay(new TZDate(now, 'Europe/Amsterdam')), plusDays).getTime());
}
