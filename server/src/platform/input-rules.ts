import { isInFuture } from '../core/casework/casework-rules.js';
import { amsterdamDate } from '../core/youth/youth-rules.js';
import { AppError } from './errors.js';

/** A record of something that happened cannot be dated in the future (a few minutes of clock drift aside). */
export function assertNotInFuture(at: string, now: Date, field: string) {
  if (isInFuture(new Date(at), now)) throw new AppError('IN_FUTURE', 400, 'Dit tijdstip ligt in de toekomst.', { field });
}

/** A calendar date of something that happened is today (in Amsterdam) or earlier. */
export function assertDateNotInFuture(date: string, now: Date, field: string) {
  if (date > amsterdamDate(now)) throw new AppError('IN_FUTURE', 400, 'Deze datum ligt in de toekomst.', { field });
}
