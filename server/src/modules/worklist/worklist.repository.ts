import { sql } from 'kysely';
import type { YouthFacts } from '../../core/norms/norm-engine.js';
import { displayName } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';

/** Attempts that reached the youth count as contact (as on Mijn jongeren). */
const REACHED = ['gesproken', 'afspraak_gemaakt'];

/**
 * The youth a worklist covers: a coach's current caseload, or the youth of a team lead's
 * teams. Tenant-leading, on indexes (youth_coach_user, youth_team): the list costs what the
 * caseload costs, never a scan of the tenant.
 */
export async function youthIdsOf(db: Db, tenantId: string, scope: { coachId: string } | { teamIds: string[] }) {
  if ('coachId' in scope) {
    const rows = await db.selectFrom('youth_coach').select('youth_id').distinct()
      .where('tenant_id', '=', tenantId).where('user_id', '=', scope.coachId).where('until', 'is', null).execute();
    return rows.map((r) => r.youth_id);
  }
  if (scope.teamIds.length === 0) return [];
  const rows = await db.selectFrom('youth').select('id').where('tenant_id', '=', tenantId).where('team_id', 'in', scope.teamIds).execute();
  return rows.map((r) => r.id);
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d));
const dateText = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Everything the norm engine needs about these youth, in one round of queries (each `youth_id in (...)`). */
export async function factsOf(db: Db, tenantId: string, youthIds: string[], now: Date): Promise<(YouthFacts & { teamId: string; coachIds: string[] })[]> {
  if (youthIds.length === 0) return [];
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const [youth, firstPhase, coaches, signed, contacts, attempts, assessments, actions, meetings, placementDates, reports, conditions] = await Promise.all([
    db.selectFrom('youth as y')
      .leftJoinLateral(
        (eb) => eb.selectFrom('trajectory as t').innerJoin('phase as p', 'p.id', 't.current_phase_id')
          .select(['t.status', 't.phase_entered_at', 'p.name as phase_name', 'p.position as phase_position', 'p.planned_weeks'])
          .whereRef('t.youth_id', '=', 'y.id').where('t.tenant_id', '=', tenantId)
          .orderBy(sql`t.status = 'closed'`).orderBy('t.started_at', 'desc').limit(1).as('tr'),
        (join) => join.onTrue(),
      )
      .select(['y.id', 'y.team_id', 'y.first_name', 'y.last_name', 'y.nickname', 'y.birth_date', 'y.created_at',
        'tr.status', 'tr.phase_entered_at', 'tr.phase_name', 'tr.phase_position', 'tr.planned_weeks'])
      .where('y.tenant_id', '=', tenantId).where('y.id', 'in', youthIds).execute(),
    db.selectFrom('phase').select((eb) => eb.fn.min('position').as('first')).where('tenant_id', '=', tenantId).where('active', '=', true).executeTakeFirst(),
    db.selectFrom('youth_coach').select(['youth_id', 'user_id']).where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).where('until', 'is', null).execute(),
    db.selectFrom('plan_version').select(['youth_id', (eb) => eb.fn.min('signed_at').as('first')])
      .where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).where('signed_at', 'is not', null).groupBy('youth_id').execute(),
    db.selectFrom('contact').select(['youth_id', (eb) => eb.fn.max('happened_at').as('last')])
      .where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).groupBy('youth_id').execute(),
    db.selectFrom('contact_attempt').select(['youth_id',
      (eb) => eb.fn.min('at').as('first'), (eb) => eb.fn.countAll<string>().as('n'),
      sql<Date | null>`max(at) filter (where outcome in (${sql.join(REACHED)}))`.as('reached')])
      .where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).groupBy('youth_id').execute(),
    db.selectFrom('assessment').select(['youth_id', (eb) => eb.fn.max('assessed_on').as('last')])
      .where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).groupBy('youth_id').execute(),
    db.selectFrom('agreed_action').select(['id', 'youth_id', 'description', 'due_on'])
      .where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).where('status', '=', 'open').where('due_on', 'is not', null).execute(),
    // The last meeting of each youth, and the next meeting it agreed on.
    db.selectFrom('wraparound_meeting').select(['id', 'youth_id', 'next_meeting_on']).distinctOn('youth_id')
      .where('tenant_id', '=', tenantId).where('youth_id', 'in', youthIds).orderBy('youth_id').orderBy('starts_at', 'desc').execute(),
    placementDatesOf(db, tenantId, youthIds),
    // Group reports of the last 90 days about a group the youth was in when the report was recorded, with the first contact after.
    db.selectFrom('group_report as r')
      .innerJoin('youth_group as g', 'g.id', 'r.group_id')
      .innerJoin('youth_group_member as m', (j) => j.onRef('m.group_id', '=', 'r.group_id').onRef('m.since', '<=', 'r.created_at'))
      .select(['r.id', 'r.group_id', 'g.name', 'r.reported_at', 'r.kind', 'm.youth_id',
        sql<Date | null>`least(
          (select min(c.happened_at) from contact c where c.tenant_id = r.tenant_id and c.youth_id = m.youth_id and c.happened_at >= r.reported_at),
          (select min(a.at) from contact_attempt a where a.tenant_id = r.tenant_id and a.youth_id = m.youth_id and a.at >= r.reported_at and a.outcome in (${sql.join(REACHED)})))`.as('answered_at')])
      .where('r.tenant_id', '=', tenantId).where('m.youth_id', 'in', youthIds).where('r.reported_at', '>=', since)
      .where((eb) => eb.or([eb('m.until', 'is', null), eb('m.until', '>', eb.ref('r.created_at'))]))
      .execute(),
    // Ontbindende voorwaarden that occurred, while no meeting was recorded after.
    db.selectFrom('meeting_condition as c').select(['c.id', 'c.meeting_id', 'c.youth_id', 'c.text', 'c.occurred_at'])
      .where('c.tenant_id', '=', tenantId).where('c.youth_id', 'in', youthIds).where('c.occurred_at', 'is not', null)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('wraparound_meeting as m').select('m.id')
        .where('m.tenant_id', '=', tenantId).whereRef('m.youth_id', '=', 'c.youth_id').where((e) => e('m.created_at', '>', e.ref('c.occurred_at'))))))
      .execute(),
  ]);
  const by = <T extends { youth_id: string }>(rows: T[]) => new Map(rows.map((r) => [r.youth_id, r]));
  const signedBy = by(signed); const contactBy = by(contacts); const attemptBy = by(attempts); const assessmentBy = by(assessments); const meetingBy = by(meetings);
  const group = <T extends { youth_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.youth_id, [...(map.get(r.youth_id) ?? []), r]);
    return map;
  };
  const conditionsBy = group(conditions);
  const actionsBy = group(actions); const coachesBy = group(coaches); const datesBy = group(placementDates); const reportsBy = group(reports);

  return youth.map((y) => {
    const attempt = attemptBy.get(y.id);
    const lastContact = [contactBy.get(y.id)?.last, attempt?.reached].filter(Boolean).map((d) => new Date(d as Date)).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    const meeting = meetingBy.get(y.id);
    return {
      id: y.id, teamId: y.team_id, displayName: displayName(y), registeredAt: new Date(y.created_at), birthDate: dateText(y.birth_date),
      coachIds: (coachesBy.get(y.id) ?? []).map((c) => c.user_id),
      trajectory: y.status ? {
        status: y.status, phaseName: y.phase_name!, phaseIsFirst: y.phase_position === firstPhase?.first,
        phaseEnteredAt: new Date(y.phase_entered_at!), plannedWeeks: y.planned_weeks ?? null,
      } : null,
      firstPlanSignedAt: iso(signedBy.get(y.id)?.first as Date | null ?? null),
      lastContactAt: lastContact,
      firstAttemptAt: iso(attempt?.first as Date | null ?? null),
      attempts: Number(attempt?.n ?? 0),
      lastAssessmentOn: dateText(assessmentBy.get(y.id)?.last as string | null ?? null),
      openActions: (actionsBy.get(y.id) ?? []).map((a) => ({ id: a.id, description: a.description, dueOn: dateText(a.due_on) })),
      nextMeeting: meeting?.next_meeting_on ? { meetingId: meeting.id, on: dateText(meeting.next_meeting_on)! } : null,
      occurredConditions: (conditionsBy.get(y.id) ?? []).map((c) => ({ conditionId: c.id, meetingId: c.meeting_id, text: c.text, occurredAt: new Date(c.occurred_at!) })),
      placementDates: (datesBy.get(y.id) ?? []).map(({ youth_id: _y, ...d }) => d),
      groupReports: (reportsBy.get(y.id) ?? []).map((r) => ({
        reportId: r.id, groupId: r.group_id, groupName: r.name, reportedAt: new Date(r.reported_at), kind: r.kind, answeredAt: iso(r.answered_at),
      })),
    };
  });
}

