import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { PREPARED, sql, statementNamer } from './index.js';

/**
 * Statements are sent as named prepared statements on PostgreSQL (parsed and planned once per
 * connection) once they repeat, or from the first run when marked PREPARED; they give the same
 * rows as any other, with new parameters each time. On PGlite nothing is prepared.
 */
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });
const onServer = Boolean(process.env.TEST_DATABASE_URL);

describe('prepared statements on the connection', () => {
  it('prepares a marked statement from its first run, and it returns its own rows for each parameter', async () => {
    await t.db.transaction().execute(async (trx) => {
      for (const n of [1, 2, 3, 4, 5, 6, 7]) {
        const { rows } = await sql<{ n: number; doubled: number[] }>`${PREPARED} select ${n}::int as n, array(select x * 2 from unnest(${[n, n + 1]}::int[]) x) as doubled`.execute(trx);
        expect(rows).toEqual([{ n, doubled: [n * 2, n * 2 + 2] }]);
      }
      // The same connection (a transaction holds one): prepared there on PostgreSQL, not on PGlite.
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement like '%prepared%unnest%'`.execute(trx);
      expect(rows[0]!.n).toBe(onServer ? 1 : 0);
    });
  });

  it('prepares any other read once it has run five times, with the right rows before and after', async () => {
    const preparedNow = async (trx: typeof t.db) => (await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement like '%repeated_read_marker%'`.execute(trx)).rows[0]!.n;
    await t.db.transaction().execute(async (trx) => {
      for (const n of [1, 2, 3, 4]) {
        const { rows } = await sql<{ n: number }>`select ${n}::int + 1 as n /* repeated_read_marker */`.execute(trx);
        expect(rows).toEqual([{ n: n + 1 }]);
      }
      expect(await preparedNow(trx)).toBe(0);
      for (const n of [5, 6, 7]) {
        const { rows } = await sql<{ n: number }>`select ${n}::int + 1 as n /* repeated_read_marker */`.execute(trx);
        expect(rows).toEqual([{ n: n + 1 }]);
      }
      expect(await preparedNow(trx)).toBe(onServer ? 1 : 0);
    });
  });
});

describe('prepared statements across the pool', () => {
  it('answer on every connection at once, and go on after one fails', async () => {
    const divide = (by: number) => sql<{ n: number }>`select (60 / ${by}::int)::int as n /* pool_marker */`.execute(t.db);
    for (const by of [1, 2, 3, 4, 5, 6]) expect((await divide(by)).rows).toEqual([{ n: 60 / by }]);
    // Thirty at once spread over the pool's connections: each prepares it where it runs.
    const bys = Array.from({ length: 30 }, (_, i) => [1, 2, 3, 4, 5, 6][i % 6]!);
    expect((await Promise.all(bys.map(divide))).map((r) => r.rows[0]!.n)).toEqual(bys.map((by) => 60 / by));
    await expect(divide(0)).rejects.toThrow(/division by zero/);
    expect((await divide(4)).rows).toEqual([{ n: 15 }]);
  });
});

describe('statementNamer', () => {
  it('names a statement from its fifth run on, the same name each time', () => {
    const nameOf = statementNamer();
    const text = 'select * from youth where id = $1';
    expect([1, 2, 3, 4].map(() => nameOf(text))).toEqual([undefined, undefined, undefined, undefined]);
    const name = nameOf(text);
    expect(name).toMatch(/^spil_\d+$/);
    expect(nameOf(text)).toBe(name);
    expect(nameOf('select * from youth where id = $2')).toBeUndefined();
  });

  it('names a marked statement at once, in either place the mark goes', () => {
    const nameOf = statementNamer();
    expect(nameOf('/* prepared */ select access_log_append($1, $2)')).toBeDefined();
    expect(nameOf('select /* prepared */ "y"."id" from "youth" as "y"')).toBeDefined();
    expect(nameOf('select "y"."id" from "youth" as "y" where note = \'/* prepared */\'')).toBeUndefined();
  });

  it('never names transaction control, SET or DDL, however often it runs', () => {
    const nameOf = statementNamer({ after: 1 });
    for (const text of ['begin', 'commit', 'rollback', 'set local statement_timeout = 1000', 'create table x (id int)', 'savepoint s1']) {
      expect(nameOf(text)).toBeUndefined();
      expect(nameOf(text)).toBeUndefined();
    }
    expect(nameOf('with x as (select 1) select * from x')).toBeDefined();
    expect(nameOf('insert into x values ($1)')).toBeDefined();
    expect(nameOf('update x set id = $1')).toBeDefined();
    expect(nameOf('delete from x where id = $1')).toBeDefined();
  });

  it('names at most `max` texts, and keeps counting at most `counted` of the rest', () => {
    const nameOf = statementNamer({ after: 2, max: 3, counted: 2 });
    const texts = ['select 1', 'select 2', 'select 3', 'select 4'];
    for (const text of texts) { nameOf(text); nameOf(text); }
    expect(texts.map(nameOf)).toEqual(['spil_1', 'spil_2', 'spil_3', undefined]);
    // Counting is bounded: a text seen once, pushed out by two newer ones, starts over.
    const counting = statementNamer({ after: 2, counted: 2 });
    counting('select a');
    counting('select b');
    counting('select c');
    expect(counting('select a')).toBeUndefined();
    expect(counting('select c')).toBe('spil_1');
  });
});
