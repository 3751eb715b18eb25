import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo-logins.js';
import { seedDemoIfEmpty } from '../../seed/demo.js';
import { Client, startTestApp, type TestApp } from '../../test/harness.js';

/**
 * The worklist reads each youth's facts kept on write (youth_fact, kept by triggers on every table
 * they come from). What a coach relies on: whatever was written, and however, the kept facts are
 * the facts computed from the file as it is now — so no signal is missed or stale.
 */
let t: TestApp;
let coach: Client;
let street: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoIfEmpty(t.db, t.clock.now);
  coach = new Client(t.url);
  await coach.login('coach@spil.demo', DEMO_PASSWORD);
  street = new Client(t.url);
  await street.login('coach.delfshaven@spil.demo', DEMO_PASSWORD);
});
afterAll(async () => { await t.close(); });

/** Youth whose kept facts differ from their facts computed now, or who have no kept row (or two). */
async function staleFacts() {
  const { rows } = await sql<{ youth_id: string }>`
    select c.youth_id from youth_fact_compute(array(select id from youth)) c
    left join youth_fact f on f.tenant_id = c.tenant_id and f.youth_id = c.youth_id
    where f.youth_id is null or to_jsonb(f) is distinct from to_jsonb(c)
    union all
    select y.id from youth y where (select count(*) from youth_fact f where f.youth_id = y.id) <> 1`.execute(t.db);
  return rows.map((r) => r.youth_id);
}

/** On PostgreSQL: until another connection waits for a lock (the second writer, queued behind the first). */
async function waitForABlockedWriter() {
  for (let i = 0; i < 500; i++) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The second writer never waited for the first');
}

const youthNamed = async (client: Client, first: string) =>
  (await client.get('/api/youth?scope=mine')).body.items.find((y: any) => y.displayName.startsWith(first));

