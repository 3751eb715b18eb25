import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { pgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export { sql };

// DATE columns stay 'YYYY-MM-DD' strings on both drivers: a birth date has no time zone.
const DATE_OID = 1082;
const INT8_OID = 20;
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => Number(v));

export interface DbOptions {
  /** postgres://… for a server; undefined for embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; 'memory://' for a throw-away database (tests). */
  dataDir?: string;
  /** Each statement as sent, with its parameters: the bench checks their query plans (bench/plans.ts). Never used to log. */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

/**
 * Marks a statement to be prepared on PostgreSQL from its first run (`sql\`${PREPARED} …\``, or
 * `.modifyFront(PREPARED)` on a select) rather than once it repeats (`statementNamer`): for
 * the hottest fixed-shape statements (the worklist's facts, the access log's append). Only
 * for statements whose text does not vary with the input (arrays as one parameter). PGlite
 * ignores the mark.
 */
const PREPARED_MARK = '/* prepared */';
export const PREPARED = sql.raw(PREPARED_MARK);
/** The mark where it goes: first in the statement, or right after `select` (modifyFront) — never a mention further on. */
const MARKED = /^\s*(?:select\s+)?\/\* prepared \*\//i;
/** Reads and writes; never transaction control, SET or DDL. */
const PREPARABLE = /^\s*(?:\/\* prepared \*\/\s*)?(?:select|insert|update|delete|with)\b/i;

/**
 * Which statements go to PostgreSQL as named prepared statements, parsed and planned once per
 * connection and from then on only bound and run: a marked one from its first run, any other
 * read or write once its text has come by `after` times (as PgJDBC's prepareThreshold, 5).
 * Planning is a large part of a short statement's cost: preparing every repeated statement took
 * the machine's CPU per Mijn jongeren request from 9.0–9.2 to 7.0–7.2 ms, and the plan PostgreSQL
 * keeps is what saves it (bench/HISTORY.md). PostgreSQL keeps a generic plan only where it costs
 * no more than the plans for each run's parameters did; the bench explains the plans as the server
 * runs them, at national size too. At most `max` texts get a name (PgJDBC keeps 256 per connection):
 * a statement whose text varies with its input (a list of n parameters) cannot fill every
 * connection's memory, and the texts counted are bounded too. Returns the name to send the
 * statement by, or undefined to send it unnamed.
 */
export function statementNamer({ after = 5, max = 256, counted = 4096 } = {}) {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  return (text: string): string | undefined => {
    const named = names.get(text);
    if (named !== undefined) return named;
    if (names.size >= max || !PREPARABLE.test(text)) return undefined;
    const runs = MARKED.test(text) ? after : (seen.get(text) ?? 0) + 1;
    if (runs < after) {
      // Forget the longest-unseen text first (a Map keeps insertion order; a text seen again moves to the end).
      seen.delete(text);
      if (seen.size >= counted) seen.delete(seen.keys().next().value!);
      seen.set(text, runs);
      return undefined;
    }
    seen.delete(text);
    const name = `spil_${names.size + 1}`;
    names.set(text, name);
    return name;
  };
}

/** The pool as Kysely sees it, with repeated and marked statements sent by name (node-postgres prepares a named query once per connection). */
function preparingPool(pool: pg.Pool) {
  const nameOf = statementNamer();
  return {
    async connect() {
      const client = await pool.connect();
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      return new Proxy(client, {
        get(target, prop) {
          if (prop === 'query') {
            return (text: unknown, values?: unknown[]) => {
              const name = typeof text === 'string' ? nameOf(text) : undefined;
              return name ? query({ name, text, values }) : query(text, values);
            };
          }
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
    end: () => pool.end(),
    options: pool.options,
  };
}

export async function openDatabase(opts: DbOptions): Promise<{ db: Db; kind: 'postgres' | 'pglite' }> {
  const log = opts.onQuery ? (e: LogEvent) => { if (e.level === 'query') opts.onQuery!(e.query.sql, e.query.parameters); } : undefined;
  if (opts.databaseUrl) {
    // A connection is kept while idle for five minutes, not pg's default ten seconds: each holds
    // its prepared statements and their plans, and a coach's next tap after a pause should not pay
    // for a new connection and planning every statement again (bench/README.md). keepAlive finds
    // a connection a firewall dropped while idle.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, idleTimeoutMillis: 5 * 60_000, keepAlive: true });
    // An idle connection the server ends (a restart, a dropped test database) must not crash
    // Spil: the pool drops it and opens a new one at the next query; queries in flight get their own error.
    pool.on('error', () => {});
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }), log }), kind: 'postgres' };
  }
  const dataDir = opts.dataDir ?? './data';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir,
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
  });
  return { db: new Kysely<Database>({ dialect: pgliteDialect(client), log }), kind: 'pglite' };
}

export async function databaseStatus(db: Db): Promise<'ok' | 'unavailable'> {
  try {
    await sql`select 1`.execute(db);
    return 'ok';
  } catch {
    return 'unavailable';
  }
}
