import { createHash } from 'node:crypto';
import { sql, type Db } from './db/index.js';
import type { AccessLogTable } from './db/schema.js';
import type { CurrentUser } from './request-context.js';

/**
 * The access log (NEN 7513 style): who did what with which youth's record, when, from where,
 * and whether it was allowed. Append-only (a trigger refuses update and delete) and
 * hash-chained per tenant: each row's hash covers the previous row's hash, so a changed or
 * removed row breaks the chain (`npm run audit:verify`).
 */
export type AccessAction = 'create' | 'read' | 'update' | 'search' | 'print' | 'export' | 'break_glass';

export interface AccessEntry {
  action: AccessAction;
  youthId?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  result?: 'allowed' | 'denied';
}

/**
 * Who acts: a logged-in user, or someone without an account through a personal link (a
 * supervisor filling in the weekly form), named by the role the link gives.
 */
export type Actor = { tenantId: string; address: string; now: () => Date } & ({ user: CurrentUser } | { user: null; linkRole: string });

const GENESIS = '0'.repeat(64);

type ChainFields = Omit<AccessLogTable, 'prev_hash' | 'hash' | 'at'> & { at: Date };

export function entryHash(prevHash: string, row: ChainFields): string {
  const canonical = JSON.stringify([
    row.tenant_id, row.seq, row.at.toISOString(), row.user_id, row.role, row.organisation_id, row.action,
    row.youth_id, row.record_type, row.record_id, row.address, row.result,
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

export async function writeAccessLog(db: Db, actor: Actor, entry: AccessEntry): Promise<void> {
  await writeAccessLogEntries(db, actor, [entry]);
}

/**
 * Several entries of one use case (a list that names many youth) in one step: one lock, one
 * look at the chain's end, one insert — the chain is the same as written one by one.
 */
export async function writeAccessLogEntries(db: Db, actor: Actor, entries: AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => writeAccessLogEntries(trx, actor, entries));
    return;
  }
  // Serialise writers per tenant so the chain has no forks; the lock ends with the transaction.
  await sql`select pg_advisory_xact_lock(hashtext(${actor.tenantId}))`.execute(db);
  const last = await db.selectFrom('access_log').select(['seq', 'hash'])
    .where('tenant_id', '=', actor.tenantId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS;
  const at = actor.now();
  const rows = entries.map((entry) => {
    const row: ChainFields = {
      tenant_id: actor.tenantId,
      seq: ++seq,
      at,
      user_id: actor.user?.id ?? null,
      role: actor.user ? actor.user.roles.join(',') : actor.linkRole,
      organisation_id: actor.user?.organisationId ?? null,
      action: entry.action,
      youth_id: entry.youthId ?? null,
      record_type: entry.recordType ?? null,
      record_id: entry.recordId ?? null,
      address: actor.address,
      result: entry.result ?? 'allowed',
    };
    const hash = entryHash(prevHash, row);
    const full = { ...row, prev_hash: prevHash, hash };
    prevHash = hash;
    return full;
  });
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('access_log').values(rows.slice(i, i + 500)).execute();
}

export interface ChainReport { tenantId: string; rows: number; brokenAt: number | null; problem?: string }

/** Walk each tenant's chain in order, in batches, and report the first row that does not fit. */
export async function verifyAccessLog(db: Db, batchSize = 5000): Promise<ChainReport[]> {
  const tenants = await db.selectFrom('tenant').select('id').execute();
  const reports: ChainReport[] = [];
  for (const { id: tenantId } of tenants) {
    let prevHash = GENESIS;
    let expectedSeq = 1;
    let rows = 0;
    let report: ChainReport | undefined;
    for (;;) {
      const batch = await db.selectFrom('access_log').selectAll()
        .where('tenant_id', '=', tenantId).where('seq', '>=', expectedSeq)
        .orderBy('seq').limit(batchSize).execute();
      for (const r of batch) {
        const at = new Date(r.at);
        if (Number(r.seq) !== expectedSeq) { report = { tenantId, rows, brokenAt: expectedSeq, problem: 'row missing' }; break; }
        if (r.prev_hash !== prevHash || entryHash(prevHash, { ...r, seq: Number(r.seq), at }) !== r.hash) {
          report = { tenantId, rows, brokenAt: expectedSeq, problem: 'row changed' };
          break;
        }
        prevHash = r.hash;
        expectedSeq++;
        rows++;
      }
      if (report || batch.length < batchSize) break;
    }
    reports.push(report ?? { tenantId, rows, brokenAt: null });
  }
  return reports;
}
