import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openDatabase, sql } from './platform/db/index.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seed/demo-logins.js';
import { seedDemoIfEmpty } from './seed/demo.js';

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) { console.error(e.message); process.exit(1); }
  throw e;
}

const { db, kind } = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateToLatest(db);
} catch (e) {
  console.error(`Spil kan de database niet bijwerken (${kind}): ${(e as Error).message}`);
  process.exit(1);
}
const seeded = config.DEMO_SEED ? await seedDemoIfEmpty(db, new Date()) : false;
// PGlite has no autovacuum: fresh statistics at every start, so the planner's estimates follow the data.
if (kind === 'pglite' && !seeded) await sql`analyze`.execute(db);

const app = await buildApp({ config, db, dbKind: kind });
const address = await app.listen({ port: config.PORT, host: config.HOST });

const where = kind === 'pglite' ? `ingebouwde PGlite in ${config.DATA_DIR}` : 'PostgreSQL-server';
console.log(`\nSpil draait op ${address.replace('127.0.0.1', 'localhost')}  (database: ${where})`);
console.log(`API-documentatie: ${address}/api/docs`);
if (config.DEMO_SEED) {
  console.log(seeded ? '\nDemo-gemeente aangemaakt.' : '');
  console.log(`Demo-logins (wachtwoord voor allen: ${DEMO_PASSWORD}):`);
  for (const l of DEMO_LOGINS) console.log(`  ${l.role.padEnd(22)} ${l.email.padEnd(30)} ${l.note}`);
  console.log('  Code voor de teamleider: npm run demo:code\n');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  });
}
