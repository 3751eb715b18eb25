import { sql, type RawBuilder } from 'kysely';
import { resultArea } from '../../core/closing/result-areas.js';
import type { DashboardScope } from '../../core/dashboard/scope.js';
import type { Period } from '../../core/dashboard/period.js';
import { PREPARED, type Db } from '../../platform/db/index.js';
import { REACHED } from '../outreach/outreach.repository.js';

/**
 * The dashboard's aggregates, grouped in the database — never a loop over youth here. Each
 * table's aggregate is a query over the youth in scope (`sy`): the tenant's youth, narrowed to
 * teams and/or to the organisation of the youth's main coach (the latest 'coach' assignment).
 * `aggregatesOf` runs all of a view's in one statement, so the youth in scope are looked up
 * once. Calendar days and quarters are Europe/Amsterdam.
 */
export interface Query { tenantId: string; scope: Pick<DashboardScope, 'teamIds' | 'organisationId'>; period: Period }

type RowOf<B> = B extends RawBuilder<infer R> ? R : never;

/**
 * The aggregates of one view, each as a JSON list of its rows, in one statement — one snapshot,
 * so the linked tables count the same youth while coaches write. PREPARED (its text is fixed
 * per kind of scope, the filters are parameters) and run on its generic plan: with a custom
 * plan PostgreSQL planned it again on every run (5.8 ms of a team dashboard's 28 when these were
 * ten statements), and the generic plan runs as fast (bench/HISTORY.md).
 */
export async function aggregatesOf<P extends Record<string, RawBuilder<unknown>>>(db: Db, q: Query, parts: P): Promise<{ [K in keyof P]: RowOf<P[K]>[] }> {
  const columns = Object.entries(parts).map(([name, part]) => sql`(select coalesce(json_agg(x), '[]') from (${part}) x) as ${sql.ref(name)}`);
  return db.transaction().execute(async (trx) => {
    await sql`set local plan_cache_mode = force_generic_plan`.execute(trx);
    const { rows: [row] } = await sql<{ [K in keyof P]: RowOf<P[K]>[] }>`${PREPARED} with sy as materialized (${scoped(q)})
      select ${sql.join(columns)}`.execute(trx);
    return row!;
  });
}

const AMS = sql.lit('Europe/Amsterdam');
/** The first moment of a day, and the first moment after the last day (both Amsterdam). */
const dayStart = (d: string) => sql`(${d}::date::timestamp at time zone ${AMS})`;
const dayAfter = (d: string) => sql`((${d}::date + 1)::timestamp at time zone ${AMS})`;
const quarter = (ts: RawBuilder<unknown>) => sql`date_trunc('quarter', ${ts} at time zone ${AMS})::date::text`;

function scoped(q: Query) {
  const { teamIds, organisationId } = q.scope;
  // The main coaches once, as their own step: as a subquery per youth the planner may run it
  // again for every youth when its estimates are off (161 times on the demo, 160 ms instead of 2).
  return sql`${organisationId ? sql`with mc as materialized (select distinct on (yc.youth_id) yc.youth_id, yc.user_id from youth_coach yc
        where yc.tenant_id = ${q.tenantId} and yc.kind = 'coach' order by yc.youth_id, yc.since desc, yc.id desc)` : sql``}
    select y.id, y.created_at, y.signal_source, y.neighbourhood from youth y
    ${organisationId ? sql`join mc on mc.youth_id = y.id join app_user u on u.id = mc.user_id and u.organisation_id = ${organisationId}::uuid` : sql``}
    where y.tenant_id = ${q.tenantId}
    ${teamIds ? sql`and y.team_id = any(${teamIds}::uuid[])` : sql``}`;
}

/**
 * The rows of a table about youth (tenant_id, youth_id, …), for the youth in scope (`sy`). A
 * team's few hundred youth are looked up one by one on the table's (tenant_id, youth_id) index;
 * joined at once, the planner reads the whole tenant's rows of the period and hashes them (5 ms
 * instead of 2 for a team in Rotterdam). `offset 0` keeps it from turning the lookup back into
 * that join. The municipality and an organisation, most of the tenant, are joined at once.
 */
function ofYouthInScope(q: Query, table: 'trajectory' | 'trajectory_event' | 'assessment' | 'result_measurement', alias: string, where: RawBuilder<unknown>) {
  const t = sql.table(table);
  const a = sql.raw(alias);
  return q.scope.teamIds
    ? sql`(select ${a}.* from sy cross join lateral (select * from ${t} ${a} where ${a}.tenant_id = ${q.tenantId} and ${a}.youth_id = sy.id and ${where} offset 0) ${a})`
    : sql`(select ${a}.* from ${t} ${a} join sy on sy.id = ${a}.youth_id where ${a}.tenant_id = ${q.tenantId} and ${where})`;
}

