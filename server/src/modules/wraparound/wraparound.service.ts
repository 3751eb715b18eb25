import type { z } from 'zod';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import { dutchDate, renderPdf } from '../../platform/pdf.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import * as actions from '../agreed-action/agreed-action.repository.js';
import { presentAction } from '../agreed-action/agreed-action.service.js';
import { requireConsent } from '../consent/consent.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './wraparound.repository.js';
import { minutesDocument } from './wraparound.pdf.js';
import type { MeetingPatch, NewMeeting } from './wraparound.schemas.js';

type MeetingRow = NonNullable<Awaited<ReturnType<typeof repo.meeting>>>;
type Fields = Partial<Omit<z.infer<typeof NewMeeting>, 'id'>>;

const iso = (d: Date | string) => new Date(d).toISOString();

/** Meetings with their participants, conditions and actions, read in three queries for the lot. */
async function presentMeetings(trx: Db, ctx: RequestContext, rows: MeetingRow[]) {
  const ids = rows.map((m) => m.id);
  const today = amsterdamDate(ctx.now());
  const participants = await repo.participants(trx, ids);
  const conditions = await repo.conditions(trx, ids);
  const agreed = await actions.forMeeting(trx, ctx.tenantId, ids);
  return rows.map((m) => ({
    id: m.id, youthId: m.youth_id, version: m.version, startsAt: iso(m.starts_at), place: m.place, chair: { id: m.chair_id, name: m.chair_name },
    participants: participants.filter((p) => p.meeting_id === m.id).map((p) => ({
      id: p.id, kind: p.kind, networkPersonId: p.network_person_id, professionalId: p.professional_id, name: p.name, role: p.role,
      contribution: p.contribution, attended: p.attended,
    })),
    goals: m.goals, informing: m.informing, notes: m.notes, nextMeetingOn: m.next_meeting_on,
    conditions: conditions.filter((c) => c.meeting_id === m.id).map((c) => ({
      id: c.id, text: c.text, occurredAt: c.occurred_at ? iso(c.occurred_at) : null, occurredNote: c.occurred_note,
      occurredBy: c.occurred_by ? { id: c.occurred_by, name: c.occurred_by_name! } : null,
    })),
    actions: agreed.filter((a) => a.meeting_id === m.id).map((a) => presentAction(a, today)),
    createdAt: iso(m.created_at), updatedAt: iso(m.updated_at),
  }));
}
export type PresentedMeeting = Awaited<ReturnType<typeof presentMeetings>>[number];

async function presentOne(trx: Db, ctx: RequestContext, meetingId: string) {
  return (await presentMeetings(trx, ctx, [(await repo.meeting(trx, ctx.tenantId, meetingId))!]))[0]!;
}

/** The meeting of this youth, or 404: a meeting id from another file is not found here. */
async function meetingOf(trx: Db, ctx: RequestContext, youthId: string, meetingId: string) {
  const m = await repo.meeting(trx, ctx.tenantId, meetingId);
  if (!m || m.youth_id !== youthId) throw notFound('Dit overleg');
  return m;
}

/** Participants from the network or the professionals must be this youth's; the next meeting comes after this one. */
async function checkMeeting(trx: Db, ctx: RequestContext, youthId: string, meetingId: string, f: Fields, startsAt: string) {
  if (f.nextMeetingOn && f.nextMeetingOn < amsterdamDate(new Date(startsAt))) {
    throw new AppError('NEXT_MEETING_BEFORE_MEETING', 400, 'Het volgende overleg ligt vóór dit overleg. Kies een latere datum.', { field: 'nextMeetingOn' });
  }
  const people = (f.participants ?? []).flatMap((p) => (p.networkPersonId ? [p.networkPersonId] : []));
  const professionals = (f.participants ?? []).flatMap((p) => (p.professionalId ? [p.professionalId] : []));
  const known = async (table: 'network_person' | 'network_professional', ids: string[]) => ids.length === 0 ? 0 :
    (await trx.selectFrom(table).select('id').where('tenant_id', '=', ctx.tenantId).where('youth_id', '=', youthId).where('id', 'in', ids).execute()).length;
  if ((await known('network_person', people)) !== new Set(people).size || (await known('network_professional', professionals)) !== new Set(professionals).size) {
    throw new AppError('UNKNOWN_PARTICIPANT', 400, 'Een deelnemer hoort niet bij het netwerk van deze jongere.', { field: 'participants' });
  }
  const taken = [
    ...(await repo.foreignIds(trx, 'meeting_participant', meetingId, (f.participants ?? []).map((p) => p.id))),
    ...(await repo.foreignIds(trx, 'meeting_condition', meetingId, (f.conditions ?? []).map((c) => c.id))),
  ];
  if (taken.length > 0) throw new AppError('ID_IN_USE', 409, 'Een deelnemer of voorwaarde hoort al bij een ander overleg.', { ids: taken });
}

