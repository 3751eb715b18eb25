import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../../platform/access-log.js';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';
import { makeWorld } from '../../test/world.js';

/**
 * A municipality moves from its spreadsheet: the functioneel beheerder checks the file first,
 * sees which rows are wrong and why, imports the good batches, fixes a row and imports again —
 * and nobody is in Spil twice.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  admin = await w.as(w.admin);
});
afterAll(async () => { await t?.close(); });

const HEADER = 'Roepnaam;Voornaam;Achternaam;Geboortedatum;Geslacht;Postcode;Wijk;Team;Coach;Aanmelder/bron;Reden';

/** 2,500 rows in Wijkteam A; `bad` replaces lines of the file (line 1 is the header). */
function spreadsheet(bad: Record<number, string> = {}) {
  const lines = [HEADER];
  for (let i = 0; i < 2500; i++) {
    const line = i + 2;
    lines.push(bad[line] ?? `Jongere${line};;Import;03-02-2006;man;3071 AB;Feijenoord;Wijkteam A;${w.coachA.email};wijkagent;"Hangt rond; zoekt werk"`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function importAndWait(c: Client, csv: string) {
  const started = await c.post('/api/admin/youth-import', { csv, fileName: 'jongeren.csv', dryRun: false });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  for (;;) {
    const s = await c.get(`/api/admin/youth-import/${started.body.id}`);
    expect(s.status).toBe(200);
    if (s.body.status !== 'running') return s.body;
    await sleep(25);
  }
}

const importedYouth = () => t.db.selectFrom('youth').select((eb) => eb.fn.countAll<string>().as('n'))
  .where('tenant_id', '=', w.tenant.id).where('last_name', '=', 'Import').executeTakeFirstOrThrow().then((r) => Number(r.n));

describe('importing youth from a spreadsheet', () => {
  const withErrors = () => spreadsheet({
    17: `Enzo;;;31-02-2004;man;;;Wijkteam A;;;`,
    40: `;;;;;;;Wijkteam A;;;`,
    41: `Bob;;;;;;;Wijkteam C;${w.coachA.email};buurvrouw;`,
  });

  it('the dry run names each rejected row by line, column and reason, and writes nothing', async () => {
    const r = await admin.post('/api/admin/youth-import', { csv: withErrors(), dryRun: true });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ dryRun: true, rows: 2500, imported: 1500, alreadyImported: 0, rejected: 3, skippedInRejectedBatches: 997, errorCount: 4 });
    expect(r.body.errors).toEqual([
      { line: 17, field: 'geboortedatum', reason: 'geen bestaande datum (31-02-2004)' },
      { line: 40, field: 'roepnaam', reason: 'vul minstens een roepnaam of een naam in' },
      { line: 41, field: 'team', reason: 'geen team van deze gemeente (Wijkteam C)' },
      { line: 41, field: 'aanmelder/bron', reason: 'staat niet in de keuzelijst aanmelder/bron (buurvrouw)' },
    ]);
    expect(r.body.batches.map((b: { status: string; firstLine: number; lastLine: number }) => [b.status, b.firstLine, b.lastLine]))
      .toEqual([['rejected', 2, 1001], ['checked', 1002, 2001], ['checked', 2002, 2501]]);
    expect(await importedYouth()).toBe(0);
  });

  it('the import writes the good batches only, each youth as a registration makes it, all logged', async () => {
    const logBefore = await t.db.selectFrom('access_log').select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', w.tenant.id).executeTakeFirstOrThrow();
    const done = await importAndWait(admin, withErrors());
    expect(done).toMatchObject({ status: 'done', fileName: 'jongeren.csv', rows: 2500, imported: 1500, alreadyImported: 0, rejected: 3, startedBy: { id: w.admin.id } });
    expect(done.report.batches[0]).toMatchObject({ batch: 1, status: 'rejected', imported: 0, rejected: 3 });
    expect(await importedYouth()).toBe(1500);
    // Line 17's batch is left out whole: its good rows too.
    const names = await t.db.selectFrom('youth').select('nickname').where('tenant_id', '=', w.tenant.id).where('nickname', 'in', ['Jongere16', 'Jongere1001', 'Jongere1002', 'Jongere2501']).execute();
    expect(names.map((n) => n.nickname).sort()).toEqual(['Jongere1002', 'Jongere2501']);

    // The coach sees the youth in Mijn jongeren, with team and reason as in the file.
    const coach = await w.as(w.coachA);
    const mine = await coach.get('/api/youth?q=Jongere1002');
    expect(mine.body.items).toHaveLength(1);
    const file = await coach.get(`/api/youth/${mine.body.items[0].id}`);
    expect(file.body).toMatchObject({
      nickname: 'Jongere1002', lastName: 'Import', birthDate: '2006-02-03', gender: 'man', postcode: '3071 AB', neighbourhood: 'Feijenoord',
      signalSource: 'wijkagent', reason: 'Hangt rond; zoekt werk', team: { id: w.teamA.id }, coaches: [{ id: w.coachA.id }], registeredBy: { id: w.admin.id },
    });
    const history = await coach.get(`/api/youth/${mine.body.items[0].id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.length).toBeGreaterThan(0);

    // One 'create' per youth by the administrator, one for the import itself; the chain holds.
    const entries = await t.db.selectFrom('access_log').select(['action', 'record_type', 'user_id'])
      .where('tenant_id', '=', w.tenant.id).where('seq', '>', Number(logBefore.n)).where('user_id', '=', w.admin.id).where('action', '=', 'create').execute();
    expect(entries.filter((e) => e.record_type === 'youth')).toHaveLength(1500);
    expect(entries.filter((e) => e.record_type === 'youth_import')).toHaveLength(1);
    expect((await verifyAccessLog(t.db)).every((r) => r.brokenAt === null)).toBe(true);
  });

  it('the same file again imports nothing twice; with line 17 fixed, the first batch comes in', async () => {
    const again = await importAndWait(admin, withErrors());
    expect(again).toMatchObject({ status: 'done', imported: 0, alreadyImported: 1500, rejected: 3 });
    expect(await importedYouth()).toBe(1500);

    const check = await admin.post('/api/admin/youth-import', { csv: spreadsheet(), dryRun: true });
    expect(check.body).toMatchObject({ rows: 2500, imported: 1000, alreadyImported: 1500, rejected: 0 });
    const fixed = await importAndWait(admin, spreadsheet());
    expect(fixed).toMatchObject({ status: 'done', imported: 1000, alreadyImported: 1500, rejected: 0 });
    expect(await importedYouth()).toBe(2500);
  });

  it('a row twice in the file is rejected, naming the first; an id of another municipality is refused without saying whose', async () => {
    const csv = ['id;roepnaam;team', `;Dubbel;Wijkteam A`, `;Dubbel;Wijkteam A`, `${w.stranger.id};Vreemd;Wijkteam A`].join('\n');
    const r = await admin.post('/api/admin/youth-import', { csv, dryRun: true });
    expect(r.body.errors).toEqual([
      { line: 3, field: null, reason: 'dezelfde gegevens als regel 2' },
      { line: 4, field: 'id', reason: 'dit id is al in gebruik' },
    ]);
  });

  it('a file that cannot be read is refused as a whole, with what to do about it', async () => {
    const noName = await admin.post('/api/admin/youth-import', { csv: 'geboortedatum;team\n01-01-2006;Wijkteam A\n', dryRun: true });
    expect(noName).toMatchObject({ status: 400, body: { code: 'IMPORT_HEADER', message: expect.stringContaining('roepnaam, voornaam of achternaam') } });
    // A Windows-1252 file read by the browser as UTF-8 arrives with replacement characters.
    const latin1 = await admin.post('/api/admin/youth-import', { csv: 'roepnaam;team\nJos\uFFFD;Wijkteam A\n', dryRun: true });
    expect(latin1).toMatchObject({ status: 400, body: { code: 'IMPORT_ENCODING', message: expect.stringContaining('CSV UTF-8') } });
    const unknownTeam = await admin.post('/api/admin/youth-import', { csv: 'roepnaam\nEnzo\n', team: 'Wijkteam Z', dryRun: true });
    expect(unknownTeam).toMatchObject({ status: 400, body: { code: 'IMPORT_TEAM' } });
    const withTeam = await admin.post('/api/admin/youth-import', { csv: 'roepnaam\nEnzo\n', team: 'wijkteam a', dryRun: true });
    expect(withTeam.body).toMatchObject({ rows: 1, imported: 1, rejected: 0 });
  });

  it('a 50 MB file is refused before it is read, and nothing is written', async () => {
    const big = `roepnaam;team\n${'Enzo;Wijkteam A\n'.repeat(Math.ceil((50 * 1024 * 1024) / 16))}`;
    const r = await admin.request('POST', '/api/admin/youth-import', undefined, { rawBody: JSON.stringify({ csv: big, dryRun: false }) });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('BODY_TOO_LARGE');
    expect(await importedYouth()).toBe(2500);
  });

  it('the page lists the past imports, newest first; one whose server stopped mid-way says it was interrupted and what to do', async () => {
    const list = await admin.get('/api/admin/youth-import');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(3);
    expect(list.body.items[0]).toMatchObject({ status: 'done', imported: 1000, alreadyImported: 1500, startedBy: { id: w.admin.id }, report: null });
    const started = list.body.items.map((i: { startedAt: string }) => i.startedAt);
    expect([...started].sort().reverse()).toEqual(started);

    // A server that stopped during an import leaves its row 'running', its last batch long ago.
    const id = crypto.randomUUID();
    const at = new Date(t.clock.now.getTime() - 11 * 60_000);
    await t.db.insertInto('youth_import').values({
      tenant_id: w.tenant.id, id, file_name: 'onderbroken.csv', file_sha256: 'x', started_by: w.admin.id, started_at: at, finished_at: null,
      report: null, progress_at: at, rows_done: 3000,
    }).execute();
    const stalled = await admin.get(`/api/admin/youth-import/${id}`);
    expect(stalled.body).toMatchObject({ status: 'interrupted', rows: 3000, message: expect.stringContaining('Importeer hetzelfde bestand opnieuw') });
    await t.db.updateTable('youth_import').set({ progress_at: new Date(t.clock.now.getTime() - 60_000) }).where('id', '=', id).execute();
    expect((await admin.get(`/api/admin/youth-import/${id}`)).body).toMatchObject({ status: 'running', message: null });
    expect((await (await w.as(w.coachA)).get('/api/admin/youth-import')).status).toBe(403);
  });

  it('only the functioneel beheerder imports: a coach and a team lead get 403, and another tenant sees no status', async () => {
    const coach = await w.as(w.coachA);
    expect((await coach.post('/api/admin/youth-import', { csv: spreadsheet(), dryRun: true })).status).toBe(403);
    expect((await coach.post('/api/admin/youth-import', { csv: spreadsheet(), dryRun: false })).status).toBe(403);
    const lead = await w.as(w.lead);
    expect((await lead.post('/api/admin/youth-import', { csv: 'roepnaam;team\nX;Wijkteam A\n', dryRun: false })).status).toBe(403);
    const record = await t.db.selectFrom('youth_import').select('id').where('tenant_id', '=', w.tenant.id).executeTakeFirstOrThrow();
    expect((await coach.get(`/api/admin/youth-import/${record.id}`)).status).toBe(403);
    expect((await admin.get('/api/admin/youth-import/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
