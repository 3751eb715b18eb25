import { sixWeekNorm } from '../../core/plan/six-week-norm.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import * as repo from './plan.repository.js';

/** The six-week norm of one youth: registration day against the day the first plan was signed by both. */
export async function planNormOf(db: Db, tenantId: string, youth: { id: string; created_at: Date | string }, now: Date) {
  return normWithFirstSigned(youth, await repo.firstSignedAt(db, tenantId, youth.id), now);
}

/** The same, where the day of the first signature is known already. */
export function normWithFirstSigned(youth: { created_at: Date | string }, firstSigned: Date | string | null, now: Date) {
  return sixWeekNorm({
    registeredOn: amsterdamDate(new Date(youth.created_at)), firstSignedOn: firstSigned ? amsterdamDate(new Date(firstSigned)) : null,
    today: amsterdamDate(now),
  });
}