async function writeLists(trx: Db, ctx: RequestContext, youthId: string, meetingId: string, f: Fields) {
  if (f.participants) {
    await repo.replaceParticipants(trx, meetingId, f.participants.map((p, i) => ({
      tenant_id: ctx.tenantId, id: p.id, meeting_id: meetingId, youth_id: youthId, position: i + 1, kind: p.kind,
      network_person_id: p.networkPersonId ?? null, professional_id: p.professionalId ?? null, name: p.name, role: p.role ?? '',
      contribution: p.contribution ?? '', attended: p.attended ?? null,
    })));
  }
  if (f.conditions) {
    await repo.replaceConditions(trx, meetingId, f.conditions.map((c, i) => ({
      tenant_id: ctx.tenantId, id: c.id, meeting_id: meetingId, youth_id: youthId, position: i + 1, text: c.text,
    })));
  }
}

const summary = (f: Fields) => ({
  ...(f.participants ? { participants: f.participants.map((p) => `${p.name}${p.attended === true ? ' (aanwezig)' : p.attended === false ? ' (afwezig)' : ''}`).join(', ') } : {}),
  ...(f.conditions ? { conditions: f.conditions.map((c) => c.text).join(' · ') } : {}),
});

const columns = (f: Fields) => ({
  ...(f.startsAt !== undefined ? { starts_at: f.startsAt } : {}),
  ...(f.place !== undefined ? { place: f.place } : {}),
  ...(f.goals !== undefined ? { goals: f.goals } : {}),
  ...(f.informing !== undefined ? { informing: f.informing } : {}),
  ...(f.notes !== undefined ? { notes: f.notes } : {}),
  ...(f.nextMeetingOn !== undefined ? { next_meeting_on: f.nextMeetingOn } : {}),
});

export function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'wraparound_meeting' }, async (trx) =>
    ({ items: await presentMeetings(trx, ctx, await repo.forYouth(trx, ctx.tenantId, youthId)) }));
}

export function read(ctx: RequestContext, youthId: string, meetingId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'wraparound_meeting', recordId: meetingId }, async (trx) => {
    await meetingOf(trx, ctx, youthId, meetingId);
    return presentOne(trx, ctx, meetingId);
  });
}

/** Plan a wrap-around meeting, chaired by the coach who plans it. */
export function create(ctx: RequestContext, youthId: string, input: z.infer<typeof NewMeeting>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'wraparound_meeting', recordId: input.id, lock: true }, async (trx) => {
    const { id, ...fields } = input;
    let created = false;
    if ((await repo.meetingById(trx, id)) === undefined) {
      await checkMeeting(trx, ctx, youthId, id, fields, input.startsAt);
      const at = ctx.now();
      created = await repo.insertMeeting(trx, {
        ...columns(fields), tenant_id: ctx.tenantId, id, youth_id: youthId, starts_at: input.startsAt, place: input.place, chair_id: ctx.user.id,
        created_by: ctx.user.id, created_at: at, updated_at: at,
      });
    }
    if (created) {
      const at = ctx.now();
      await writeLists(trx, ctx, youthId, id, fields);
      await recordRevision(trx, {
        tenantId: ctx.tenantId, entity: 'wraparound_meeting', entityId: id, youthId, actorId: ctx.user.id, at,
        changes: changedFields({}, { ...columns(fields), ...summary(fields) }),
      });
    }
    sameRecordOrConflict(await repo.meetingById(trx, id), ctx.tenantId, youthId);
    return { meeting: await presentOne(trx, ctx, id), created };
  });
}

/**
 * Change a meeting: details, attendance, the participants and the conditions (lists replaced
 * whole). Someone who owns an action stays; a condition that occurred stays.
 */
