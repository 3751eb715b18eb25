import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * The Rotterdam service norm: a signed plan (ondersteuningsplan) within six weeks of
 * registration. Counted in calendar days in Amsterdam: registered on the 1st, signed on the
 * 1st a month later is "day 31". (Issue 9 makes the number of weeks a tenant setting.)
 */
export const PLAN_NORM_WEEKS = 6;

export interface SixWeekNorm {
  registeredOn: string;
  deadline: string;
  weeks: number;
  daysSinceRegistration: number;
  firstSignedOn: string | null;
  signedOnDay: number | null;
  state: 'signed_in_time' | 'signed_late' | 'open' | 'overdue';
  /** Open: days until the deadline (0 on the last day); null once signed. */
  daysLeft: number | null;
}

/** All dates are Amsterdam calendar dates ('YYYY-MM-DD'). */
export function sixWeekNorm(input: { registeredOn: string; firstSignedOn: string | null; today: string; weeks?: number }): SixWeekNorm {
  const weeks = input.weeks ?? PLAN_NORM_WEEKS;
  const registered = parseISO(input.registeredOn);
  const deadline = addDays(registered, weeks * 7);
  const day = (date: string) => differenceInCalendarDays(parseISO(date), registered);
  const deadlineDay = weeks * 7;
  const base = {
    registeredOn: input.registeredOn, deadline: format(deadline, 'yyyy-MM-dd'), weeks,
    daysSinceRegistration: day(input.today), firstSignedOn: input.firstSignedOn,
  };
  if (input.firstSignedOn) {
    const signedOnDay = day(input.firstSignedOn);
    return { ...base, signedOnDay, state: signedOnDay <= deadlineDay ? 'signed_in_time' : 'signed_late', daysLeft: null };
  }
  const daysLeft = deadlineDay - day(input.today);
  return { ...base, signedOnDay: null, state: daysLeft >= 0 ? 'open' : 'overdue', daysLeft };
}
