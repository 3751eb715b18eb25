import { randomUUID } from 'node:crypto';
import { detailsToKeep, type GivenAnswer, type ResultAreaKey, type ResultMomentKey } from '../core/closing/result-areas.js';
import { defaultCheckDueOn } from '../core/closing/closing-rules.js';
import type { Db } from '../platform/db/index.js';

/**
 * Factories for the afronding (issue 11), for the demo seed and tests: a trajectory closed with
 * its closing conversation, warm handovers and their checks, an aftercare plan and contacts,
 * and result measurements (IPTA Bijlage 5). Every date and id can be given, so a seed says
 * exactly when things happened; the rows are what the API would have written.
 */

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/** Close an open trajectory on `closedOn` with its closing conversation (and the close event). */
export async function makeClosedWithConversation(db: Db, o: {
  tenantId: string; trajectoryId: string; authorId: string; closedOn: string; closingReason: string;
  summary?: string; takesAlong?: string | null; heldOn?: string;
}) {
  const t = await db.selectFrom('trajectory').selectAll().where('tenant_id', '=', o.tenantId).where('id', '=', o.trajectoryId).executeTakeFirstOrThrow();
  const closedAt = at(o.closedOn, 15);
  const summary = o.summary ?? 'Eindgesprek gevoerd: doelen bereikt, afspraken over nazorg gemaakt.';
  await db.updateTable('trajectory').set({ status: 'closed', closed_at: closedAt, closing_reason: o.closingReason, version: t.version + 1 })
    .where('id', '=', o.trajectoryId).execute();
  await db.insertInto('trajectory_event').values({
    tenant_id: o.tenantId, id: randomUUID(), trajectory_id: o.trajectoryId, youth_id: t.youth_id, kind: 'close',
    from_phase_id: t.current_phase_id, to_phase_id: null, reason: summary, closing_reason: o.closingReason, actor_id: o.authorId, at: closedAt,
  }).execute();
  await db.insertInto('closing_conversation').values({
    tenant_id: o.tenantId, trajectory_id: o.trajectoryId, youth_id: t.youth_id, held_on: o.heldOn ?? o.closedOn, summary,
    takes_along: o.takesAlong ?? null, author_id: o.authorId, created_at: closedAt, updated_at: closedAt,
  }).execute();
  return { youthId: t.youth_id, closedAt };
}

export async function makeWarmHandover(db: Db, o: {
  tenantId: string; youthId: string; trajectoryId: string; createdBy: string; id?: string;
  toOrganisation: string; toPerson?: string | null; what: string; conversationOn: string; conversationNote?: string | null;
  checkDueOn?: string; check?: { checkedOn: string; landed: boolean; note?: string | null };
}) {
  const id = o.id ?? randomUUID();
  const created = at(o.conversationOn, 16);
  await db.insertInto('warm_handover').values({
    tenant_id: o.tenantId, id, youth_id: o.youthId, trajectory_id: o.trajectoryId, to_organisation: o.toOrganisation, to_person: o.toPerson ?? null,
    what: o.what, conversation_on: o.conversationOn, conversation_note: o.conversationNote ?? null,
    check_due_on: o.checkDueOn ?? defaultCheckDueOn(o.conversationOn, o.conversationOn),
    checked_on: o.check?.checkedOn ?? null, landed: o.check?.landed ?? null, check_note: o.check?.note ?? null,
    created_by: o.createdBy, created_at: created, updated_at: o.check ? at(o.check.checkedOn, 16) : created, version: o.check ? 2 : 1,
  }).execute();
  return id;
}

export async function makeAftercarePlan(db: Db, o: {
  tenantId: string; youthId: string; trajectoryId: string; createdBy: string;
  startsOn: string; endsOn: string; frequencyWeeks: number; content?: string;
}) {
  await db.insertInto('aftercare_plan').values({
    tenant_id: o.tenantId, trajectory_id: o.trajectoryId, youth_id: o.youthId,
    content: o.content ?? 'Eens per zes weken bellen of langsgaan: hoe gaat het op het werk en thuis?',
    frequency_weeks: o.frequencyWeeks, starts_on: o.startsOn, ends_on: o.endsOn,
    created_by: o.createdBy, created_at: at(o.startsOn, 16), updated_at: at(o.startsOn, 16),
  }).execute();
}

export async function makeAftercareContact(db: Db, o: {
  tenantId: string; youthId: string; trajectoryId: string; authorId: string; id?: string;
  heldOn: string; note?: string | null; stillWorking: boolean | null; stillHoused: boolean | null;
}) {
  const id = o.id ?? randomUUID();
  await db.insertInto('aftercare_contact').values({
    tenant_id: o.tenantId, id, youth_id: o.youthId, trajectory_id: o.trajectoryId, held_on: o.heldOn, note: o.note ?? null,
    still_working: o.stillWorking, still_housed: o.stillHoused, author_id: o.authorId, created_at: at(o.heldOn, 14),
  }).execute();
  return id;
}

/** A result measurement with its answers; details are kept as the API keeps them (only where they belong). */
export async function makeResultMeasurement(db: Db, o: {
  tenantId: string; youthId: string; trajectoryId: string; authorId: string; id?: string;
  moment: ResultMomentKey; measuredOn: string; note?: string | null;
  answers: Partial<Record<ResultAreaKey, GivenAnswer>>;
}) {
  const id = o.id ?? randomUUID();
  const when = at(o.measuredOn, 15);
  await db.insertInto('result_measurement').values({
    tenant_id: o.tenantId, id, youth_id: o.youthId, trajectory_id: o.trajectoryId, moment: o.moment, measured_on: o.measuredOn,
    note: o.note ?? null, author_id: o.authorId, created_at: when, updated_at: when,
  }).execute();
  const rows = Object.entries(o.answers).filter(([, a]) => a).map(([area, a]) => {
    const details = detailsToKeep(area, a!);
    return { tenant_id: o.tenantId, measurement_id: id, area, answer: a!.answer, explanation: a!.explanation ?? null, details: details ? JSON.stringify(details) : null };
  });
  if (rows.length) await db.insertInto('result_answer').values(rows).execute();
  return id;
}
