import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Rows into PostgreSQL with COPY (pg-copy-streams: the driver's own streaming COPY, maintained
 * with node-postgres), for the national dataset: tens of millions of rows load in minutes where
 * INSERT batches take an hour. Values are written in COPY's text format.
 */
export type Row = Record<string, unknown>;

/** One value in COPY text format: \N for null, arrays as {…}, dates as ISO, objects as JSON; tabs, newlines and backslashes escaped. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return escape(`{${v.map((x) => (x === null ? 'NULL' : `"${String(x).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`);
  if (typeof v === 'object') return escape(JSON.stringify(v));
  return escape(String(v));
}

// Most values have nothing to escape: one test instead of four replaces (the access log's 46 million rows at national size).
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const escape = (s: string) => (NEEDS_ESCAPE.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s);

/** COPY `rows` (objects with the same keys) into `table`, streamed in chunks. */
export async function copyRows(pool: pg.Pool, table: string, rows: Iterable<Row> | AsyncIterable<Row>, columns?: string[]): Promise<number> {
  let cols = columns;
  let count = 0;
  const lines = async function* () {
    let chunk = '';
    for await (const row of rows) {
      cols ??= Object.keys(row);
      chunk += `${cols.map((c) => copyValue(row[c])).join('\t')}\n`;
      count++;
      if (chunk.length > 1 << 20) { yield chunk; chunk = ''; }
    }
    if (chunk) yield chunk;
  };
  // The column list comes from the first row, so the COPY starts once that row is known.
  const iterator = lines()[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return 0;
  const client = await pool.connect();
  try {
    const stream = client.query(copyFrom(`copy ${table} (${cols!.map((c) => `"${c}"`).join(', ')}) from stdin`));
    await pipeline(Readable.from((async function* () { yield first.value; for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value; })()), stream);
  } finally {
    client.release();
  }
  return count;
}

/**
 * A bulk load's indexes: the secondary indexes (not unique, behind no constraint) are dropped before
 * the load and built again after it, two at a time — building an index over 48 million sorted
 * rows takes a fraction of keeping it up to date row by row, whose random writes made the
 * national load wait on the disk. Returns the step that builds them again.
 */
export async function withoutSecondaryIndexes(pool: pg.Pool): Promise<() => Promise<void>> {
  const { rows } = await pool.query<{ name: string; def: string }>(`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = 'public' and i.indexdef not like 'CREATE UNIQUE%' and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`);
  for (const index of rows) await pool.query(`drop index "${index.name}"`);
  return async () => {
    const queue = [...rows];
    await Promise.all([0, 1].map(async () => {
      const client = await pool.connect();
      try {
        await client.query(`set maintenance_work_mem = '512MB'`);
        for (let index = queue.shift(); index; index = queue.shift()) await client.query(index.def);
      } finally {
        client.release();
      }
    }));
  };
}

/**
 * A bulk load's kept facts: the triggers that keep each youth's worklist facts up to date
 * (youth_fact, migration 20261206T0400) are off during the load — they would work out every
 * youth's facts again after each COPY — and the facts are worked out once after it, a tenant at a
 * time on each of two connections (after the caller has analyzed the loaded tables). Returns that step.
 */
export async function withoutKeptFacts(pool: pg.Pool): Promise<() => Promise<void>> {
  const { rows } = await pool.query<{ table: string; name: string }>(`
    select c.relname as table, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like 'youth\\_fact\\_%'`);
  for (const t of rows) await pool.query(`alter table "${t.table}" disable trigger "${t.name}"`);
  return async () => {
    for (const t of rows) await pool.query(`alter table "${t.table}" enable trigger "${t.name}"`);
    // Two tenants at a time, as the indexes are built: one statement keeps one core busy.
    const queue = (await pool.query<{ id: string }>('select id from tenant')).rows;
    await Promise.all([0, 1].map(async () => {
      for (let t = queue.shift(); t; t = queue.shift()) await pool.query('select youth_fact_refresh(array(select id from youth where tenant_id = $1))', [t.id]);
    }));
    await pool.query('analyze youth_fact');
  };
}