describe('the worklist facts kept on write', () => {
  it('hold for every youth of the demo, whose histories fill most of them', async () => {
    const kept = await t.db.selectFrom('youth_fact').select((eb) => [
      eb.fn.count<number>('trajectory_id').as('trajectories'), eb.fn.count<number>('reports').as('reports'),
      eb.fn.count<number>('actions').as('actions'), eb.fn.count<number>('meeting').as('meetings'), eb.fn.count<number>('follow_up').as('followUps'),
    ]).executeTakeFirstOrThrow();
    // Not a check that passes on empty facts: the demo's files fill them.
    expect(Object.values(kept).every((n) => Number(n) > 0)).toBe(true);
    expect(await staleFacts()).toEqual([]);
  });

  it('follow a contact and a group\u2019s new name, and the worklist shows both', async () => {
    const bob = await youthNamed(coach, 'Bob');
    const signals = async () => (await coach.get('/api/worklist')).body.items as any[];
    expect((await signals()).some((s) => s.kind === 'no_contact' && s.youthId === bob.id)).toBe(true);
    const contact = await coach.post(`/api/youth/${bob.id}/contacts`, { id: crypto.randomUUID(), happenedAt: t.clock.now.toISOString(), mode: 'face_to_face', withWhom: ['jongere'], note: 'Even gesproken bij de snackbar.' });
    expect(contact.status).toBe(201);
    expect((await signals()).some((s) => s.kind === 'no_contact' && s.youthId === bob.id)).toBe(false);

    // A street group's new name is in the clocks of every member at once.
    const [group] = (await street.get('/api/groups')).body.items;
    const renamed = await street.patch(`/api/groups/${group.id}`, { version: (await street.get(`/api/groups/${group.id}`)).body.version, name: 'Straatgroep Mathenesserplein' });
    expect(renamed.status).toBe(200);
    const clocks = (await street.get('/api/worklist')).body.items.filter((i: any) => i.kind === 'group_response');
    expect(clocks).toHaveLength(6);
    expect(clocks.map((c: any) => c.facts.group)).toEqual(Array(6).fill('Straatgroep Mathenesserplein'));
    expect(await staleFacts()).toEqual([]);
  });

  it('follow a placement: an evaluation planned and held, its employer renamed; and a supervisor\u2019s weekly form keeps a closed youth watched', async () => {
    const { rows: [placed] } = await sql<{ id: string; youth_id: string; employer_id: string; employer: string }>`
      select pl.id, pl.youth_id, e.id as employer_id, e.name as employer from placement pl
      join workplace w on w.id = pl.workplace_id join employer e on e.id = w.employer_id
      join youth_coach yc on yc.youth_id = pl.youth_id and yc.until is null join app_user u on u.id = yc.user_id
      where pl.ended_on is null and u.email = 'coach@spil.demo' limit 1`.execute(t.db);
    expect(placed).toBeDefined();
    const evaluationSignals = async () => ((await coach.get('/api/worklist')).body.items as any[])
      .filter((s) => s.kind === 'placement_evaluation' && s.facts.placementId === placed!.id);
    const evaluationId = crypto.randomUUID();
    const plannedOn = new Date(t.clock.now.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const made = await coach.post(`/api/youth/${placed!.youth_id}/placements/${placed!.id}/evaluations`, { id: evaluationId, plannedOn });
    expect(made.status).toBe(200);
    expect((await evaluationSignals()).map((s) => s.due)).toEqual([plannedOn]);

    // The employer's new name is in the signal at once.
    const employer = (await coach.get(`/api/employers/${placed!.employer_id}`)).body;
    expect((await coach.patch(`/api/employers/${placed!.employer_id}`, { version: employer.version, name: 'Bakkerij De Nieuwe Naam' })).status).toBe(200);
    expect((await evaluationSignals())[0].facts.workplace).toMatch(/· Bakkerij De Nieuwe Naam$/);
    expect(await staleFacts()).toEqual([]);

    // Held (today, a little early): the signal is gone.
    const evaluation = made.body.evaluations.find((e: any) => e.id === evaluationId);
    const held = await coach.patch(`/api/youth/${placed!.youth_id}/placements/${placed!.id}/evaluations/${evaluationId}`, { version: evaluation.version, heldOn: t.clock.now.toISOString().slice(0, 10) });
    expect(held.status).toBe(200);
    expect(await evaluationSignals()).toEqual([]);

    // A youth whose trajectory closed is watched until a moment (the closing, aftercare's end); a
    // supervisor's weekly form after that moment keeps them watched until the form.
    const { rows: [closed] } = await sql<{ youth_id: string; placement_id: string; later: Date }>`
      select f.youth_id, pl.id as placement_id, f.last_watched + interval '1 day' as later from youth_fact f
      join placement pl on pl.tenant_id = f.tenant_id and pl.youth_id = f.youth_id
      where f.status = 'closed' and f.last_watched < 'infinity' limit 1`.execute(t.db);
    expect(closed).toBeDefined();
    await sql`insert into weekly_form (tenant_id, id, placement_id, youth_id, week_start, filled_by, supervisor_name, ratings, submitted_at)
      select pl.tenant_id, gen_random_uuid(), pl.id, pl.youth_id, date_trunc('week', ${closed!.later}::timestamptz)::date, 'supervisor', 'Mevrouw Jansen', '{}', ${closed!.later}
      from placement pl where pl.id = ${closed!.placement_id}`.execute(t.db);
    const kept = await t.db.selectFrom('youth_fact').select('last_watched').where('youth_id', '=', closed!.youth_id).executeTakeFirstOrThrow();
    expect(new Date(kept.last_watched).toISOString()).toBe(new Date(closed!.later).toISOString());
    expect(await staleFacts()).toEqual([]);
  });

  it('lose no fact when two writers about one youth overlap', async () => {
    // Two transactions each record a contact of Enzo; the second starts while the first still holds
    // its lock (on PostgreSQL it waits for it; PGlite runs one transaction at a time). Neither
    // contact may be lost from the kept facts. Written in SQL, as a path that does not lock the youth would.
    const enzo = await youthNamed(coach, 'Enzo');
    const { id: authorId } = await t.db.selectFrom('app_user').select('id').where('email', '=', 'coach@spil.demo').executeTakeFirstOrThrow();
    const first = new Date(t.clock.now.getTime() - 3_600_000);
    const second = new Date(t.clock.now.getTime() - 2 * 3_600_000);
    const insert = (at: Date) => sql`insert into contact (tenant_id, id, youth_id, happened_at, mode, with_whom, note, principles, author_id, created_at)
      select tenant_id, ${crypto.randomUUID()}, id, ${at}, 'whatsapp', '{jongere}', 'Appje', '{}', ${authorId}, ${at} from youth where id = ${enzo.id}`;
    let secondStarted!: () => void;
    const secondWaits = new Promise<void>((resolve) => { secondStarted = resolve; });
    await Promise.all([
      t.db.transaction().execute(async (trx) => {
        await insert(first).execute(trx);
        secondStarted();
        if (process.env.TEST_DATABASE_URL) await waitForABlockedWriter();
      }),
      // The older contact last: had it computed without the first's, the newest contact would be lost.
      secondWaits.then(() => t.db.transaction().execute((trx) => insert(second).execute(trx))),
    ]);
    const kept = await t.db.selectFrom('youth_fact').select('last_contact').where('youth_id', '=', enzo.id).executeTakeFirstOrThrow();
    expect(new Date(kept.last_contact!).toISOString()).toBe(first.toISOString());
    expect(await staleFacts()).toEqual([]);
  });

  it('follow a row added, changed or removed: a warm handover to ask after and then landed, a condition taken back', async () => {
    const { rows: [handover] } = await sql<{ id: string; youth_id: string }>`
      insert into warm_handover (tenant_id, id, youth_id, trajectory_id, to_organisation, what, check_due_on, created_by, created_at, updated_at)
      select t.tenant_id, gen_random_uuid(), t.youth_id, t.id, 'Werkgeversservicepunt', 'Begeleiding naar werk', ${'2026-12-07'}::date,
        (select id from app_user where email = 'coach@spil.demo'), now(), now()
      from trajectory t where t.status = 'closed' limit 1 returning id, youth_id`.execute(t.db);
    const handoversOf = async () => (await t.db.selectFrom('youth_fact').select('handovers').where('youth_id', '=', handover!.youth_id).executeTakeFirstOrThrow()).handovers;
    expect((await handoversOf())?.map((h) => h.id)).toContain(handover!.id);
    await sql`update warm_handover set checked_on = check_due_on, landed = true where id = ${handover!.id}`.execute(t.db);
    expect((await handoversOf()) ?? []).not.toContainEqual(expect.objectContaining({ id: handover!.id }));

    const [row] = (await sql<{ id: string; youth_id: string }>`select c.id, c.youth_id from meeting_condition c join youth_fact f on f.youth_id = c.youth_id limit 1`.execute(t.db)).rows;
    expect(row).toBeDefined();
    await sql`update meeting_condition set occurred_at = now() where id = ${row!.id}`.execute(t.db);
    expect((await t.db.selectFrom('youth_fact').select('conditions').where('youth_id', '=', row!.youth_id).executeTakeFirstOrThrow()).conditions).not.toBeNull();
    await sql`delete from meeting_condition where id = ${row!.id}`.execute(t.db);
    expect(await staleFacts()).toEqual([]);
  });
});
