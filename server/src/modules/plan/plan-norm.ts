import { sixWeekNorm } from '../../core/plan/six-week-norm.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';

/** The six-week norm of one youth: registration day against the day the first plan was signed by both. */
export function normWithFirstSigned(youth: { created_at: Date | string }, firstSigned: Date | string | null, now: Date) {
  return sixWeekNorm({
    registeredOn: amsterdamDate(new Date(youth.created_at)), firstSignedOn: firstSigned ? amsterdamDate(new Date(firstSigned)) : null,
    today: amsterdamDate(now),
  });
}
