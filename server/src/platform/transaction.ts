import type { Db } from './db/index.js';
import { writeAccessLog } from './access-log.js';
import { AccessDenied } from './policy.js';
import type { RequestContext } from './request-context.js';

/**
 * Run a use case in one transaction: the change and its access-log entry commit together or
 * not at all. A refusal rolls the transaction back, and is then logged on its own, because a
 * denied attempt must be on record too.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (trx: Db) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction().execute(work);
  } catch (error) {
    if (error instanceof AccessDenied) await writeAccessLog(ctx.db, ctx, error.entry);
    throw error;
  }
}
