import { sql } from 'kysely';
import type { YouthFacts } from '../../core/norms/norm-engine.js';
import { quarterOf } from '../../core/norms/norm-performance.js';
import { amsterdamDate, displayName } from '../../core/youth/youth-rules.js';
import { PREPARED, type Db } from '../../platform/db/index.js';
import { currentCoachIds } from '../youth/youth.repository.js';


/** A warm handover still to be asked after, as core/closing's handoverOpen (and youth_fact_compute's handovers): never checked, or not landed with a later day set. */
const OPEN_HANDOVER = sql<boolean>`(h.checked_on is null or (h.landed = false and h.check_due_on > h.checked_on))`;

/**
 * The youth a worklist covers: a coach's current caseload, or the youth of a team lead's
 * teams. Tenant-leading, on indexes (youth_coach_user, youth_team): the list costs what the
 * caseload costs, never a scan of the tenant.
 *
 * With `watchedSince` only the youth that can still raise a signal: a running trajectory (or
 * none yet), one closed since that moment (aftercare and the measurements are watched for
 * FOLLOW_UP_WATCH_MONTHS), a warm handover still to check, an aftercare plan ending since, a
 * supervisor's weekly form since, or a group they were in since (its reports count in the team
 * lead's norm performance). In a city that has worked for years most of a coach's youth closed
 * long ago; the norm engine decides, this only leaves out who it would pass over (each clause
 * reaches further back than the engine looks).
 */
export async function youthIdsOf(db: Db, tenantId: string, scope: { coachId: string } | { teamIds: string[] }, watchedSince?: Date) {
  if (!('coachId' in scope) && scope.teamIds.length === 0) return [];
  const base = 'coachId' in scope
    ? db.selectFrom('youth_coach as y').select('y.youth_id as id').distinct()
      .where('y.tenant_id', '=', tenantId).where('y.user_id', '=', scope.coachId).where('y.until', 'is', null)
    : db.selectFrom('youth as y').select('y.id').where('y.tenant_id', '=', tenantId).where('y.team_id', 'in', scope.teamIds);
  const youthId = sql.ref('coachId' in scope ? 'y.youth_id' : 'y.id');
  const rows = await (watchedSince ? base.where(sql<boolean>`(
      -- One aggregate per youth on (tenant_id, youth_id): an exists here became a scan of every trajectory of the tenant.
      (select count(*) = 0 or coalesce(bool_or(t.status <> 'closed' or t.closed_at >= ${watchedSince}), false)
        from trajectory t where t.tenant_id = ${tenantId} and t.youth_id = ${youthId})
      or exists (select 1 from warm_handover h where h.tenant_id = ${tenantId} and h.youth_id = ${youthId} and ${OPEN_HANDOVER})
      or exists (select 1 from aftercare_plan ap where ap.tenant_id = ${tenantId} and ap.youth_id = ${youthId} and ap.ends_on >= ${watchedSince}::date)
      or exists (select 1 from weekly_form f where f.tenant_id = ${tenantId} and f.youth_id = ${youthId} and f.filled_by = 'supervisor' and f.submitted_at >= ${watchedSince})
      or exists (select 1 from youth_group_member m where m.tenant_id = ${tenantId} and m.youth_id = ${youthId} and (m.until is null or m.until >= ${watchedSince})))`) : base).execute();
  return rows.map((r) => r.id);
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d));
const dateText = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/**
 * Everything the norm engine needs about these youth: the facts kept for each youth on write
 * (`youth_fact`, migration 20261206T0400), with the youth's name, team and current coaches and the
 * phase's settings joined as they are now; plus the placement dates — two round trips, one row
 * per youth, whatever the length of each file.
 */
