import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { makeWorld } from '../test/world.js';
import { makeYouth } from '../seed/factories.js';
import { verifyAccessLog, writeAccessLogEntries, type Actor } from './access-log.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => { t = await startTestApp(); w = await makeWorld(t); });
afterAll(async () => { await t.close(); });

describe('the access log', () => {
  it('is a chain that verifies, and shows a changed row', async () => {
    const coach = await w.as(w.coachA);
    for (let i = 0; i < 3; i++) await coach.get(`/api/youth/${w.enzo.id}`);
    await (await w.as(w.coachB)).get(`/api/youth/${w.enzo.id}`);
    let report = (await verifyAccessLog(t.db)).find((r) => r.tenantId === w.tenant.id)!;
    expect(report).toMatchObject({ brokenAt: null });
    expect(report.rows).toBeGreaterThanOrEqual(4);

    // Someone with database rights hides the denied attempt of coach B.
    await sql`alter table access_log disable trigger access_log_no_change`.execute(t.db);
    await sql`update access_log set result = 'allowed' where result = 'denied'`.execute(t.db);
    await sql`alter table access_log enable trigger access_log_no_change`.execute(t.db);
    report = (await verifyAccessLog(t.db)).find((r) => r.tenantId === w.tenant.id)!;
    expect(report.brokenAt).not.toBeNull();
    expect(report.problem).toBe('row changed');
  });

  it('keeps one unbroken chain when a list names many youth at once (the team lead’s worklist)', async () => {
    const t3 = await startTestApp();
    const w3 = await makeWorld(t3);
    for (const first_name of ['Bob', 'Tamir', 'Ricardo']) {
      await makeYouth(t3.db, { tenantId: w3.tenant.id, teamId: w3.teamA.id, coachIds: [w3.coachA.id], createdBy: w3.coachA.id, now: t3.clock.now, fields: { first_name }, registeredDaysAgo: 20 });
    }
    const lead = await w3.as(w3.lead);
    const view = (await lead.get('/api/team/worklist')).body;
    const named = new Set([...view.items, ...view.snoozed].map((i: any) => i.youthId).filter(Boolean));
    await (await w3.as(w3.coachA)).get(`/api/youth/${w3.enzo.id}`);
    const logged = await t3.db.selectFrom('access_log').select('record_type').where('tenant_id', '=', w3.tenant.id).where('record_type', '=', 'signal').execute();
    expect(named.size).toBeGreaterThanOrEqual(3);
    expect(logged.length).toBe(named.size);
    expect((await verifyAccessLog(t3.db)).find((r) => r.tenantId === w3.tenant.id)).toMatchObject({ brokenAt: null });
    await t3.close();
  });

  it('puts every one of many reads at once on record, allowed and refused, in one unbroken chain', async () => {
    const t4 = await startTestApp();
    const w4 = await makeWorld(t4);
    const [coachA, coachB] = [await w4.as(w4.coachA), await w4.as(w4.coachB)];
    const before = await t4.db.selectFrom('access_log').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', w4.tenant.id).executeTakeFirstOrThrow();
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 4 === 3 ? coachB : coachA).get(`/api/youth/${w4.enzo.id}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(18).fill(200), ...Array(6).fill(403)]);
    const rows = await t4.db.selectFrom('access_log').select(['user_id', 'result']).where('tenant_id', '=', w4.tenant.id)
      .where('seq', '>', Number(before.n)).where('youth_id', '=', w4.enzo.id).execute();
    expect(rows.filter((r) => r.user_id === w4.coachA.id && r.result === 'allowed')).toHaveLength(18);
    expect(rows.filter((r) => r.user_id === w4.coachB.id && r.result === 'denied')).toHaveLength(6);
    expect((await verifyAccessLog(t4.db)).find((r) => r.tenantId === w4.tenant.id)).toMatchObject({ brokenAt: null });
    await t4.close();
  });

  it('hashes in the database as the verifier does, whatever the text of an entry (quotes, accents, emoji, control characters)', async () => {
    // The database chains and hashes (access_log_append_tails); verifyAccessLog hashes again in Node.
    const t5 = await startTestApp();
    const w5 = await makeWorld(t5);
    const actor: Actor = { tenantId: w5.tenant.id, address: 'Zoë "de Vries" \\ çà 😀\n', now: () => t5.clock.now, user: null, linkRole: 'werkplekbegeleider' };
    await writeAccessLogEntries(t5.db, actor, [
      { action: 'read', youthId: w5.enzo.id, recordType: 'weekly_form', recordId: 'é"\u0007' },
      { action: 'create', result: 'denied' },
    ]);
    await t5.db.transaction().execute((trx) => writeAccessLogEntries(trx, actor, [{ action: 'update', youthId: w5.enzo.id, recordType: 'contact', recordId: 'ü' }]));
    const rows = await t5.db.selectFrom('access_log').select(['address', 'record_id', 'result', 'role']).where('tenant_id', '=', w5.tenant.id).where('address', '=', actor.address).orderBy('seq').execute();
    expect(rows).toEqual([
      { address: actor.address, record_id: 'é"\u0007', result: 'allowed', role: 'werkplekbegeleider' },
      { address: actor.address, record_id: null, result: 'denied', role: 'werkplekbegeleider' },
      { address: actor.address, record_id: 'ü', result: 'allowed', role: 'werkplekbegeleider' },
    ]);
    expect((await verifyAccessLog(t5.db)).find((r) => r.tenantId === w5.tenant.id)).toMatchObject({ brokenAt: null });
    await t5.close();
  });

  it('refuses updates and deletes through the database', async () => {
    await expect(sql`delete from access_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('notices a removed row', async () => {
    const t2 = await startTestApp();
    const w2 = await makeWorld(t2);
    const coach = await w2.as(w2.coachA);
    for (let i = 0; i < 3; i++) await coach.get(`/api/youth/${w2.enzo.id}`);
    await sql`alter table access_log disable trigger access_log_no_change`.execute(t2.db);
    await sql`delete from access_log where seq = 2`.execute(t2.db);
    const report = (await verifyAccessLog(t2.db)).find((r) => r.tenantId === w2.tenant.id)!;
    expect(report).toMatchObject({ brokenAt: 2, problem: 'row missing' });
    await t2.close();
  });
});