/** The dates of running placements: evaluations not yet held, subsidies ending, the planned end. */
async function placementDatesOf(db: Db, tenantId: string, youthIds: string[]) {
  const placements = await db.selectFrom('placement as p').innerJoin('workplace as w', 'w.id', 'p.workplace_id').innerJoin('employer as e', 'e.id', 'w.employer_id')
    .select(['p.id', 'p.youth_id', 'p.planned_end_on', 'w.name as workplace', 'e.name as employer'])
    .where('p.tenant_id', '=', tenantId).where('p.youth_id', 'in', youthIds).where('p.ended_on', 'is', null).execute();
  if (placements.length === 0) return [];
  const ids = placements.map((p) => p.id);
  const [evaluations, subsidies] = await Promise.all([
    db.selectFrom('placement_evaluation').select(['placement_id', 'planned_on']).where('tenant_id', '=', tenantId).where('placement_id', 'in', ids).where('held_on', 'is', null).execute(),
    db.selectFrom('placement_subsidy').select(['placement_id', 'ends_on', 'kind']).where('tenant_id', '=', tenantId).where('placement_id', 'in', ids).where('ends_on', 'is not', null).execute(),
  ]);
  const label = new Map(placements.map((p) => [p.id, { youth_id: p.youth_id, workplace: `${p.workplace} · ${p.employer}` }]));
  type Row = { youth_id: string; placementId: string; workplace: string; kind: 'evaluation' | 'subsidy_end' | 'planned_end'; on: string; detail?: string };
  const rows: Row[] = [];
  for (const p of placements) if (p.planned_end_on) rows.push({ ...label.get(p.id)!, placementId: p.id, kind: 'planned_end', on: dateText(p.planned_end_on)! });
  for (const e of evaluations) rows.push({ ...label.get(e.placement_id)!, placementId: e.placement_id, kind: 'evaluation', on: dateText(e.planned_on)! });
  for (const s of subsidies) rows.push({ ...label.get(s.placement_id)!, placementId: s.placement_id, kind: 'subsidy_end', on: dateText(s.ends_on)!, detail: s.kind });
  return rows;
}

