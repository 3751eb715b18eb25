import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { PREPARED, sql } from './index.js';

/**
 * A statement marked PREPARED gives the same rows as any other, with new parameters each time;
 * on PostgreSQL it is a named prepared statement of the connection (pg_prepared_statements), so
 * it is parsed once. On PGlite the mark is only a comment.
 */
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('a statement marked PREPARED', () => {
  it('returns its own rows for each parameter, and is prepared on the connection on PostgreSQL', async () => {
    await t.db.transaction().execute(async (trx) => {
      for (const n of [1, 2, 3, 4, 5, 6, 7]) {
        const { rows } = await sql<{ n: number; doubled: number[] }>`${PREPARED} select ${n}::int as n, array(select x * 2 from unnest(${[n, n + 1]}::int[]) x) as doubled`.execute(trx);
        expect(rows).toEqual([{ n, doubled: [n * 2, n * 2 + 2] }]);
      }
      // The same connection (a transaction holds one): prepared there on PostgreSQL, not on PGlite.
      const onServer = Boolean(process.env.TEST_DATABASE_URL);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements where statement like '%prepared%unnest%'`.execute(trx);
      expect(rows[0]!.n).toBe(onServer ? 1 : 0);
    });
  });
});
