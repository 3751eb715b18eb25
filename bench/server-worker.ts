import { parentPort, workerData } from 'node:worker_threads';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/platform/config.js';
import { openDatabase } from '../server/src/platform/db/index.js';

/**
 * Spil's server for the bench on its own thread (its own event loop and core), so the load
 * generator in the main thread does not queue behind the server's own work — what two
 * processes on one machine would see. PostgreSQL only: PGlite lives in one thread.
 */
const { databaseUrl } = workerData as { databaseUrl: string };
// While the bench captures (its query-plan check), each statement is kept as sent.
let captured: { sql: string; parameters: readonly unknown[] }[] | null = null;
const { db, kind } = await openDatabase({ databaseUrl, dataDir: 'memory://', onQuery: (sql, parameters) => captured?.push({ sql, parameters }) });
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, dbKind: kind, logger: false });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
parentPort!.postMessage({ url });
parentPort!.on('message', async (m: { stop?: boolean; capture?: boolean }) => {
  if (m.capture === true) { captured = []; parentPort!.postMessage({ capturing: true }); return; }
  if (m.capture === false) { parentPort!.postMessage({ captured: captured ?? [] }); captured = null; return; }
  if (!m.stop) return;
  await app.close();
  await db.destroy();
  parentPort!.postMessage({ stopped: true });
});
