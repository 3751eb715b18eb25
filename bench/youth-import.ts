import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../server/src/platform/db/index.js';
import { migrateToLatest } from '../server/src/platform/db/migrate.js';
import { makeOrganisation, makeTeam, makeTenant, makeUser } from '../server/src/seed/factories.js';

/**
 * The import's time budget (issue 10: 100,000 rows under 30 seconds on PostgreSQL):
 * `npx tsx bench/youth-import.ts [--rows 100000] [--server postgres://postgres@127.0.0.1:5432/postgres]`
 * makes a throwaway database with a tenant of 10 teams and 40 coaches, writes a spreadsheet of
 * that many rows (two with a wrong date, so two batches are rejected) to a temp
 * file, runs `npm run import` on it twice (the second run finds everything imported), and drops
 * the database. Nothing is committed: the file is generated each time.
 */
const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, server: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' } } });
const rows = Number(values.rows);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const name = `spil_import_bench_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
const admin = new pg.Client({ connectionString: values.server });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(values.server!);
url.pathname = `/${name}`;
const file = path.join(os.tmpdir(), `${name}.csv`);
try {
  const { db } = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://' });
  await migrateToLatest(db);
  const tenant = await makeTenant(db, { name: 'Gemeente Bench' });
  const org = await makeOrganisation(db, tenant.id, 'Stichting Bench');
  await makeUser(db, { tenantId: tenant.id, organisationId: org.id, roles: ['functioneel_beheerder'], name: 'Beheer', email: 'beheer@bench.spil' });
  const teams: { name: string; coaches: string[] }[] = [];
  for (let i = 1; i <= 10; i++) {
    const team = await makeTeam(db, tenant.id, `Wijkteam ${i}`);
    const coaches = [];
    for (let j = 1; j <= 4; j++) coaches.push((await makeUser(db, { tenantId: tenant.id, organisationId: org.id, teamIds: [team.id], email: `coach${i}-${j}@bench.spil` })).email);
    teams.push({ name: team.name, coaches });
  }
  await db.destroy();

  const first = ['Enzo', 'Bob', 'Priya', 'Mohamed', 'Sanne', 'Dex', 'Yara', 'Jeffrey', 'Noah', 'Fatima', 'Lucas', 'Aïsha'];
  const last = ['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Yılmaz', 'Visser', 'Smit', 'Meijer', 'Pinas', 'de Boer'];
  const wijken = ['Feijenoord', 'Delfshaven', 'Charlois', 'Kralingen', 'IJsselmonde', 'Noord'];
  const sources = ['wijkagent', 'jongerenwerker', 'Leerplicht / RMC', 'school', 'familie', 'zelf'];
  const out = createWriteStream(file);
  out.write('\uFEFFRoepnaam;Voornaam;Achternaam;Geboortedatum;Geslacht;Adres;Postcode;Woonplaats;Wijk;Telefoon;E-mail;Team;Coach;Aanmelder/bron;Reden\r\n');
  for (let i = 0; i < rows; i++) {
    const team = teams[i % teams.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    // Two wrong dates: their two batches are rejected, the other 98 are written.
    const date = i === 15 || i === rows - 10 ? '31-02-2004' : `${day}-${month}-${1999 + (i % 9)}`;
    const line = [`${first[i % first.length]}${i}`, first[i % first.length], last[i % last.length], date, i % 2 ? 'man' : 'vrouw',
      `Straat ${i % 300}`, `30${String(i % 100).padStart(2, '0')} AB`, 'Rotterdam', wijken[i % wijken.length], `06-${String(10000000 + i)}`,
      `jongere${i}@voorbeeld.nl`, team.name, team.coaches[i % 4], sources[i % sources.length], '"Thuiszitter; geen werk, geen school"'].join(';');
    if (!out.write(`${line}\r\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));

  const run = (label: string) => {
    const started = performance.now();
    const res = spawnSync('npx', ['tsx', 'server/src/modules/youth-import/import-cli.ts', file], {
      cwd: root, env: { ...process.env, DATABASE_URL: url.toString(), DEMO_SEED: 'false' }, encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n${label}: ${seconds.toFixed(1)} s (exit ${res.status})\n${res.stdout}`);
    if (res.status === 2) console.error(res.stderr);
    return seconds;
  };
  const firstRun = run(`npm run import, ${rows.toLocaleString('nl-NL')} rows`);
  run('the same file again');
  console.log(`\nBudget: ${rows.toLocaleString('nl-NL')} rows under 30 s → ${firstRun.toFixed(1)} s ${firstRun < 30 ? 'OK' : 'MISSED'} (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'})`);
} finally {
  await rm(file, { force: true });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