export async function factsOf(db: Db, tenantId: string, youthIds: string[], now: Date): Promise<(YouthFacts & { teamId: string; coachIds: string[] })[]> {
  if (youthIds.length === 0) return [];
  // Reports of the last 90 days, and at least of this quarter (the team lead's norm performance).
  const since = Math.min(now.getTime() - 90 * 86_400_000, Date.parse(`${quarterOf(amsterdamDate(now)).from}T00:00:00+01:00`));
  const [rows, placementDates] = await Promise.all([
    db.selectFrom('youth as y')
      .leftJoin('youth_fact as f', (join) => join.onRef('f.youth_id', '=', 'y.id').on('f.tenant_id', '=', tenantId))
      .leftJoin('phase as p', (join) => join.onRef('p.id', '=', 'f.current_phase_id').on('p.tenant_id', '=', tenantId))
      .select(['y.id', 'y.team_id', 'y.first_name', 'y.last_name', 'y.nickname', 'y.birth_date', 'y.created_at',
        'f.status', 'f.phase_entered_at', 'p.name as phase_name', 'p.planned_weeks', 'f.paused_days',
        sql<boolean>`p.position = (select min(ph.position) from phase ph where ph.tenant_id = p.tenant_id and ph.active)`.as('phase_is_first'),
        currentCoachIds.as('coach_ids'),
        'f.first_signed', 'f.last_contact', 'f.reached', 'f.first_attempt', 'f.attempts', 'f.last_assessed', 'f.actions', 'f.meeting',
        'f.conditions', 'f.reports', 'f.handovers', 'f.aftercare', 'f.follow_up'])
      // One array parameter, not a list of them: the statement's text is the same whatever the
      // caseload, so it is prepared once per connection.
      .where('y.tenant_id', '=', tenantId).where(sql<boolean>`y.id = any(${youthIds}::uuid[])`).modifyFront(PREPARED).execute(),
    placementDatesOf(db, tenantId, youthIds),
  ]);
  const datesBy = new Map<string, Omit<(typeof placementDates)[number], 'youth_id'>[]>();
  for (const { youth_id, ...d } of placementDates) datesBy.set(youth_id, [...(datesBy.get(youth_id) ?? []), d]);

  return rows.map((y) => {
    const lastContact = [y.last_contact, y.reached].filter(Boolean).map((d) => new Date(d as Date)).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    return {
      id: y.id, teamId: y.team_id, displayName: displayName(y), registeredAt: new Date(y.created_at), birthDate: dateText(y.birth_date),
      coachIds: y.coach_ids,
      trajectory: y.status ? {
        status: y.status, phaseName: y.phase_name!, phaseIsFirst: Boolean(y.phase_is_first),
        phaseEnteredAt: new Date(y.phase_entered_at!), plannedWeeks: y.planned_weeks ?? null, pausedDays: Math.round(Number(y.paused_days ?? 0)),
      } : null,
      firstPlanSignedAt: iso(y.first_signed),
      lastContactAt: lastContact,
      firstAttemptAt: iso(y.first_attempt),
      attempts: Number(y.attempts ?? 0),
      lastAssessmentOn: dateText(y.last_assessed),
      openActions: (y.actions ?? []).map((a) => ({ id: a.id, description: a.description, dueOn: dateText(a.due_on) })),
      nextMeeting: y.meeting?.next_meeting_on ? { meetingId: y.meeting.id, on: dateText(y.meeting.next_meeting_on)! } : null,
      occurredConditions: (y.conditions ?? []).map((c) => ({ conditionId: c.id, meetingId: c.meeting_id, text: c.text, occurredAt: new Date(c.occurred_at) })),
      placementDates: datesBy.get(y.id) ?? [],
      groupReports: (y.reports ?? []).filter((r) => Date.parse(r.reported_at) >= since).map((r) => ({
        reportId: r.id, groupId: r.group_id, groupName: r.name, reportedAt: new Date(r.reported_at), kind: r.kind, answeredAt: iso(r.answered_at),
      })),
      handoverChecks: (y.handovers ?? []).map((h) => ({ handoverId: h.id, organisation: h.organisation, checkDueOn: dateText(h.check_due_on)! })),
      aftercare: y.aftercare ? {
        plan: { startsOn: dateText(y.aftercare.starts_on)!, endsOn: dateText(y.aftercare.ends_on)!, frequencyWeeks: y.aftercare.frequency_weeks },
        contactsHeldOn: y.aftercare.held.map((d) => dateText(d)!),
      } : null,
      followUp: y.follow_up ? { closedOn: dateText(y.follow_up.closed_on)!, measured: y.follow_up.measured } : null,
    };
  });
}

