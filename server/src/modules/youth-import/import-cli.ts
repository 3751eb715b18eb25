import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config.js';
import { openDatabase, sql, type Db } from '../../platform/db/index.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { AppError } from '../../platform/errors.js';
import type { CurrentUser, Role } from '../../platform/request-context.js';
import { formatError } from './youth-import.rows.js';
import { importYouth, recordedImport, type ImportReport, type Importer, type Progress } from './youth-import.service.js';

/**
 * `npm run import -- jongeren.csv [--team <naam of id>] [--tenant <id>] [--as <e-mail>] [--dry-run]`
 * Import youth from a spreadsheet's CSV into the database of DATABASE_URL (or DATA_DIR),
 * on behalf of a functioneel beheerder of the tenant, with a progress bar and a report of the
 * rejected rows. Exit code 0: everything imported; 1: rows were rejected; 2: nothing could start.
 */
const USAGE = 'Gebruik: npm run import -- <bestand.csv> [--team <naam of id>] [--tenant <id>] [--as <e-mail beheerder>] [--dry-run] [--rapport <pad.csv>]';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    team: { type: 'string' }, tenant: { type: 'string' }, as: { type: 'string' },
    'dry-run': { type: 'boolean', default: false }, rapport: { type: 'string' }, 'batch-size': { type: 'string' },
  },
});

const fail = (message: string): never => { console.error(message); process.exit(2); };
if (positionals.length !== 1) fail(USAGE);
const file = path.resolve(positionals[0]!);
const size = await stat(file).then((s) => s.size, () => fail(`Bestand niet gevonden: ${file}`));

const config = loadConfig();
const { db, kind } = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateToLatest(db);
  const who = await importer(db, args.tenant, args.as);
  console.log(`Importeren in ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}: gemeente ${who.tenantName}, namens ${who.user.displayName} (${who.user.email})${args['dry-run'] ? ' — alleen controleren' : ''}`);
  const bar = progressBar(size);
  const started = performance.now();
  const source = () => createReadStream(file, { highWaterMark: 256 * 1024 });
  const opts = { team: args.team, onProgress: bar.update, ...(args['batch-size'] && { batchSize: Number(args['batch-size']) }) };
  let report: ImportReport;
  if (args['dry-run']) {
    report = await importYouth(who, source(), { ...opts, dryRun: true });
  } else {
    const hash = createHash('sha256');
    for await (const chunk of source()) hash.update(chunk as Buffer);
    ({ report } = await recordedImport(who, { name: path.basename(file), sha256: hash.digest('hex'), bytes: size }, source(), opts));
  }
  bar.done();
  const seconds = (performance.now() - started) / 1000;
  printReport(report, seconds);
  if (args.rapport) {
    const lines = ['regel;veld;reden', ...report.errors.map((e) => [e.line, e.field ?? '', `"${e.reason.replace(/"/g, '""')}"`].join(';'))];
    await writeFile(args.rapport, `\uFEFF${lines.join('\r\n')}\r\n`);
    console.log(`Rapport van de afgekeurde regels: ${path.resolve(args.rapport)}`);
  }
  process.exitCode = report.rejected ? 1 : 0;
} catch (error) {
  if (error instanceof AppError) { process.stderr.write('\n'); console.error(`Import gestopt: ${error.message}`); process.exitCode = 2; }
  else throw error;
} finally {
  await db.destroy();
}

