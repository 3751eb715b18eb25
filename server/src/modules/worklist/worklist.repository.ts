import { sql } from 'kysely';
import type { YouthFacts } from '../../core/norms/norm-engine.js';
import { quarterOf } from '../../core/norms/norm-performance.js';
import { amsterdamDate, displayName } from '../../core/youth/youth-rules.js';
import { PREPARED, type Db } from '../../platform/db/index.js';
import { workingCoach } from '../organisation/organisation.repository.js';
import { currentCoachIds, lastReachedAt } from '../youth/youth.repository.js';

/**
 * A coach's caseload (with `groupMembers`, also the current members of the coach's active
 * groups, whoever coaches them: the group's coach answers their reports), or a team lead's teams.
 */
export type WorklistScope = { coachId: string; groupMembers?: boolean } | { teamIds: string[] };
/** A team lead without teams covers no youth (and `in ()` is no SQL). */
const coversNoOne = (scope: WorklistScope) => !('coachId' in scope) && scope.teamIds.length === 0;

/**
 * The youth a worklist covers: a coach's current caseload, or the youth of a team lead's
 * teams. Tenant-leading, on indexes (youth_coach_user, youth_team): the list costs what the
 * caseload costs, never a scan of the tenant.
 */
function youthOf(db: Db, tenantId: string, scope: WorklistScope) {
  const base = 'coachId' in scope
    ? db.selectFrom('youth_coach as y').select('y.youth_id as id').distinct()
      .where('y.tenant_id', '=', tenantId).where('y.user_id', '=', scope.coachId).where('y.until', 'is', null)
    : db.selectFrom('youth as y').select('y.id').where('y.tenant_id', '=', tenantId).where('y.team_id', 'in', scope.teamIds);
  if (!('coachId' in scope) || !scope.groupMembers) return base;
  return base.union(currentMembersOfGroupsOf(db, tenantId, scope.coachId).select('m.youth_id as id'));
}

/** The current memberships of the active groups a coach is responsible for. */
const currentMembersOfGroupsOf = (db: Db, tenantId: string, coachId: string) => db.selectFrom('youth_group as g')
  .innerJoin('youth_group_member as m', (j) => j.onRef('m.group_id', '=', 'g.id').on('m.tenant_id', '=', tenantId))
  .where('g.tenant_id', '=', tenantId).where('g.coach_id', '=', coachId).where('g.active', '=', true).where('m.until', 'is', null);

/** The ids of the youth a worklist covers (`youthOf`). */
export async function youthIdsOf(db: Db, tenantId: string, scope: WorklistScope) {
  if (coversNoOne(scope)) return [];
  const rows = await youthOf(db, tenantId, scope).execute();
  return rows.map((r) => r.id);
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d));
const dateText = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export type Ack = { action: string; until: string | null; reason: string; at: Date; by: string };
type AckJson = { signal_key: string; action: string; until: string | null; reason: string; at: string; by: string };
const ackOf = (a: AckJson): [string, Ack] => [a.signal_key, { action: a.action, until: dateText(a.until), reason: a.reason, at: new Date(a.at), by: a.by }];

/**
 * Everything the worklist needs about these youth (given, or the youth a worklist covers who are
 * still watched), in one statement, one row per youth whatever the length of each file: the facts
 * kept for each youth on write (`youth_fact`, migrations 20261206T0400 and 20261206T1800: among
 * them the running placements), with the youth's name, team and current coaches and the phase's
 * settings joined as they are now; a supervisor's weekly forms of the last two weeks; and the
 * newest acknowledgement or snooze of each of the youth's signals. Each round trip costs both
 * processes a write and a read on the socket: this was five.
 *
 * Still watched (`youth_fact.last_watched` since `watchedSince`): a running trajectory (or none
 * yet), one closed since that moment (aftercare and the measurements are watched for
 * FOLLOW_UP_WATCH_MONTHS), a warm handover still to check, an aftercare plan ending since, a
 * supervisor's weekly form since, or a group they are in or were in since (its reports count in
 * the team lead's norm performance; a current member is always watched). In a city that has
 * worked for years most of a coach's youth closed long ago; the norm engine decides, this only
 * leaves out who it would pass over (each clause reaches further back than the engine looks).
 */
