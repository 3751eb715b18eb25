import { hash } from 'node:crypto';
import { PREPARED, sql, type Db } from './db/index.js';
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

/** sha256 over the previous hash and the row's canonical text; one-shot, as `audit:verify` and the bench's load hash millions. */
export function entryHash(prevHash: string, row: ChainFields): string {
  return hash('sha256', prevHash + chainHead(row.tenant_id, row.seq) + chainTail(row), 'hex');
}

/**
 * The canonical text a row's hash covers is JSON of its fields in this order. It is cut after
 * the seq because the seq is known only once the tenant's lock is held: the server sends the
 * tail, and the database (access_log_append_tails, migration 20261206T1200) puts the head before
 * it and takes the row's fields from it. One text, so the two can never disagree on it.
 */
const chainHead = (tenantId: string, seq: number) => `[${JSON.stringify(tenantId)},${seq}`;
function chainTail(row: Omit<ChainFields, 'tenant_id' | 'seq'>): string {
  const rest = JSON.stringify([row.at.toISOString(), row.user_id, row.role, row.organisation_id, row.action,
    row.youth_id, row.record_type, row.record_id, row.address, row.result]);
  return `,${rest.slice(1)}`;
}

export async function writeAccessLog(db: Db, actor: Actor, entry: AccessEntry): Promise<void> {
  await writeAccessLogEntries(db, actor, [entry]);
}

/**
 * Several entries of one use case (a list that names many youth) in one step. Inside a
 * transaction (a change and its entry commit together) they are chained there and then. Outside
 * one (a read, a refusal) they join the tenant's next group write, and this returns once that
 * has committed: the caller answers only after its entries are on record, and concurrent
 * readers of one tenant share one lock, one look at the chain's end and one insert instead of
 * queueing for the lock one by one.
 */
export async function writeAccessLogEntries(db: Db, actor: Actor, entries: AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = actor.now();
  const rows = entries.map((entry) => entryFields(actor, entry, at));
  if (db.isTransaction) await appendToChain(db, actor.tenantId, rows);
  else await groupWrites(db).add(actor.tenantId, rows);
}

type Unchained = Omit<ChainFields, 'seq'>;

function entryFields(actor: Actor, entry: AccessEntry, at: Date): Unchained {
  return {
    tenant_id: actor.tenantId,
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
}

/**
 * Chain `rows` onto the tenant's log in one statement: the database function takes the tenant's
 * lock (serialising writers, also across server processes, so the chain has no forks; it holds
 * until the transaction ends), reads the chain's end, and hashes and inserts each row in order.
 * It gets only each row's canonical text, one per line (JSON holds no raw newline), and reads the
 * fields back out of it (migration 20261206T1200): half the bytes, and one text for row and hash.
 */
async function appendToChain(db: Db, tenantId: string, rows: Unchained[]): Promise<void> {
  await sql`${PREPARED} select access_log_append_tails(${tenantId}, ${rows.map(chainTail).join('\n')})`.execute(db);
}

/**
 * Group writes per database and tenant: the first entries are written at once; entries that
 * arrive while a write runs wait for the next one, which takes all of them. A failed write fails
 * every caller in it (none answers without its entry on record).
 */
interface Group { rows: Unchained[]; done: Promise<void>; settle: (error?: unknown) => void }
const groupsOf = new WeakMap<Db, ReturnType<typeof makeGroupWriter>>();
const groupWrites = (db: Db) => {
  let writer = groupsOf.get(db);
  if (!writer) groupsOf.set(db, writer = makeGroupWriter(db));
  return writer;
};

function makeGroupWriter(db: Db) {
  const waiting = new Map<string, Group>();
  const running = new Set<string>();
  const open = (): Group => {
    let settle!: Group['settle'];
    const done = new Promise<void>((resolve, reject) => { settle = (error) => (error === undefined ? resolve() : reject(error)); });
    return { rows: [], done, settle };
  };
  async function run(tenantId: string) {
    running.add(tenantId);
    for (let group = waiting.get(tenantId); group; group = waiting.get(tenantId)) {
      waiting.delete(tenantId);
      try {
        await appendToChain(db, tenantId, group!.rows);
        group.settle();
      } catch (error) {
        group.settle(error ?? new Error('access log write failed'));
      }
    }
    running.delete(tenantId);
  }
  return {
    add(tenantId: string, rows: Unchained[]): Promise<void> {
      let group = waiting.get(tenantId);
      if (!group) waiting.set(tenantId, group = open());
      group.rows.push(...rows);
      if (!running.has(tenantId)) void run(tenantId);
      return group.done;
    },
  };
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