/** The dates of running placements: evaluations not yet held, subsidies ending, the planned end — one prepared statement. */
async function placementDatesOf(db: Db, tenantId: string, youthIds: string[]) {
  const placements = await db.selectFrom('placement as p').innerJoin('workplace as w', 'w.id', 'p.workplace_id').innerJoin('employer as e', 'e.id', 'w.employer_id')
    .select(['p.id', 'p.youth_id', 'p.planned_end_on', 'w.name as workplace', 'e.name as employer',
      sql<{ planned_on: string }[] | null>`(select json_agg(json_build_object('planned_on', pe.planned_on)) from placement_evaluation pe
        where pe.tenant_id = p.tenant_id and pe.placement_id = p.id and pe.held_on is null)`.as('evaluations'),
      sql<{ ends_on: string; kind: string }[] | null>`(select json_agg(json_build_object('ends_on', ps.ends_on, 'kind', ps.kind)) from placement_subsidy ps
        where ps.tenant_id = p.tenant_id and ps.placement_id = p.id and ps.ends_on is not null)`.as('subsidies')])
    .where('p.tenant_id', '=', tenantId).where(sql<boolean>`p.youth_id = any(${youthIds}::uuid[])`).where('p.ended_on', 'is', null)
    .modifyFront(PREPARED).execute();
  type Row = { youth_id: string; placementId: string; workplace: string; kind: 'evaluation' | 'subsidy_end' | 'planned_end'; on: string; detail?: string };
  const rows: Row[] = [];
  for (const p of placements) {
    const label = { youth_id: p.youth_id, placementId: p.id, workplace: `${p.workplace} · ${p.employer}` };
    if (p.planned_end_on) rows.push({ ...label, kind: 'planned_end', on: dateText(p.planned_end_on)! });
    for (const e of p.evaluations ?? []) rows.push({ ...label, kind: 'evaluation', on: dateText(e.planned_on)! });
    for (const s of p.subsidies ?? []) rows.push({ ...label, kind: 'subsidy_end', on: dateText(s.ends_on)!, detail: s.kind });
  }
  return rows;
}

/**
 * Members of the groups a coach is responsible for who are not on the coach's own caseload:
 * the coach answers the group's reports for them too (IJA: the group's coach acts within 24 hours).
 */
export async function groupMembersOutside(db: Db, tenantId: string, coachId: string, caseload: string[]) {
  const rows = await db.selectFrom('youth_group as g').innerJoin('youth_group_member as m', 'm.group_id', 'g.id')
    .select(['m.youth_id', 'g.id as group_id'])
    .where('g.tenant_id', '=', tenantId).where('g.coach_id', '=', coachId).where('g.active', '=', true).where('m.until', 'is', null).execute();
  const own = new Set(caseload);
  return rows.filter((r) => !own.has(r.youth_id));
}