const registeredIn = (q: Query) => sql`sy.created_at >= ${dayStart(q.period.from)} and sy.created_at < ${dayAfter(q.period.to)}`;

export type InflowRow = { row: string; q: string; n: number };

/** 1 and 2: youth registered in the period per signal source (or neighbourhood) and quarter. */
export const inflow = (q: Query, by: 'signal_source' | 'neighbourhood') => sql<InflowRow>`
    select coalesce(sy.${sql.ref(by)}, '') as row, ${quarter(sql`sy.created_at`)} as q, count(*)::int as n
    from sy where ${registeredIn(q)} group by 1, 2`;

/**
 * 3: open trajectories at the end of the period by the phase they were in then: the newest
 * event that put the trajectory in a phase before that moment (trajectory_event), so a past
 * period shows its own end, not today.
 */
export function phaseAtEnd(q: Query) {
  const end = dayAfter(q.period.to);
  return sql<{ phase_id: string; n: number }>`
    select cur.to_phase_id as phase_id, count(*)::int as n
    from ${ofYouthInScope(q, 'trajectory', 't', sql`t.started_at < ${end} and (t.closed_at is null or t.closed_at >= ${end})`)} t
    join lateral (select e.to_phase_id from trajectory_event e where e.tenant_id = t.tenant_id and e.trajectory_id = t.id
      and e.to_phase_id is not null and e.at < ${end} order by e.at desc, e.seq desc limit 1) cur on true
    group by 1`;
}

/**
 * 4: stays in a phase that ended in the period (moved on, back, or closed): how many, how many
 * took longer than the phase's planned weeks, and the median days. Pauses count as days here
 * (the worklist's phase clock leaves them out).
 */
export function phaseStays(q: Query) {
  return sql<{ phase_id: string; n: number; over: number; median: number | null }>`with
    -- A stay ended in the period where a phase event of the period follows an earlier one of
    -- the trajectory: look up that predecessor per event of the period (an index lookup), rather
    -- than a window over every phase event of the tenant.
    ends as (select x.trajectory_id, x.at, x.seq from ${ofYouthInScope(q, 'trajectory_event', 'x',
      sql`x.kind in ('start', 'reopen', 'forward', 'back', 'close') and x.at >= ${dayStart(q.period.from)} and x.at < ${dayAfter(q.period.to)}`)} x),
    stays as (
      select prev.to_phase_id as phase_id, extract(epoch from (x.at - prev.at)) / 86400 as days
      from ends x join lateral (select e.to_phase_id, e.at from trajectory_event e
        where e.tenant_id = ${q.tenantId} and e.trajectory_id = x.trajectory_id and e.kind in ('start', 'reopen', 'forward', 'back', 'close')
          and (e.at, e.seq) < (x.at, x.seq) order by e.at desc, e.seq desc limit 1) prev on true)
    select s.phase_id, count(*)::int as n,
      count(*) filter (where p.planned_weeks is not null and s.days > p.planned_weeks * 7)::int as over,
      percentile_cont(0.5) within group (order by s.days)::float8 as median
    from stays s join phase p on p.id = s.phase_id
    where s.phase_id is not null
    group by s.phase_id`;
}

export type ShareRow = { q: string; met: number; missed: number; open: number };

/**
 * 5a: the plan norm per quarter of the deadline (registration + N weeks), as planNormShare
 * counts it: signed by the deadline is met; past the deadline, or signed late, is missed; the
 * rest is still open.
 */
export function planNorm(q: Query, weeks: number, today: string) {
  const days = weeks * 7;
  return sql<ShareRow>`with
    d as (
      select (sy.created_at at time zone ${AMS})::date + ${days}::int as deadline,
        (select (min(p.signed_at) at time zone ${AMS})::date from plan_version p
          where p.tenant_id = ${q.tenantId} and p.youth_id = sy.id and p.signed_at is not null) as signed_on
      from sy where sy.created_at >= ${dayStart(q.period.from)} - make_interval(days => ${days + 1}::int)
        and sy.created_at < ${dayAfter(q.period.to)} - make_interval(days => ${days - 1}::int))
    select date_trunc('quarter', deadline)::date::text as q,
      count(*) filter (where signed_on <= deadline)::int as met,
      count(*) filter (where (signed_on is null or signed_on > deadline) and (deadline < ${today}::date or signed_on is not null))::int as missed,
      count(*) filter (where signed_on is null and deadline >= ${today}::date)::int as open
    from d where deadline between ${q.period.from}::date and ${q.period.to}::date group by 1`;
}

/**
 * 5b: each group report of the period, per member youth at the time of the report: the first
 * contact after it (a contactmoment — group contacts are one per member present — or an
 * attempt that reached the youth) within N hours is met; later, or none while the time is up,
 * missed; else open. As groupResponseShare and the worklist count it.
 */
