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
  return loggingRefusals(ctx, () => ctx.db.transaction().execute(work));
}

/**
 * A use case that only reads: no transaction held open around it (at READ COMMITTED each
 * statement sees what was committed when it began, in a transaction or not), so its queries may
 * run side by side on the pool and its access-log entries join the tenant's group write. A
 * refusal is logged as in `inTransaction`.
 */
export async function withoutTransaction<T>(ctx: RequestContext, work: (db: Db) => Promise<T>): Promise<T> {
  return loggingRefusals(ctx, () => work(ctx.db));
}

async function loggingRefusals<T>(ctx: RequestContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccessDenied) await writeAccessLog(ctx.db, ctx, error.entry);
    throw error;
  }
}