export function change(ctx: RequestContext, youthId: string, meetingId: string, input: z.infer<typeof MeetingPatch>) {
  // Locked with the youth: no action is added to someone being taken off the list meanwhile.
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'wraparound_meeting', recordId: meetingId, lock: true }, async (trx) => {
    const current = await meetingOf(trx, ctx, youthId, meetingId);
    if (current.version !== input.version) throw versionConflict(await presentOne(trx, ctx, meetingId));
    const { version, ...fields } = input;
    const before = (await presentMeetings(trx, ctx, [current]))[0]!;
    await checkMeeting(trx, ctx, youthId, meetingId, { ...fields, nextMeetingOn: fields.nextMeetingOn !== undefined ? fields.nextMeetingOn : current.next_meeting_on },
      fields.startsAt ?? iso(current.starts_at));
    if (fields.startsAt) {
      const due = await actions.earliestOpenDue(trx, meetingId);
      if (due && amsterdamDate(new Date(fields.startsAt)) > due) {
        throw new AppError('MEETING_AFTER_DUE_DATE', 400, 'Er staan acties van dit overleg met een eerdere deadline. Pas die eerst aan of kies een eerdere datum.', { field: 'startsAt', due });
      }
    }
    if (fields.participants) {
      const staying = new Set(fields.participants.map((p) => p.id));
      const owners = (await actions.owners(trx, meetingId)).map((o) => o.owner_participant_id!).filter((id) => !staying.has(id));
      if (owners.length > 0) {
        throw new AppError('PARTICIPANT_HAS_ACTIONS', 400, 'Iemand die een actie heeft, blijft op de lijst van deelnemers. Geef de actie eerst aan een ander.', { field: 'participants', ids: owners });
      }
    }
    if (fields.conditions) {
      const staying = new Set(fields.conditions.map((c) => c.id));
      const gone = before.conditions.filter((c) => c.occurredAt && !staying.has(c.id));
      if (gone.length > 0) throw new AppError('CONDITION_OCCURRED', 400, 'Een voorwaarde die zich heeft voorgedaan, blijft bewaard.', { field: 'conditions' });
    }
    const at = ctx.now();
    if (!(await repo.updateMeeting(trx, ctx.tenantId, meetingId, version, { ...columns(fields), updated_at: at }))) {
      throw versionConflict(await presentOne(trx, ctx, meetingId));
    }
    await writeLists(trx, ctx, youthId, meetingId, fields);
    const after = await presentOne(trx, ctx, meetingId);
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'wraparound_meeting', entityId: meetingId, youthId, actorId: ctx.user.id, at,
      changes: changedFields({ ...columns({ ...before, nextMeetingOn: before.nextMeetingOn }), ...summary(before) } as Record<string, unknown>, { ...columns(fields), ...summary(fields) }),
    });
    return after;
  });
}

/** An ontbindende voorwaarde happened: kept with who said so and when; the coach then plans a new meeting. */
export function conditionOccurred(ctx: RequestContext, youthId: string, meetingId: string, conditionId: string, note: string | undefined) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'wraparound_meeting', recordId: meetingId, lock: true }, async (trx) => {
    const meeting = await presentOne(trx, ctx, (await meetingOf(trx, ctx, youthId, meetingId)).id);
    const condition = meeting.conditions.find((c) => c.id === conditionId);
    if (!condition) throw notFound('Deze voorwaarde');
    if (condition.occurredAt) return meeting;
    const at = ctx.now();
    if (!(await repo.markOccurred(trx, conditionId, { occurred_at: at, occurred_note: note || null, occurred_by: ctx.user.id }))) return presentOne(trx, ctx, meetingId);
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'wraparound_meeting', entityId: meetingId, youthId, actorId: ctx.user.id, at,
      changes: { [`condition_occurred`]: [null, condition.text] },
    });
    return presentOne(trx, ctx, meetingId);
  });
}

/** The minutes for the participants, only under the youth's consent to share them (purpose 'wraparound'). */
export async function printMinutes(ctx: RequestContext, youthId: string, meetingId: string, consentId: string) {
  const doc = await onYouthFile(ctx, youthId, { action: 'print', recordType: 'wraparound_meeting', recordId: meetingId }, async (trx, youth) => {
    await meetingOf(trx, ctx, youthId, meetingId);
    const consent = await requireConsent(trx, ctx, youthId, consentId, 'wraparound');
    return minutesDocument({
      firstName: youth.first_name || youth.nickname || 'de jongere', meeting: await presentOne(trx, ctx, meetingId),
      recipient: consent.recipient, consentUntil: dutchDate(consent.validUntil), printedOn: dutchDate(amsterdamDate(ctx.now())),
    });
  });
  return renderPdf(doc);
}