/** Is this coach responsible for the group of this report, with this youth among its members? */
export async function coachesGroupOfReport(db: Db, tenantId: string, coachId: string, reportId: string, youthId: string) {
  const row = await db.selectFrom('group_report as r').innerJoin('youth_group as g', 'g.id', 'r.group_id')
    .innerJoin('youth_group_member as m', (j) => j.onRef('m.group_id', '=', 'g.id'))
    .select('r.id').where('r.tenant_id', '=', tenantId).where('r.id', '=', reportId).where('g.coach_id', '=', coachId).where('m.youth_id', '=', youthId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Weekly forms a supervisor sent in the last two weeks: the coach hears of each until they acknowledge it. */
export function recentSupervisorForms(db: Db, tenantId: string, youthIds: string[], now: Date) {
  if (youthIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('weekly_form as f').innerJoin('placement as p', 'p.id', 'f.placement_id').innerJoin('workplace as w', 'w.id', 'p.workplace_id')
    .select(['f.id', 'f.youth_id', 'f.placement_id', 'f.week_start', 'f.supervisor_name', 'f.submitted_at', 'w.name as workplace'])
    .where('f.tenant_id', '=', tenantId).where(sql<boolean>`f.youth_id = any(${youthIds}::uuid[])`).where('f.filled_by', '=', 'supervisor')
    .where('f.submitted_at', '>=', new Date(now.getTime() - 14 * 86_400_000)).modifyFront(PREPARED).execute();
}

/** The newest acknowledgement or snooze of each signal of these youth (and of these coaches' caseload signals). */
export async function latestAcks(db: Db, tenantId: string, youthIds: string[], keys: string[]) {
  if (youthIds.length === 0 && keys.length === 0) return new Map<string, { action: string; until: string | null; reason: string; at: Date; by: string }>();
  const rows = await db.selectFrom('signal_ack as a').innerJoin('app_user as u', 'u.id', 'a.by_id')
    .select(['a.signal_key', 'a.action', 'a.until', 'a.reason', 'a.at', 'u.display_name'])
    .distinctOn('a.signal_key')
    .where('a.tenant_id', '=', tenantId)
    .where(sql<boolean>`(a.youth_id = any(${youthIds}::uuid[]) or a.signal_key = any(${keys}::text[]))`)
    .orderBy('a.signal_key').orderBy('a.at', 'desc').orderBy('a.seq', 'desc').execute();
  return new Map(rows.map((r) => [r.signal_key, { action: r.action, until: dateText(r.until), reason: r.reason, at: new Date(r.at), by: r.display_name }]));
}

export function insertAck(db: Db, row: {
  tenant_id: string; id: string; signal_key: string; youth_id: string | null; kind: string; action: 'acknowledged' | 'snoozed' | 'reopened';
  until: string | null; reason: string; by_id: string; at: Date;
}) {
  return db.insertInto('signal_ack').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst()
    .then((r) => r !== undefined);
}

export function ackById(db: Db, id: string) {
  return db.selectFrom('signal_ack').select(['tenant_id', 'by_id', 'signal_key']).where('id', '=', id).executeTakeFirst();
}

export function ackHistory(db: Db, tenantId: string, signalKey: string) {
  return db.selectFrom('signal_ack as a').innerJoin('app_user as u', 'u.id', 'a.by_id')
    .select(['a.id', 'a.action', 'a.until', 'a.reason', 'a.at', 'u.display_name'])
    .where('a.tenant_id', '=', tenantId).where('a.signal_key', '=', signalKey).orderBy('a.at', 'desc').orderBy('a.seq', 'desc').execute();
}

/** Active youth per coach (trajectory not closed), per phase: caseload against each coach's limit. */
export async function caseloads(db: Db, tenantId: string, coachIds: string[]) {
  if (coachIds.length === 0) return [];
  return db.selectFrom('app_user as u')
    .leftJoin('youth_coach as yc', (j) => j.onRef('yc.user_id', '=', 'u.id').on('yc.tenant_id', '=', tenantId).on('yc.until', 'is', null))
    .leftJoin('trajectory as t', (j) => j.onRef('t.youth_id', '=', 'yc.youth_id').on('t.tenant_id', '=', tenantId).on('t.status', '<>', 'closed'))
    .leftJoin('phase as p', 'p.id', 't.current_phase_id')
    .select(['u.id', 'u.display_name', 'u.caseload_limit', 'p.name as phase_name', 'p.position as phase_position',
      (eb) => eb.fn.count<string>('t.id').as('n')])
    .where('u.tenant_id', '=', tenantId).where('u.id', 'in', coachIds)
    .groupBy(['u.id', 'u.display_name', 'u.caseload_limit', 'p.name', 'p.position'])
    .execute();
}