export async function factsOf(db: Db, tenantId: string, youth: string[] | { scope: WorklistScope; watchedSince: Date }, now: Date) {
  if (Array.isArray(youth) ? youth.length === 0 : coversNoOne(youth.scope)) return [];
  // Reports of the last 90 days, and at least of this quarter (the team lead's norm performance).
  const since = Math.min(now.getTime() - 90 * 86_400_000, Date.parse(`${quarterOf(amsterdamDate(now)).from}T00:00:00+01:00`));
  const formsSince = new Date(now.getTime() - 14 * 86_400_000);
  const rows = await db.selectFrom('youth as y')
    .leftJoin('youth_fact as f', (join) => join.onRef('f.youth_id', '=', 'y.id').on('f.tenant_id', '=', tenantId))
    .leftJoin('phase as p', (join) => join.onRef('p.id', '=', 'f.current_phase_id').on('p.tenant_id', '=', tenantId))
    .select(['y.id', 'y.team_id', 'y.first_name', 'y.last_name', 'y.nickname', 'y.birth_date', 'y.created_at',
      'f.status', 'f.phase_entered_at', 'p.name as phase_name', 'p.planned_weeks', 'f.paused_days',
      sql<boolean>`p.position = (select min(ph.position) from phase ph where ph.tenant_id = p.tenant_id and ph.active)`.as('phase_is_first'),
      currentCoachIds.as('coach_ids'),
      'f.first_signed', lastReachedAt.as('last_reached'), 'f.first_attempt', 'f.attempts', 'f.last_assessed', 'f.actions', 'f.meeting',
      'f.conditions', 'f.reports', 'f.handovers', 'f.aftercare', 'f.follow_up',
      // Running placements: evaluations not yet held, subsidies ending, the planned end.
      'f.placements',
      sql<{ id: string; placement_id: string; week_start: string; supervisor_name: string; submitted_at: string; workplace: string }[] | null>`(
        select json_agg(json_build_object('id', wf.id, 'placement_id', wf.placement_id, 'week_start', wf.week_start,
          'supervisor_name', wf.supervisor_name, 'submitted_at', wf.submitted_at, 'workplace', w.name))
        from weekly_form wf join placement pl on pl.id = wf.placement_id join workplace w on w.id = pl.workplace_id
        where wf.tenant_id = y.tenant_id and wf.youth_id = y.id and wf.filled_by = 'supervisor' and wf.submitted_at >= ${formsSince})`.as('forms'),
      sql<AckJson[] | null>`(
        select json_agg(a) from (select distinct on (a.signal_key) a.signal_key, a.action, a.until, a.reason, a.at, u.display_name as by
          from signal_ack a join app_user u on u.id = a.by_id where a.tenant_id = y.tenant_id and a.youth_id = y.id
          order by a.signal_key, a.at desc, a.seq desc) a)`.as('acks')])
    .where('y.tenant_id', '=', tenantId)
    // One array, not a list of parameters: the statement's text is the same whatever the
    // caseload, so it is prepared once per connection; and the youth are looked up by id (as a
    // join, the planner read the whole tenant's youth to find a caseload's 57).
    .$call((q) => Array.isArray(youth) ? q.where(sql<boolean>`y.id = any(${youth}::uuid[])`)
      // Of the youth covered, only those still watched, checked on the row already joined by key:
      // asked in the list's subquery, the generic plan scanned a third of youth_fact instead
      // (2.6 of the team's 4.4 ms at Rotterdam size).
      : q.where(sql<boolean>`y.id = any(array(${youthOf(db, tenantId, youth.scope)}))`).where('f.last_watched', '>=', youth.watchedSince))
    .modifyFront(PREPARED).execute();

  return rows.map((y) => {
    const facts: YouthFacts & { teamId: string; coachIds: string[] } = {
      id: y.id, teamId: y.team_id, displayName: displayName(y), registeredAt: new Date(y.created_at), birthDate: dateText(y.birth_date),
      coachIds: y.coach_ids,
      trajectory: y.status ? {
        status: y.status, phaseName: y.phase_name!, phaseIsFirst: Boolean(y.phase_is_first),
        phaseEnteredAt: new Date(y.phase_entered_at!), plannedWeeks: y.planned_weeks ?? null, pausedDays: Math.round(Number(y.paused_days ?? 0)),
      } : null,
      firstPlanSignedAt: iso(y.first_signed),
      lastContactAt: iso(y.last_reached),
      firstAttemptAt: iso(y.first_attempt),
      attempts: Number(y.attempts ?? 0),
      lastAssessmentOn: dateText(y.last_assessed),
      openActions: (y.actions ?? []).map((a) => ({ id: a.id, description: a.description, dueOn: dateText(a.due_on) })),
      nextMeeting: y.meeting?.next_meeting_on ? { meetingId: y.meeting.id, on: dateText(y.meeting.next_meeting_on)! } : null,
      occurredConditions: (y.conditions ?? []).map((c) => ({ conditionId: c.id, meetingId: c.meeting_id, text: c.text, occurredAt: new Date(c.occurred_at) })),
      placementDates: (y.placements ?? []).flatMap((p) => {
        const label = { placementId: p.id, workplace: `${p.workplace} · ${p.employer}` };
        return [
          ...(p.planned_end_on ? [{ ...label, kind: 'planned_end' as const, on: dateText(p.planned_end_on)! }] : []),
          ...(p.evaluations ?? []).map((on) => ({ ...label, kind: 'evaluation' as const, on: dateText(on)! })),
          ...(p.subsidies ?? []).map((x) => ({ ...label, kind: 'subsidy_end' as const, on: dateText(x.ends_on)!, detail: x.kind })),
        ];
      }),
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
    return {
      facts,
      supervisorForms: (y.forms ?? []).map((f) => ({ id: f.id, youthId: y.id, placementId: f.placement_id, workplace: f.workplace, weekStart: dateText(f.week_start)!, supervisor: f.supervisor_name, submittedAt: new Date(f.submitted_at) })),
      acks: (y.acks ?? []).map(ackOf),
    };
  });
}

/**
 * Members of the groups a coach is responsible for: the coach answers the group's reports for
 * members coached by a colleague too (IJA: the group's coach acts within 24 hours).
 */
export function groupMembers(db: Db, tenantId: string, coachId: string) {
  return currentMembersOfGroupsOf(db, tenantId, coachId).select(['m.youth_id', 'g.id as group_id']).execute();
}

/** Is this coach responsible for the group of this report, with this youth among its members? */
export async function coachesGroupOfReport(db: Db, tenantId: string, coachId: string, reportId: string, youthId: string) {
  const row = await db.selectFrom('group_report as r').innerJoin('youth_group as g', 'g.id', 'r.group_id')
    .innerJoin('youth_group_member as m', (j) => j.onRef('m.group_id', '=', 'g.id'))
    .select('r.id').where('r.tenant_id', '=', tenantId).where('r.id', '=', reportId).where('g.coach_id', '=', coachId).where('m.youth_id', '=', youthId)
    .executeTakeFirst();
  return row !== undefined;
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

/**
 * Active youth per coach (trajectory not closed), per phase: caseload against each coach's
 * limit; with the newest acknowledgement or snooze of the coach's caseload signal (its key
 * names the limit, as caseloadSignal writes it). For the given coaches, or the coaches still at
 * work in a team lead's teams (organisation's `workingCoach`), picked in this same statement: the
 * team worklist asked for the coaches first, a round trip before this one.
 */
export async function caseloads(db: Db, tenantId: string, coaches: string[] | { teamIds: string[] }) {
  if (Array.isArray(coaches) ? coaches.length === 0 : coaches.teamIds.length === 0) return [];
  return db.selectFrom('app_user as u')
    .leftJoin('youth_coach as yc', (j) => j.onRef('yc.user_id', '=', 'u.id').on('yc.tenant_id', '=', tenantId).on('yc.until', 'is', null))
    .leftJoin('trajectory as t', (j) => j.onRef('t.youth_id', '=', 'yc.youth_id').on('t.tenant_id', '=', tenantId).on('t.status', '<>', 'closed'))
    .leftJoin('phase as p', 'p.id', 't.current_phase_id')
    .select(['u.id', 'u.display_name', 'u.caseload_limit', 'p.name as phase_name', 'p.position as phase_position',
      (eb) => eb.fn.count<string>('t.id').as('n'),
      sql<AckJson | null>`(select row_to_json(a) from (select a.signal_key, a.action, a.until, a.reason, a.at, b.display_name as by
        from signal_ack a join app_user b on b.id = a.by_id
        where a.tenant_id = u.tenant_id and a.signal_key = 'caseload_over:' || u.id || ':' || u.caseload_limit
        order by a.at desc, a.seq desc limit 1) a)`.as('ack')])
    .where('u.tenant_id', '=', tenantId)
    .where((eb) => Array.isArray(coaches) ? eb('u.id', 'in', coaches) : eb.and([
      eb('u.id', 'in', eb.selectFrom('user_team as ut').select('ut.user_id').where('ut.tenant_id', '=', tenantId).where('ut.team_id', 'in', coaches.teamIds)),
      workingCoach,
    ]))
    .groupBy(['u.id', 'u.display_name', 'u.caseload_limit', 'p.name', 'p.position'])
    .execute()
    .then((rows) => rows.map(({ ack, ...r }) => ({ ...r, ack: ack ? ackOf(ack) : null })));
}