/** Weekly forms a supervisor sent in the last two weeks: the coach hears of each until they acknowledge it. */
export function recentSupervisorForms(db: Db, tenantId: string, youthIds: string[], now: Date) {
  if (youthIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('weekly_form as f').innerJoin('placement as p', 'p.id', 'f.placement_id').innerJoin('workplace as w', 'w.id', 'p.workplace_id')
    .select(['f.id', 'f.youth_id', 'f.placement_id', 'f.week_start', 'f.supervisor_name', 'f.submitted_at', 'w.name as workplace'])
    .where('f.tenant_id', '=', tenantId).where('f.youth_id', 'in', youthIds).where('f.filled_by', '=', 'supervisor')
    .where('f.submitted_at', '>=', new Date(now.getTime() - 14 * 86_400_000)).execute();
}

/** The newest acknowledgement or snooze of each signal of these youth (and of these coaches' caseload signals). */
export async function latestAcks(db: Db, tenantId: string, youthIds: string[], keys: string[]) {
  if (youthIds.length === 0 && keys.length === 0) return new Map<string, { action: string; until: string | null; reason: string; at: Date; by: string }>();
  const rows = await db.selectFrom('signal_ack as a').innerJoin('app_user as u', 'u.id', 'a.by_id')
    .select(['a.signal_key', 'a.action', 'a.until', 'a.reason', 'a.at', 'u.display_name'])
    .distinctOn('a.signal_key')
    .where('a.tenant_id', '=', tenantId)
    .where((eb) => eb.or([
      ...(youthIds.length ? [eb('a.youth_id', 'in', youthIds)] : []),
      ...(keys.length ? [eb('a.signal_key', 'in', keys)] : []),
    ]))
    .orderBy('a.signal_key').orderBy('a.at', 'desc').orderBy('a.seq', 'desc').execute();
  return new Map(rows.map((r) => [r.signal_key, { action: r.action, until: dateText(r.until), reason: r.reason, at: new Date(r.at), by: r.display_name }]));
}

export function insertAck(db: Db, row: {
  tenant_id: string; id: string; signal_key: string; youth_id: string | null; kind: string; action: 'acknowledged' | 'snoozed' | 'reopened';
  until: string | null; reason: string; by_id: string; at: Date;
}) {
  return db.insertInto('signal_ack').values(row).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
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
