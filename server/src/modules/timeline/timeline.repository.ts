import { sql, type RawBuilder } from 'kysely';
import { RESULT_AREA_KEYS } from '../../core/closing/result-areas.js';
import type { Db } from '../../platform/db/index.js';

/**
 * One timeline of a youth, merged from every kind of record, newest first. Each kind is its
 * own indexed, limited subquery (tenant, youth, time), so a youth with thousands of contacts
 * pages as fast as one with ten. Paging is by position (at, id), not by offset.
 */
export const TIMELINE_KINDS = ['signal', 'attempt', 'kennismaking', 'contact', 'incident', 'appointment', 'phase', 'group_session',
  'closing_conversation', 'warm_handover', 'handover_check', 'aftercare_contact', 'result_measurement'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineRow { kind: TimelineKind; id: string; at: Date | string; actor_id: string | null; data: Record<string, unknown> }

const SOURCES: Record<TimelineKind, { table: string; at: string; actor: string; data: string }> = {
  signal: { table: 'signal', at: 'created_at', actor: 'created_by',
    data: `jsonb_build_object('source', source, 'reporterName', reporter_name, 'reporterOrganisation', reporter_organisation, 'reason', reason, 'vindplaats', vindplaats, 'status', status)` },
  attempt: { table: 'contact_attempt', at: 'at', actor: 'author_id',
    data: `jsonb_build_object('channel', channel, 'outcome', outcome, 'note', note)` },
  kennismaking: { table: 'kennismaking', at: 'held_at', actor: 'author_id',
    data: `jsonb_build_object('place', place, 'youthExpectations', youth_expectations, 'coachExpectations', coach_expectations, 'urgentMatters', urgent_matters, 'selfDescription', self_description)` },
  contact: { table: 'contact', at: 'happened_at', actor: 'author_id',
    data: `jsonb_build_object('mode', mode, 'withWhom', with_whom, 'durationMinutes', duration_minutes, 'note', note, 'principles', principles, 'fiveG', five_g, 'scalingScore', scaling_score, 'scalingTopic', scaling_topic, 'group', (select g.name from group_contact gc join youth_group g on g.id = gc.group_id where gc.id = group_contact_id))` },
  incident: { table: 'incident', at: 'reported_at', actor: 'author_id',
    data: `jsonb_build_object('place', place, 'what', what, 'agreed', agreed, 'coachArrivedAt', coach_arrived_at, 'responseMinutes', round(extract(epoch from (coach_arrived_at - reported_at)) / 60))` },
  appointment: { table: 'appointment', at: 'starts_at', actor: 'coach_id',
    data: `jsonb_build_object('purpose', purpose, 'place', place, 'status', status, 'durationMinutes', duration_minutes)` },
  phase: { table: 'trajectory_event', at: 'at', actor: 'actor_id',
    data: `jsonb_build_object('event', kind, 'fromPhase', (select name from phase where phase.id = from_phase_id), 'toPhase', (select name from phase where phase.id = to_phase_id), 'reason', reason, 'closingReason', closing_reason, 'gateOverrideReason', gate_override_reason)` },
  group_session: { table: 'group_session_timeline', at: 'held_at', actor: 'created_by',
    data: `jsonb_build_object('topic', topic, 'facilitator', facilitator, 'note', note)` },
  // The afronding (views in migration T1540: a calendar date placed in the day it was recorded).
  closing_conversation: { table: 'closing_conversation_timeline', at: 'at', actor: 'author_id',
    data: `jsonb_build_object('heldOn', held_on, 'summary', summary, 'takesAlong', takes_along)` },
  warm_handover: { table: 'warm_handover_timeline', at: 'at', actor: 'created_by',
    data: `jsonb_build_object('toOrganisation', to_organisation, 'toPerson', to_person, 'what', what, 'conversationOn', conversation_on, 'checkDueOn', check_due_on)` },
  handover_check: { table: 'handover_check_timeline', at: 'at', actor: 'checked_by',
    data: `jsonb_build_object('toOrganisation', to_organisation, 'checkedOn', checked_on, 'landed', landed, 'note', check_note)` },
  aftercare_contact: { table: 'aftercare_contact_timeline', at: 'at', actor: 'author_id',
    data: `jsonb_build_object('heldOn', held_on, 'note', note, 'stillWorking', still_working, 'stillHoused', still_housed)` },
  // The answers in the form's order (core/closing/result-areas), each area with its answer.
  result_measurement: { table: 'result_measurement_timeline', at: 'at', actor: 'author_id',
    data: `jsonb_build_object('moment', moment, 'measuredOn', measured_on, 'note', note, 'answers', (
      select coalesce(jsonb_agg(jsonb_build_object('area', ra.area, 'answer', ra.answer) order by array_position(array[${RESULT_AREA_KEYS.map((k) => `'${k}'`).join(', ')}]::text[], ra.area), ra.area), '[]'::jsonb)
      from result_answer ra where ra.tenant_id = result_measurement_timeline.tenant_id and ra.measurement_id = result_measurement_timeline.id))` },
};

/**
 * Items strictly after the cursor in (at desc, kind desc, id desc) order. Ids are unique per
 * table only, so the kind breaks ties between tables; times are stored to the millisecond.
 */
export async function page(db: Db, q: { tenantId: string; youthId: string; kinds: TimelineKind[]; limit: number; before?: { at: Date; kind: TimelineKind; id: string } }) {
  const parts: RawBuilder<unknown>[] = q.kinds.map((kind) => {
    const s = SOURCES[kind];
    const b = q.before;
    const after = !b ? sql``
      : kind > b.kind ? sql` and ${sql.ref(s.at)} < ${b.at}`
        : kind < b.kind ? sql` and ${sql.ref(s.at)} <= ${b.at}`
          : sql` and (${sql.ref(s.at)}, id) < (${b.at}, ${b.id}::uuid)`;
    return sql`(select ${sql.lit(kind)}::text as kind, id, ${sql.ref(s.at)} as at, ${sql.ref(s.actor)} as actor_id, ${sql.raw(s.data)} as data
      from ${sql.table(s.table)} where tenant_id = ${q.tenantId} and youth_id = ${q.youthId}${after}
      order by ${sql.ref(s.at)} desc, id desc limit ${q.limit + 1})`;
  });
  const result = await sql<TimelineRow>`select * from (${sql.join(parts, sql` union all `)}) t order by at desc, kind desc, id desc limit ${q.limit + 1}`.execute(db);
  return result.rows;
}