/** The tenant and the functioneel beheerder on whose behalf the import is made and logged. */
async function importer(db: Db, tenantId: string | undefined, email: string | undefined): Promise<Importer & { tenantName: string }> {
  const tenants = await db.selectFrom('tenant').select(['id', 'name']).orderBy('name').execute();
  const tenant = tenantId ? tenants.find((t) => t.id === tenantId) : tenants.length === 1 ? tenants[0] : undefined;
  if (!tenant) {
    fail(tenantId ? `Gemeente ${tenantId} bestaat niet.` : `Kies de gemeente met --tenant <id>:\n${tenants.map((t) => `  ${t.id}  ${t.name}`).join('\n') || '  (er is nog geen gemeente)'}`);
  }
  let q = db.selectFrom('app_user').select(['id', 'organisation_id', 'display_name', 'email', 'roles'])
    .where('tenant_id', '=', tenant!.id).where('active', '=', true).where(sql<boolean>`'functioneel_beheerder' = any(roles)`);
  if (email) q = q.where(sql<string>`lower(email)`, '=', email.toLowerCase());
  const admins = await q.orderBy('display_name').execute();
  if (admins.length !== 1) {
    fail(email ? `${email} is geen actieve functioneel beheerder van ${tenant!.name}.`
      : `Kies met --as <e-mail> namens welke functioneel beheerder u importeert:\n${admins.map((a) => `  ${a.email}`).join('\n') || '  (deze gemeente heeft geen functioneel beheerder)'}`);
  }
  const a = admins[0]!;
  const user: CurrentUser = { id: a.id, tenantId: tenant!.id, organisationId: a.organisation_id, displayName: a.display_name, email: a.email, roles: a.roles as Role[], teamIds: [] };
  return { db, tenantId: tenant!.id, tenantName: tenant!.name, user, address: `cli:${os.hostname()}`, now: () => new Date() };
}

/** One line, rewritten with \r: [██████░░░░] 60% · 60.000 regels · 59.998 geïmporteerd. */
function progressBar(total: number) {
  const tty = process.stderr.isTTY;
  const nf = new Intl.NumberFormat('nl-NL');
  return {
    update(p: Progress) {
      if (!tty) return;
      const fraction = total ? Math.min(1, p.bytes / total) : 1;
      const filled = Math.round(fraction * 30);
      process.stderr.write(`\r[${'█'.repeat(filled)}${'░'.repeat(30 - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% · ${nf.format(p.rows)} regels · ${nf.format(p.imported)} nieuw · ${nf.format(p.alreadyImported)} al geïmporteerd · ${nf.format(p.rejected)} afgekeurd`);
    },
    done() { if (tty) process.stderr.write('\n'); },
  };
}

function printReport(r: ImportReport, seconds: number) {
  const nf = new Intl.NumberFormat('nl-NL');
  console.log(`${nf.format(r.rows)} regels gelezen in ${seconds.toFixed(1).replace('.', ',')} s.`);
  console.log(`  ${r.dryRun ? 'Te importeren' : 'Geïmporteerd'}: ${nf.format(r.imported)}`);
  console.log(`  Al geïmporteerd (overgeslagen): ${nf.format(r.alreadyImported)}`);
  console.log(`  Afgekeurd: ${nf.format(r.rejected)} regels`);
  if (r.skippedInRejectedBatches) console.log(`  Niet ${r.dryRun ? 'te importeren' : 'geïmporteerd'} omdat hun batch afgekeurde regels heeft: ${nf.format(r.skippedInRejectedBatches)}`);
  for (const b of r.batches.filter((b) => b.status === 'rejected')) {
    console.log(`  Batch ${b.batch} (regels ${b.firstLine}–${b.lastLine}) ${r.dryRun ? 'wordt' : 'is'} niet geïmporteerd: ${b.rejected} afgekeurde ${b.rejected === 1 ? 'regel' : 'regels'}.`);
  }
  if (r.ignoredColumns.length) console.log(`  Niet gebruikte kolommen: ${r.ignoredColumns.join(', ')}`);
  const shown = r.errors.slice(0, 100);
  if (shown.length) console.log('Afgekeurde regels:');
  for (const e of shown) console.log(`  ${formatError(e)}`);
  if (r.errorCount > shown.length) console.log(`  … en nog ${nf.format(r.errorCount - shown.length)} fouten (alle fouten met --rapport <pad.csv>).`);
}
