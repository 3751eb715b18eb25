import { sql, type Kysely } from 'kysely';

/**
 * The worklist's facts of each youth, kept up to date on write instead of computed on every read.
 *
 * The norm engine needs, per youth, some twenty facts from the file's history (the last contact,
 * the first signed plan, open actions, the last meeting, group reports and when they were
 * answered…). Computed on read they cost ~65 µs per youth in PostgreSQL: a coach's worklist (a
 * caseload of ~120) paid 4–6 ms of the database per request, a team lead's several times that.
 * Here `youth_fact_compute` is the one definition of those facts; triggers on every table they come
 * from call `youth_fact_refresh` for the youth a statement touched, so the worklist reads one row
 * per youth. The youth's own row (name, team), the current coaches and the phase's settings are
 * not kept: the worklist joins them on read, so a rename or a changed phase needs no refresh.
 *
 * Concurrent writes about one youth: refresh first locks the youth's row, then computes. A second
 * writer waits for the lock, and (each statement in a volatile function reads with a fresh
 * snapshot under READ COMMITTED) computes after the first has committed — so neither write's
 * fact is lost. Frozen once landed: a change to the facts is a new migration that replaces
 * `youth_fact_compute` and refreshes every youth.
 */
const YOUTH_ID_TABLES = ['trajectory', 'trajectory_event', 'plan_version', 'contact', 'contact_attempt', 'assessment', 'agreed_action',
  'wraparound_meeting', 'meeting_condition', 'youth_group_member', 'warm_handover', 'aftercare_plan', 'aftercare_contact', 'result_measurement'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table youth_fact (
      tenant_id uuid not null references tenant(id),
      youth_id uuid not null references youth(id) on delete cascade,
      trajectory_id uuid, status text, phase_entered_at timestamptz, current_phase_id uuid, paused_days double precision,
      first_signed timestamptz, last_contact timestamptz, reached timestamptz, first_attempt timestamptz,
      attempts integer not null default 0, last_assessed date,
      actions jsonb, meeting jsonb, conditions jsonb, reports jsonb, handovers jsonb, aftercare jsonb, follow_up jsonb,
      primary key (tenant_id, youth_id)
    )`.execute(db);

  // The facts of these youth as they are now. Group reports are all reports of a group while the
  // youth was in it; the worklist keeps those of the period it looks at (its "now" is not the database's).
  // Planned once per connection: planning this statement takes ~2 ms, running it for one youth
  // ~0.6. So PL/pgSQL (a SQL function's statement is planned on every call) with a generic plan
  // forced: PostgreSQL would otherwise plan it again on every call, as the array of one youth
  // looks cheaper to it than the generic plan's guess of ten. Ten rows, not the default thousand:
  // at a thousand, refresh joined the rows to update by hashing all of youth_fact (5 ms a write).
  await sql`
    create function youth_fact_compute(p_youth uuid[]) returns setof youth_fact language plpgsql stable rows 10 set plan_cache_mode = force_generic_plan as $$
    begin
      return query select y.tenant_id, y.id, tr.trajectory_id, tr.status, tr.phase_entered_at, tr.current_phase_id, tr.paused_days,
        (select min(p.signed_at) from plan_version p where p.tenant_id = y.tenant_id and p.youth_id = y.id and p.signed_at is not null),
        (select max(c.happened_at) from contact c where c.tenant_id = y.tenant_id and c.youth_id = y.id),
        (select max(a.at) from contact_attempt a where a.tenant_id = y.tenant_id and a.youth_id = y.id and a.outcome in ('gesproken', 'afspraak_gemaakt')),
        (select min(a.at) from contact_attempt a where a.tenant_id = y.tenant_id and a.youth_id = y.id),
        (select count(*)::int from contact_attempt a where a.tenant_id = y.tenant_id and a.youth_id = y.id),
        (select max(s.assessed_on) from assessment s where s.tenant_id = y.tenant_id and s.youth_id = y.id),
        (select jsonb_agg(jsonb_build_object('id', aa.id, 'description', aa.description, 'due_on', aa.due_on) order by aa.due_on, aa.id)
          from agreed_action aa where aa.tenant_id = y.tenant_id and aa.youth_id = y.id and aa.status = 'open' and aa.due_on is not null),
        -- The last meeting, and the next meeting it agreed on.
        (select jsonb_build_object('id', m.id, 'next_meeting_on', m.next_meeting_on)
          from wraparound_meeting m where m.tenant_id = y.tenant_id and m.youth_id = y.id order by m.starts_at desc limit 1),
        -- Ontbindende voorwaarden that occurred, while no meeting was recorded after.
        (select jsonb_agg(jsonb_build_object('id', c.id, 'meeting_id', c.meeting_id, 'text', c.text, 'occurred_at', c.occurred_at) order by c.occurred_at, c.id)
          from meeting_condition c where c.tenant_id = y.tenant_id and c.youth_id = y.id and c.occurred_at is not null
          and not exists (select 1 from wraparound_meeting m where m.tenant_id = y.tenant_id and m.youth_id = y.id and m.created_at > c.occurred_at)),
        -- Reports about a group the youth was in when the report was recorded, with the first
        -- contact after (a contactmoment, or an attempt that reached them).
        (select jsonb_agg(jsonb_build_object(
            'id', r.id, 'group_id', r.group_id, 'name', g.name, 'reported_at', r.reported_at, 'kind', r.kind,
            'answered_at', least(
              (select min(c.happened_at) from contact c where c.tenant_id = y.tenant_id and c.youth_id = y.id and c.happened_at >= r.reported_at),
              (select min(a.at) from contact_attempt a where a.tenant_id = y.tenant_id and a.youth_id = y.id and a.at >= r.reported_at
                and a.outcome in ('gesproken', 'afspraak_gemaakt'))))
            order by r.reported_at, r.id)
          from youth_group_member m join group_report r on r.group_id = m.group_id and r.tenant_id = m.tenant_id join youth_group g on g.id = r.group_id
          where m.tenant_id = y.tenant_id and m.youth_id = y.id and m.since <= r.created_at and (m.until is null or m.until > r.created_at)),
        -- After closing: warm handovers still to ask after (never checked, or not landed with a later day set).
        (select jsonb_agg(jsonb_build_object('id', h.id, 'organisation', h.to_organisation, 'check_due_on', h.check_due_on) order by h.check_due_on, h.id)
          from warm_handover h where h.tenant_id = y.tenant_id and h.youth_id = y.id
          and (h.checked_on is null or (h.landed = false and h.check_due_on > h.checked_on))),
        -- The trajectory's aftercare plan with the days of its contacts.
        (select jsonb_build_object('starts_on', ap.starts_on, 'ends_on', ap.ends_on, 'frequency_weeks', ap.frequency_weeks,
            'held', array(select ac.held_on from aftercare_contact ac where ac.tenant_id = y.tenant_id and ac.youth_id = y.id and ac.trajectory_id = ap.trajectory_id order by ac.held_on))
          from aftercare_plan ap where ap.tenant_id = y.tenant_id and ap.trajectory_id = tr.trajectory_id),
        -- The closed trajectory's closing day (Amsterdam) and its result measurements after closing.
        (select jsonb_build_object('closed_on', (t2.closed_at at time zone 'Europe/Amsterdam')::date,
            'measured', array(select m.moment from result_measurement m where m.tenant_id = t2.tenant_id and m.trajectory_id = t2.id order by m.moment))
          from trajectory t2 where t2.tenant_id = y.tenant_id and t2.id = tr.trajectory_id and t2.status = 'closed' and t2.closed_at is not null)
      from youth y
      -- The running trajectory, else the newest, with the days paused (and resumed) since entering its phase.
      left join lateral (
        select t.id as trajectory_id, t.status, t.phase_entered_at, t.current_phase_id,
          (select coalesce(sum(extract(epoch from (
              (select min(r.at) from trajectory_event r where r.tenant_id = e.tenant_id and r.trajectory_id = e.trajectory_id and r.kind = 'resume' and r.at > e.at) - e.at))), 0) / 86400
            from trajectory_event e where e.tenant_id = t.tenant_id and e.trajectory_id = t.id and e.kind = 'pause' and e.at >= t.phase_entered_at)::double precision as paused_days
        from trajectory t where t.tenant_id = y.tenant_id and t.youth_id = y.id
        order by t.status = 'closed', t.started_at desc limit 1
      ) tr on true
      where y.id = any(p_youth);
    end $$`.execute(db);

  await sql`
    create function youth_fact_refresh(p_youth uuid[]) returns void language plpgsql as $$
    begin
      if coalesce(cardinality(p_youth), 0) = 0 then return; end if;
      -- A row to lock for each youth (sorted, so two writers never wait on each other crosswise),
      -- then the facts, read after the lock is held.
      insert into youth_fact (tenant_id, youth_id) select y.tenant_id, y.id from youth y where y.id = any(p_youth) order by y.id on conflict do nothing;
      perform 1 from youth_fact f join youth y on y.tenant_id = f.tenant_id and y.id = f.youth_id where y.id = any(p_youth) order by f.youth_id for update of f;
      update youth_fact f set trajectory_id = c.trajectory_id, status = c.status, phase_entered_at = c.phase_entered_at,
          current_phase_id = c.current_phase_id, paused_days = c.paused_days, first_signed = c.first_signed, last_contact = c.last_contact,
          reached = c.reached, first_attempt = c.first_attempt, attempts = c.attempts, last_assessed = c.last_assessed, actions = c.actions,
          meeting = c.meeting, conditions = c.conditions, reports = c.reports, handovers = c.handovers, aftercare = c.aftercare, follow_up = c.follow_up
        from youth_fact_compute(p_youth) c where f.tenant_id = c.tenant_id and f.youth_id = c.youth_id;
    end $$`.execute(db);

  // One trigger per table and event (a trigger with a transition table has one event), once per
  // statement: a statement that writes many rows (an import, a group's report) refreshes each youth once.
  await sql`
    create function youth_fact_touched() returns trigger language plpgsql as $$
    declare touched uuid[];
    begin
      if TG_OP = 'INSERT' then select array_agg(distinct youth_id) into touched from new_rows;
      elsif TG_OP = 'UPDATE' then select array_agg(distinct youth_id) into touched from (select youth_id from new_rows union select youth_id from old_rows) r;
      else select array_agg(distinct youth_id) into touched from old_rows; end if;
      perform youth_fact_refresh(touched);
      return null;
    end $$`.execute(db);
  // A group's report, or the group itself (its name is in the facts): every youth ever in the group.
  await sql`create index youth_group_member_group on youth_group_member (tenant_id, group_id)`.execute(db);
  await sql`
    create function youth_fact_group_touched() returns trigger language plpgsql as $$
    declare touched uuid[];
    begin
      if TG_TABLE_NAME = 'youth_group' then
        if TG_OP = 'INSERT' then return null; end if;
        select array_agg(distinct m.youth_id) into touched from youth_group_member m where (m.tenant_id, m.group_id) in (select tenant_id, id from old_rows);
      elsif TG_OP = 'DELETE' then
        select array_agg(distinct m.youth_id) into touched from youth_group_member m where (m.tenant_id, m.group_id) in (select tenant_id, group_id from old_rows);
      else
        select array_agg(distinct m.youth_id) into touched from youth_group_member m where (m.tenant_id, m.group_id) in (select tenant_id, group_id from new_rows);
      end if;
      perform youth_fact_refresh(touched);
      return null;
    end $$`.execute(db);

  // A new youth has no history yet: an empty row, so every youth has one.
  await sql`
    create function youth_fact_youth_added() returns trigger language plpgsql as $$
    begin
      insert into youth_fact (tenant_id, youth_id) select tenant_id, id from new_rows on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create trigger youth_fact_youth_insert after insert on youth referencing new table as new_rows for each statement execute function youth_fact_youth_added()`.execute(db);

  for (const table of [...YOUTH_ID_TABLES, 'group_report', 'youth_group']) {
    const fn = sql.raw(table === 'group_report' || table === 'youth_group' ? 'youth_fact_group_touched' : 'youth_fact_touched');
    const t = sql.table(table);
    await sql`create trigger ${sql.raw(`youth_fact_${table}_insert`)} after insert on ${t} referencing new table as new_rows for each statement execute function ${fn}()`.execute(db);
    await sql`create trigger ${sql.raw(`youth_fact_${table}_update`)} after update on ${t} referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`.execute(db);
    await sql`create trigger ${sql.raw(`youth_fact_${table}_delete`)} after delete on ${t} referencing old table as old_rows for each statement execute function ${fn}()`.execute(db);
  }

  // Every youth there is, once.
  await sql`select youth_fact_refresh(array(select id from youth))`.execute(db);
  await sql`analyze youth_fact`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...YOUTH_ID_TABLES, 'group_report', 'youth_group']) {
    for (const event of ['insert', 'update', 'delete']) await sql`drop trigger ${sql.raw(`youth_fact_${table}_${event}`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop trigger youth_fact_youth_insert on youth`.execute(db);
  await sql`drop function youth_fact_youth_added(), youth_fact_group_touched(), youth_fact_touched(), youth_fact_refresh(uuid[]), youth_fact_compute(uuid[])`.execute(db);
  await sql`drop index youth_group_member_group`.execute(db);
  await sql`drop table youth_fact`.execute(db);
}
