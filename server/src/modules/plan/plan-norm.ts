import { sixWeekNorm } from '../../core/plan/six-week-norm.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import * as repo from './plan.repository.js';

/** The six-week norm of one youth: registration day against the day the first plan was signed by both. */
export async function planNormOf(db: Db, tenantId: string, youth: { id: string; created_at: Date | string }, now: Date) {
  const firstSigned = await repo.firstSignedAt(db, tenantId, youth.id);
  return sixWeekNorm({
    registeredOn: amsterdamDate(new Date(youth.created_at)), firstSignedOn: firstSigned ? amsterdamDate(new Date(firstSigned)) : null,
    today: amsterdamDate(now),
  });
}
