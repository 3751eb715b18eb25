import { loadConfig } from '../config.js';
import { openDatabase } from './index.js';
import { migrateToLatest } from './migrate.js';

// `npm run migrate`: bring the configured database to the latest schema.
const config = loadConfig();
const { db, kind } = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
const applied = await migrateToLatest(db);
console.log(applied.length ? `Migraties uitgevoerd (${kind}): ${applied.join(', ')}` : `Database (${kind}) is al bijgewerkt.`);
await db.destroy();