export function groupResponse(q: Query, hours: number, now: Date) {
  const reached = sql.join(REACHED);
  return sql<ShareRow>`with
    clocks as (
      select r.reported_at, r.reported_at + make_interval(hours => ${hours}::int) as due_at, least(
        (select min(c.happened_at) from contact c where c.tenant_id = r.tenant_id and c.youth_id = m.youth_id and c.happened_at >= r.reported_at),
        (select min(a.at) from contact_attempt a where a.tenant_id = r.tenant_id and a.youth_id = m.youth_id and a.at >= r.reported_at and a.outcome in (${reached}))) as answered_at
      from group_report r join youth_group_member m on m.tenant_id = r.tenant_id and m.group_id = r.group_id join sy on sy.id = m.youth_id
      where r.tenant_id = ${q.tenantId} and m.since <= r.created_at and (m.until is null or m.until > r.created_at)
        and r.reported_at >= ${dayStart(q.period.from)} and r.reported_at < ${dayAfter(q.period.to)})
    select ${quarter(sql`reported_at`)} as q,
      count(*) filter (where answered_at <= due_at)::int as met,
      count(*) filter (where answered_at > due_at or (answered_at is null and ${now}::timestamptz > due_at))::int as missed,
      count(*) filter (where answered_at is null and ${now}::timestamptz <= due_at)::int as open
    from clocks group by 1`;
}

/** The answers to "Werk gevonden?" that count as work found (Bijlage 5: 'ja'). */
const WORK_FOUND = sql.join([...resultArea('work')!.progress]);

/**
 * 7: the cohort registered in the period, grouped by which later steps each youth reached
 * (the funnel's monotonic counting is core/dashboard/funnel.ts):
 * started — a phase after the first was reached; placed — a placement of any kind;
 * regular work — a regular job, a closing for a reason that counts as regular work, or work
 * found in a result measurement;
 * working after six months — asked once, at six months after a closing: the six-month result
 * measurement where there is one, else the first aftercare check from day 182 on that asked
 * about work. A later answer does not change it (a yes at ten months after a no at six is not
 * "still working after six months").
 */
export function funnelGroups(q: Query) {
  const t = q.tenantId;
  // One pass: the cohort first, then each step's youth among it (a join per source, grouped
  // once), not an `exists` per youth — the per-youth subplans cost JIT compilation on PostgreSQL.
  return sql<{ started: boolean; placed: boolean; regular: boolean; working: boolean; n: number }>`with
    c as materialized (select sy.id from sy where ${registeredIn(q)}),
    st as (select distinct e.youth_id from trajectory_event e join c on c.id = e.youth_id join phase p on p.id = e.to_phase_id
      where e.tenant_id = ${t} and p.position > (select min(f.position) from phase f where f.tenant_id = ${t} and f.active)),
    pl as (select pl.youth_id, bool_or(pl.kind = 'regular_job') as regular from placement pl join c on c.id = pl.youth_id
      where pl.tenant_id = ${t} group by pl.youth_id),
    tr as (select distinct tr.youth_id from trajectory tr join c on c.id = tr.youth_id
      join option_list_item o on o.tenant_id = tr.tenant_id and o.list = 'closing_reason' and o.key = tr.closing_reason
      where tr.tenant_id = ${t} and o.counts_as = 'regular_work'),
    rm as (select m.youth_id, m.trajectory_id, m.moment, a.answer in (${WORK_FOUND}) as found from result_measurement m
      join result_answer a on a.tenant_id = m.tenant_id and a.measurement_id = m.id and a.area = 'work' join c on c.id = m.youth_id
      where m.tenant_id = ${t}),
    ac as (select distinct on (ac.trajectory_id) ac.trajectory_id, ac.youth_id, ac.still_working
      from aftercare_contact ac join trajectory tr on tr.id = ac.trajectory_id join c on c.id = ac.youth_id
      where ac.tenant_id = ${t} and ac.still_working is not null and tr.closed_at is not null and ac.held_on >= (tr.closed_at at time zone ${AMS})::date + 182
      order by ac.trajectory_id, ac.held_on, ac.created_at),
    six as (select coalesce(m.youth_id, ac.youth_id) as youth_id, bool_or(coalesce(m.found, ac.still_working)) as working
      from (select * from rm where rm.moment = 'after_6_months') m full join ac on ac.trajectory_id = m.trajectory_id group by 1),
    found as (select rm.youth_id from rm group by 1 having bool_or(rm.found))
    select st.youth_id is not null as started, pl.youth_id is not null as placed,
      (coalesce(pl.regular, false) or tr.youth_id is not null or found.youth_id is not null) as regular,
      coalesce(six.working, false) as working, count(*)::int as n
    from c left join st on st.youth_id = c.id left join pl on pl.youth_id = c.id left join tr on tr.youth_id = c.id
      left join found on found.youth_id = c.id left join six on six.youth_id = c.id
    group by 1, 2, 3, 4`;
}

