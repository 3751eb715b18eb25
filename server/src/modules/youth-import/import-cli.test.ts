import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../platform/db/index.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { makeOrganisation, makeTeam, makeTenant, makeUser } from '../../seed/factories.js';

/**
 * `npm run import` on a small generated file, into a database of its own: PGlite in a temp
 * folder, or a fresh database on TEST_DATABASE_URL's server.
 */
let dir: string;
let env: Record<string, string>;
let db: Db;
let drop: (() => Promise<void>) | undefined;
let coachEmail: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spil-import-cli-'));
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `spil_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    env = { DATABASE_URL: u.toString() };
    drop = async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    env = { DATA_DIR: path.join(dir, 'data') };
  }
  ({ db } = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? 'memory://' }));
  await migrateToLatest(db);
  const tenant = await makeTenant(db, { name: 'Gemeente Klein' });
  const org = await makeOrganisation(db, tenant.id);
  const team = await makeTeam(db, tenant.id, 'Wijkteam Noord');
  await makeUser(db, { tenantId: tenant.id, organisationId: org.id, roles: ['functioneel_beheerder'], email: 'beheer@klein.nl' });
  coachEmail = (await makeUser(db, { tenantId: tenant.id, organisationId: org.id, teamIds: [team.id], email: 'sanne@klein.nl' })).email;
  // PGlite keeps one process on a data folder: the CLI opens it after we let go.
  if (!env.DATABASE_URL) await db.destroy();
}, 60_000);

afterAll(async () => {
  if (env.DATABASE_URL) await db.destroy();
  await drop?.();
  await rm(dir, { recursive: true, force: true });
});

const runImport = (...args: string[]) => spawnSync('npx', ['tsx', 'server/src/modules/youth-import/import-cli.ts', ...args], {
  cwd: path.resolve(import.meta.dirname, '../../../..'), env: { ...process.env, ...env, DEMO_SEED: 'false' }, encoding: 'utf8', timeout: 60_000,
});

describe('npm run import', () => {
  it('imports a small spreadsheet, reports the rejected row in Dutch, and imports nothing twice on a re-run', async () => {
    const file = path.join(dir, 'jongeren.csv');
    const rows = Array.from({ length: 30 }, (_, i) => `Jongere${i + 2};${i % 2 ? '03-02-2006' : '2006-02-03'};${coachEmail}`);
    rows[15] = 'Enzo;31-02-2004;';
    await writeFile(file, `\uFEFFRoepnaam;Geboortedatum;Coach\r\n${rows.join('\r\n')}\r\n`);

    const first = runImport(file, '--team', 'Wijkteam Noord', '--batch-size', '10', '--rapport', path.join(dir, 'rapport.csv'));
    expect(first.status, first.stderr).toBe(1);
    expect(first.stdout).toContain('namens');
    expect(first.stdout).toContain('Geïmporteerd: 20');
    expect(first.stdout).toContain('Batch 2 (regels 12–21) is niet geïmporteerd: 1 afgekeurde regel.');
    expect(first.stdout).toContain('regel 17, geboortedatum: geen bestaande datum (31-02-2004)');
    expect(await readFile(path.join(dir, 'rapport.csv'), 'utf8')).toContain('17;geboortedatum;"geen bestaande datum (31-02-2004)"');

    const again = runImport(file, '--team', 'Wijkteam Noord', '--batch-size', '10');
    expect(again.stdout).toContain('Geïmporteerd: 0');
    expect(again.stdout).toContain('Al geïmporteerd (overgeslagen): 20');
  }, 120_000);

  it('stops with a message when the file or the team does not exist', async () => {
    expect(runImport(path.join(dir, 'bestaat-niet.csv'))).toMatchObject({ status: 2, stderr: expect.stringContaining('Bestand niet gevonden') });
    const file = path.join(dir, 'zuid.csv');
    await writeFile(file, 'roepnaam\nEnzo\n');
    expect(runImport(file, '--team', 'Wijkteam Zuid')).toMatchObject({ status: 2, stderr: expect.stringContaining('Het team ‘Wijkteam Zuid’ bestaat niet in deze gemeente.') });
  }, 60_000);
});
