import { loadConfig } from '../../platform/config.js';
import { openDatabase } from '../../platform/db/index.js';
import { verifyAccessLog } from '../../platform/access-log.js';

// `npm run audit:verify`: walk every tenant's access-log chain; exit 1 when a row was changed or removed.
const config = loadConfig();
const { db } = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
const reports = await verifyAccessLog(db);
let broken = false;
for (const r of reports) {
  if (r.brokenAt === null) console.log(`tenant ${r.tenantId}: ${r.rows} regels, keten klopt`);
  else { broken = true; console.log(`tenant ${r.tenantId}: KETEN GEBROKEN bij regel ${r.brokenAt} (${r.problem}) na ${r.rows} goede regels`); }
}
await db.destroy();
process.exit(broken ? 1 : 0);