/** 8: result measurements at one moment, measured in the period: answers per result area. */
export function resultAnswers(q: Query, moment: string) {
  return sql<{ area: string; answer: string; n: number }>`
    select a.area, a.answer, count(*)::int as n
    from ${ofYouthInScope(q, 'result_measurement', 'm', sql`m.moment = ${moment} and m.measured_on between ${q.period.from}::date and ${q.period.to}::date`)} m
    join result_answer a on a.tenant_id = m.tenant_id and a.measurement_id = m.id
    group by 1, 2`;
}

/**
 * 9: youth with a closing assessment in the period (their latest there) and a baseline (their
 * first): per life domain scored in both, how many, the averages and the average change.
 */
export function domainChange(q: Query) {
  const t = q.tenantId;
  return sql<{ domain: string; n: number; baseline: number; closing: number; change: number }>`with
    closing as (
      select distinct on (a.youth_id) a.youth_id, a.id
      from ${ofYouthInScope(q, 'assessment', 'a', sql`a.moment = 'closing' and a.assessed_on between ${q.period.from}::date and ${q.period.to}::date`)} a
      order by a.youth_id, a.assessed_on desc, a.created_at desc),
    -- Each youth's first baseline, looked up for each closing (a join had the planner pair every
    -- closing with every baseline).
    pairs as (select c.youth_id, c.id as closing_id, b.id as baseline_id from closing c
      cross join lateral (select b.id from assessment b where b.tenant_id = ${t} and b.youth_id = c.youth_id and b.moment = 'baseline'
        order by b.assessed_on, b.created_at limit 1) b),
    -- The scores of just these two assessments per youth, looked up by id (a join would have the
    -- planner hash every score of the tenant), tagged closing or baseline.
    tagged as (select p.youth_id, s.domain_key, s.score, s.assessment_id = p.closing_id as at_closing
      from pairs p cross join lateral (select s.assessment_id, s.domain_key, s.score from assessment_score s
        where s.assessment_id in (p.closing_id, p.baseline_id)) s),
    -- Per youth and domain the closing and the baseline score side by side, grouped once (a self-join
    -- on the domain made the planner pair every closing score with every baseline score).
    per as (select youth_id, domain_key, max(score) filter (where at_closing) as closing, max(score) filter (where not at_closing) as baseline
      from tagged group by 1, 2)
    select domain_key as domain, count(*)::int as n, avg(baseline)::float8 as baseline, avg(closing)::float8 as closing, avg(closing - baseline)::float8 as change
    from per where closing is not null and baseline is not null
    group by domain_key`;
}

/**
 * What the labels come from: the signal sources' list, the phases, the life domains, the teams'
 * neighbourhoods (the rows policy users see inflow by); and the tenant's units for the filters.
 * One statement (a list per column) instead of seven round trips.
 */
export async function labels(db: Db, tenantId: string) {
  const list = <T>(text: ReturnType<typeof sql>) => sql<T[]>`coalesce((${text}), '[]')`;
  const row = await db.selectFrom('tenant as tn').select([
    'tn.name',
    list<{ key: string; label: string }>(sql`select json_agg(json_build_object('key', o.key, 'label', o.label) order by o.position)
      from option_list_item o where o.tenant_id = tn.id and o.list = 'signal_source'`).as('sources'),
    list<{ id: string; name: string; planned_weeks: number | null }>(sql`select json_agg(json_build_object('id', p.id, 'name', p.name, 'planned_weeks', p.planned_weeks) order by p.position)
      from phase p where p.tenant_id = tn.id and p.active`).as('phases'),
    list<{ key: string; label: string }>(sql`select json_agg(json_build_object('key', d.key, 'label', d.label) order by d.position)
      from life_domain d where d.tenant_id = tn.id and d.active`).as('domains'),
    list<{ id: string; name: string }>(sql`select json_agg(json_build_object('id', t.id, 'name', t.name) order by t.name)
      from team t where t.tenant_id = tn.id`).as('teams'),
    list<{ id: string; name: string }>(sql`select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
      from organisation o where o.tenant_id = tn.id`).as('organisations'),
    list<string>(sql`select json_agg(n.neighbourhood order by n.neighbourhood)
      from (select distinct t.neighbourhood from team t where t.tenant_id = tn.id and t.neighbourhood is not null) n`).as('neighbourhoods'),
  ]).where('tn.id', '=', tenantId).executeTakeFirstOrThrow();
  return { tenant: row.name, sources: row.sources, phases: row.phases, domains: row.domains, teams: row.teams, organisations: row.organisations, neighbourhoods: row.neighbourhoods };
}
