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

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

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
