import { sql, type Kysely } from 'kysely';

/**
 * Two more of the worklist's facts kept on write (`youth_fact`, migration 20261206T0400): which
 * youth can still raise a signal, and their running placements.
 *
 * The worklist picked its youth on every read by five lookups per youth of the caseload or team
 * (a running trajectory, a warm handover, an aftercare plan, a supervisor's weekly form, a group),
 * and read each youth's running placements with their evaluations and subsidies by three more.
 * For a team lead's 233 youth (89 of them still watched) that was 1.1 of the facts statement's
 * 3.7 ms in PostgreSQL. Now each youth's row holds `last_watched` — until when the youth is
 * watched (the worklist compares it with its own "now", which is not the database's) — and
 * `placements`, and the worklist reads one row per youth.
 *
 * `youth_fact_compute` is replaced with the two facts added (the rest as it was, the placements'
 * order now fixed so a fact computed twice is the same), refresh sets them, and triggers on the
 * tables they come from (weekly forms, placements, their evaluations and subsidies; a workplace
 * or an employer renamed: the youth placed there now) keep them. Frozen once landed.
 */
const YOUTH_ID_TABLES = ['weekly_form', 'placement', 'placement_evaluation', 'placement_subsidy'];

export async function up(db: Kysely<any>): Promise<void> {
  // New rows (a youth just registered: no trajectory yet) are watched.
  await sql`alter table youth_fact add column last_watched timestamptz not null default 'infinity', add column placements jsonb`.execute(db);

  await sql`
    create or replace function youth_fact_compute(p_youth uuid[]) returns setof youth_fact language plpgsql stable rows 10 set plan_cache_mode = force_generic_plan as $$
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
          from trajectory t2 where t2.tenant_id = y.tenant_id and t2.id = tr.trajectory_id and t2.status = 'closed' and t2.closed_at is not null),
        -- Until when the youth can raise a signal, as the worklist picked them on every read:
        -- 'infinity' while a trajectory runs (or none was started yet), a warm handover is still to ask
        -- after, or they are in a group; else the latest of the closing, the aftercare plan's last day
        -- (its end in Amsterdam), a supervisor's weekly form and the day they left a group.
        coalesce(greatest(
          (select case when count(*) = 0 or bool_or(t.status <> 'closed') then 'infinity'::timestamptz else max(t.closed_at) end
            from trajectory t where t.tenant_id = y.tenant_id and t.youth_id = y.id),
          (select 'infinity'::timestamptz from warm_handover h where h.tenant_id = y.tenant_id and h.youth_id = y.id
            and (h.checked_on is null or (h.landed = false and h.check_due_on > h.checked_on)) limit 1),
          (select (max(ap.ends_on) + 1)::timestamp at time zone 'Europe/Amsterdam' from aftercare_plan ap where ap.tenant_id = y.tenant_id and ap.youth_id = y.id),
          (select max(wf.submitted_at) from weekly_form wf where wf.tenant_id = y.tenant_id and wf.youth_id = y.id and wf.filled_by = 'supervisor'),
          (select case when bool_or(m.until is null) then 'infinity'::timestamptz else max(m.until) end
            from youth_group_member m where m.tenant_id = y.tenant_id and m.youth_id = y.id)), '-infinity'),
        -- Running placements: evaluations not yet held, subsidies ending, the planned end.
        (select jsonb_agg(jsonb_build_object('id', pl.id, 'planned_end_on', pl.planned_end_on, 'workplace', w.name, 'employer', e.name,
            'evaluations', (select jsonb_agg(pe.planned_on order by pe.planned_on, pe.id) from placement_evaluation pe
              where pe.tenant_id = pl.tenant_id and pe.placement_id = pl.id and pe.held_on is null),
            'subsidies', (select jsonb_agg(jsonb_build_object('ends_on', ps.ends_on, 'kind', ps.kind) order by ps.ends_on, ps.id) from placement_subsidy ps
              where ps.tenant_id = pl.tenant_id and ps.placement_id = pl.id and ps.ends_on is not null)) order by pl.starts_on, pl.id)
          from placement pl join workplace w on w.id = pl.workplace_id join employer e on e.id = w.employer_id
          where pl.tenant_id = y.tenant_id and pl.youth_id = y.id and pl.ended_on is null)
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
    create or replace function youth_fact_refresh(p_youth uuid[]) returns void language plpgsql as $$
    begin
      if coalesce(cardinality(p_youth), 0) = 0 then return; end if;
      -- A row to lock for each youth (sorted, so two writers never wait on each other crosswise),
      -- then the facts, read after the lock is held.
      insert into youth_fact (tenant_id, youth_id) select y.tenant_id, y.id from youth y where y.id = any(p_youth) order by y.id on conflict do nothing;
      perform 1 from youth_fact f join youth y on y.tenant_id = f.tenant_id and y.id = f.youth_id where y.id = any(p_youth) order by f.youth_id for update of f;
      update youth_fact f set trajectory_id = c.trajectory_id, status = c.status, phase_entered_at = c.phase_entered_at,
          current_phase_id = c.current_phase_id, paused_days = c.paused_days, first_signed = c.first_signed, last_contact = c.last_contact,
          reached = c.reached, first_attempt = c.first_attempt, attempts = c.attempts, last_assessed = c.last_assessed, actions = c.actions,
          meeting = c.meeting, conditions = c.conditions, reports = c.reports, handovers = c.handovers, aftercare = c.aftercare, follow_up = c.follow_up,
          last_watched = c.last_watched, placements = c.placements
        from youth_fact_compute(p_youth) c where f.tenant_id = c.tenant_id and f.youth_id = c.youth_id;
    end $$`.execute(db);

  // The running placements at a workplace: whose facts name it when it (or its employer) is renamed.
  await sql`create index placement_running_workplace on placement (tenant_id, workplace_id) where ended_on is null`.execute(db);
  await sql`
    create function youth_fact_workplace_touched() returns trigger language plpgsql as $$
    declare touched uuid[];
    begin
      if TG_TABLE_NAME = 'workplace' then
        select array_agg(distinct pl.youth_id) into touched from placement pl
          where pl.ended_on is null and (pl.tenant_id, pl.workplace_id) in (select tenant_id, id from new_rows);
      else
        select array_agg(distinct pl.youth_id) into touched from placement pl join workplace w on w.id = pl.workplace_id
          where pl.ended_on is null and (w.tenant_id, w.employer_id) in (select tenant_id, id from new_rows) and pl.tenant_id = w.tenant_id;
      end if;
      perform youth_fact_refresh(touched);
      return null;
    end $$`.execute(db);

  for (const table of YOUTH_ID_TABLES) {
    const t = sql.table(table);
    await sql`create trigger ${sql.raw(`youth_fact_${table}_insert`)} after insert on ${t} referencing new table as new_rows for each statement execute function youth_fact_touched()`.execute(db);
    await sql`create trigger ${sql.raw(`youth_fact_${table}_update`)} after update on ${t} referencing old table as old_rows new table as new_rows for each statement execute function youth_fact_touched()`.execute(db);
    await sql`create trigger ${sql.raw(`youth_fact_${table}_delete`)} after delete on ${t} referencing old table as old_rows for each statement execute function youth_fact_touched()`.execute(db);
  }
  // A new workplace or employer is in no one's facts yet, and one with placements cannot be deleted.
  for (const table of ['workplace', 'employer']) {
    await sql`create trigger ${sql.raw(`youth_fact_${table}_update`)} after update on ${sql.table(table)} referencing new table as new_rows for each statement execute function youth_fact_workplace_touched()`.execute(db);
  }

  // Every youth there is, once.
  await sql`select youth_fact_refresh(array(select id from youth))`.execute(db);
  await sql`analyze youth_fact`.execute(db);
}
