import type { z } from 'zod';
import { aftercareSchedule } from '../../core/closing/aftercare-schedule.js';
import { checkAftercarePlan, checkHandover, defaultCheckDueOn, handoverCheckDue, handoverOpen, measurementOpensOn } from '../../core/closing/closing-rules.js';
import { RESULT_AREAS, RESULT_MOMENTS, type RuleBreak } from '../../core/closing/result-areas.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import type { TrajectoryRow } from '../../platform/db/schema.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { assertDateNotInFuture } from '../../platform/input-rules.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { measurementsOf } from '../result-measurement/result-measurement.service.js';
import * as trajectoryRepository from '../trajectory/trajectory.repository.js';
import { transitionIn } from '../trajectory/trajectory.service.js';
import * as repo from './closing.repository.js';
import type { AftercarePlanBody, CloseWithConversation, ConversationPatch, NewAftercareContact, NewWarmHandover, WarmHandoverPatch } from './closing.schemas.js';
import { assertClosing, ID_IN_USE, isClosing, onTrajectory } from './trajectory-file.js';

/**
 * The afronding of a trajectory (IPTA ch. 6, IJA Fase 4): the closing conversation that closes
 * it, warm handovers of remaining work to other organisations with a check that they landed,
 * and the aftercare plan with its contacts. The result measurement has its own module.
 */

const fail = (b: RuleBreak | null) => {
  if (b) {
    const { code, status, message, ...details } = b;
    throw new AppError(code, status, message, details);
  }
};

const iso = (d: Date | string) => new Date(d).toISOString();

async function present(trx: Db, ctx: RequestContext, t: TrajectoryRow) {
  const today = amsterdamDate(ctx.now());
  const [conversation, handovers, plan, contacts, measurements, closing] = [
    await repo.conversation(trx, ctx.tenantId, t.id), await repo.handovers(trx, ctx.tenantId, t.id),
    await repo.aftercarePlan(trx, ctx.tenantId, t.id), await repo.aftercareContacts(trx, ctx.tenantId, t.id),
    await measurementsOf(trx, ctx.tenantId, t.id), await isClosing(trx, ctx, t),
  ];
  return {
    trajectory: {
      id: t.id, youthId: t.youth_id, version: t.version, status: t.status, startedAt: iso(t.started_at),
      closedAt: t.closed_at ? iso(t.closed_at) : null, closingReason: t.closing_reason, closing,
    },
    conversation: conversation ? {
      version: conversation.version, heldOn: conversation.held_on, summary: conversation.summary, takesAlong: conversation.takes_along,
      author: { id: conversation.author_id, name: conversation.author_name }, createdAt: iso(conversation.created_at), updatedAt: iso(conversation.updated_at),
    } : null,
    handovers: handovers.map((h) => ({
      id: h.id, version: h.version, toOrganisation: h.to_organisation, toPerson: h.to_person, what: h.what,
      conversationOn: h.conversation_on, conversationNote: h.conversation_note, checkDueOn: h.check_due_on,
      checkedOn: h.checked_on, landed: h.landed, checkNote: h.check_note,
      checkOpen: handoverOpen({ checkDueOn: h.check_due_on, checkedOn: h.checked_on, landed: h.landed }),
      checkDue: handoverCheckDue({ checkDueOn: h.check_due_on, checkedOn: h.checked_on, landed: h.landed }, today),
      createdBy: { id: h.created_by, name: h.created_by_name }, createdAt: iso(h.created_at),
    })),
    aftercare: {
      plan: plan ? {
        version: plan.version, content: plan.content, frequencyWeeks: plan.frequency_weeks, startsOn: plan.starts_on, endsOn: plan.ends_on,
        createdBy: { id: plan.created_by, name: plan.created_by_name }, updatedAt: iso(plan.updated_at),
      } : null,
      contacts: contacts.map((c) => ({
        id: c.id, heldOn: c.held_on, note: c.note, stillWorking: c.still_working, stillHoused: c.still_housed,
        author: { id: c.author_id, name: c.author_name }, createdAt: iso(c.created_at),
      })),
      schedule: plan
        ? aftercareSchedule({ startsOn: plan.starts_on, endsOn: plan.ends_on, frequencyWeeks: plan.frequency_weeks }, contacts.map((c) => c.held_on), today)
        : null,
    },
    resultMeasurements: measurements,
    measurementOpensOn: Object.fromEntries(RESULT_MOMENTS.map((m) => [m, measurementOpensOn(m, t.closed_at ? amsterdamDate(new Date(t.closed_at)) : null)])),
    resultAreas: RESULT_AREAS.map((a) => ({ key: a.key, label: a.label, answers: [...a.answers], details: [...a.details], detailsWith: [...a.detailsWith] })),
  };
}

const presentFresh = async (trx: Db, ctx: RequestContext, trajectoryId: string) =>
  present(trx, ctx, (await trajectoryRepository.get(trx, ctx.tenantId, trajectoryId))!);

const revision = (trx: Db, ctx: RequestContext, t: TrajectoryRow, entity: string, entityId: string, changes: Record<string, [unknown, unknown]>) =>
  recordRevision(trx, { tenantId: ctx.tenantId, entity, entityId, youthId: t.youth_id, actorId: ctx.user.id, at: ctx.now(), changes });

export function read(ctx: RequestContext, trajectoryId: string) {
  return onTrajectory(ctx, trajectoryId, { action: 'read', recordType: 'closing' }, (trx, t) => present(trx, ctx, t));
}

/**
 * Hold the closing conversation and close the trajectory with it, in one step: the close is
 * the trajectory's own transition (its version, its closing reason list), the conversation's
 * summary its reason. The same request sent again returns what the first one stored.
 */
export function closeWithConversation(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof CloseWithConversation>) {
  return onTrajectory(ctx, trajectoryId, { action: 'create', recordType: 'closing_conversation' }, async (trx, t) => {
    const existing = await repo.conversation(trx, ctx.tenantId, trajectoryId);
    if (existing) {
      const same = t.status === 'closed' && existing.author_id === ctx.user.id && existing.held_on === input.heldOn
        && existing.summary === input.summary && (existing.takes_along ?? null) === (input.takesAlong ?? null) && t.closing_reason === input.closingReason;
      if (same) return { view: await present(trx, ctx, t), created: false };
      throw new AppError('ALREADY_CLOSED', 409, 'Dit traject is al afgesloten met een eindgesprek. Wijzig dat gesprek, of heropen het traject.', { current: await present(trx, ctx, t) });
    }
    if (t.status === 'closed') {
      throw new AppError('ALREADY_CLOSED', 409, 'Dit traject is al afgesloten. Heropen het traject om het opnieuw af te ronden.', { current: await present(trx, ctx, t) });
    }
    assertDateNotInFuture(input.heldOn, ctx.now(), 'heldOn');
    if (input.heldOn < amsterdamDate(new Date(t.started_at))) {
      throw new AppError('BEFORE_TRAJECTORY', 400, 'Het eindgesprek valt niet vóór de start van het traject.', { field: 'heldOn' });
    }
    await transitionIn(trx, ctx, trajectoryId, { version: input.version, kind: 'close', reason: input.summary, closingReason: input.closingReason });
    const now = ctx.now();
    const row = { held_on: input.heldOn, summary: input.summary, takes_along: input.takesAlong ?? null };
    await repo.insertConversation(trx, {
      tenant_id: ctx.tenantId, trajectory_id: trajectoryId, youth_id: t.youth_id, ...row, author_id: ctx.user.id, created_at: now, updated_at: now,
    });
    await revision(trx, ctx, t, 'closing_conversation', trajectoryId, changedFields({}, row));
    return { view: await presentFresh(trx, ctx, trajectoryId), created: true };
  });
}

export function changeConversation(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof ConversationPatch>) {
  return onTrajectory(ctx, trajectoryId, { action: 'update', recordType: 'closing_conversation' }, async (trx, t) => {
    const current = await repo.conversation(trx, ctx.tenantId, trajectoryId);
    if (!current) throw notFound('Dit eindgesprek');
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx, t));
    if (input.heldOn) assertDateNotInFuture(input.heldOn, ctx.now(), 'heldOn');
    const set = {
      ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(input.takesAlong !== undefined ? { takes_along: input.takesAlong } : {}),
    };
    const changes = changedFields(current as unknown as Record<string, unknown>, set);
    // Nothing differs from what is stored: no new version, no revision.
    if (Object.keys(changes).length === 0) return present(trx, ctx, t);
    if (!(await repo.updateConversation(trx, ctx.tenantId, trajectoryId, input.version, { ...set, updated_at: ctx.now() }))) throw versionConflict(await present(trx, ctx, t));
    await revision(trx, ctx, t, 'closing_conversation', trajectoryId, changes);
    return presentFresh(trx, ctx, trajectoryId);
  });
}

/** A warm handover (warme overdracht) of remaining work to another organisation. */
export function addHandover(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof NewWarmHandover>) {
  return onTrajectory(ctx, trajectoryId, { action: 'create', recordType: 'warm_handover', recordId: input.id }, async (trx, t) => {
    const today = amsterdamDate(ctx.now());
    const conversationOn = input.conversationOn ?? null;
    const existing = await repo.handoverById(trx, input.id);
    if (existing) {
      // A retry sends what the first send did; other content under this id is another handover.
      const same = existing.tenant_id === ctx.tenantId && existing.trajectory_id === trajectoryId
        && existing.to_organisation === input.toOrganisation && existing.to_person === (input.toPerson ?? null) && existing.what === input.what
        && existing.conversation_on === conversationOn && existing.conversation_note === (input.conversationNote ?? null)
        && (input.checkDueOn === undefined || existing.check_due_on === input.checkDueOn);
      if (!same) throw ID_IN_USE();
      return { view: await present(trx, ctx, t), created: false };
    }
    await assertClosing(trx, ctx, t);
    if (conversationOn) assertDateNotInFuture(conversationOn, ctx.now(), 'conversationOn');
    const checkDueOn = input.checkDueOn ?? defaultCheckDueOn(conversationOn, today);
    fail(checkHandover({ conversationOn, checkDueOn, checkedOn: null, landed: null }));
    const now = ctx.now();
    const row = {
      to_organisation: input.toOrganisation, to_person: input.toPerson ?? null, what: input.what,
      conversation_on: conversationOn, conversation_note: input.conversationNote ?? null, check_due_on: checkDueOn,
    };
    await repo.insertHandover(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: t.youth_id, trajectory_id: trajectoryId, ...row,
      checked_on: null, landed: null, check_note: null, created_by: ctx.user.id, created_at: now, updated_at: now,
    });
    await revision(trx, ctx, t, 'warm_handover', input.id, changedFields({}, row));
    return { view: await presentFresh(trx, ctx, trajectoryId), created: true };
  });
}

/** Change a handover, or record the check that it landed. */
export function changeHandover(ctx: RequestContext, trajectoryId: string, handoverId: string, input: z.infer<typeof WarmHandoverPatch>) {
  return onTrajectory(ctx, trajectoryId, { action: 'update', recordType: 'warm_handover', recordId: handoverId }, async (trx, t) => {
    const current = await repo.handoverById(trx, handoverId);
    if (!current || current.tenant_id !== ctx.tenantId || current.trajectory_id !== trajectoryId) throw notFound('Deze warme overdracht');
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx, t));
    const set = {
      ...(input.toOrganisation !== undefined ? { to_organisation: input.toOrganisation } : {}),
      ...(input.toPerson !== undefined ? { to_person: input.toPerson } : {}),
      ...(input.what !== undefined ? { what: input.what } : {}),
      ...(input.conversationOn !== undefined ? { conversation_on: input.conversationOn } : {}),
      ...(input.conversationNote !== undefined ? { conversation_note: input.conversationNote } : {}),
      ...(input.checkDueOn !== undefined ? { check_due_on: input.checkDueOn } : {}),
      ...(input.checkedOn !== undefined ? { checked_on: input.checkedOn } : {}),
      ...(input.landed !== undefined ? { landed: input.landed } : {}),
      ...(input.checkNote !== undefined ? { check_note: input.checkNote } : {}),
    };
    const changes = changedFields(current as unknown as Record<string, unknown>, set);
    if (Object.keys(changes).length === 0) return present(trx, ctx, t);
    const after = { ...current, ...set };
    if (set.conversation_on) assertDateNotInFuture(set.conversation_on, ctx.now(), 'conversationOn');
    if (set.checked_on) assertDateNotInFuture(set.checked_on, ctx.now(), 'checkedOn');
    fail(checkHandover({ conversationOn: after.conversation_on, checkDueOn: after.check_due_on, checkedOn: after.checked_on, landed: after.landed }));
    if (!(await repo.updateHandover(trx, ctx.tenantId, handoverId, input.version, { ...set, updated_at: ctx.now() }))) throw versionConflict(await present(trx, ctx, t));
    await revision(trx, ctx, t, 'warm_handover', handoverId, changes);
    return presentFresh(trx, ctx, trajectoryId);
  });
}

/**
 * The aftercare plan (nazorg): what, how often, from when until when. Sent without a version
 * it is made (the same plan sent again is a retry); with one it is changed.
 */
export function putAftercarePlan(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof AftercarePlanBody>) {
  return onTrajectory(ctx, trajectoryId, { action: input.version === undefined ? 'create' : 'update', recordType: 'aftercare_plan' }, async (trx, t) => {
    const current = await repo.aftercarePlan(trx, ctx.tenantId, trajectoryId);
    const row = { content: input.content, frequency_weeks: input.frequencyWeeks, starts_on: input.startsOn, ends_on: input.endsOn };
    if (input.version === undefined && current) {
      const same = current.content === row.content && current.frequency_weeks === row.frequency_weeks && current.starts_on === row.starts_on && current.ends_on === row.ends_on;
      if (same) return { view: await present(trx, ctx, t), created: false };
      throw versionConflict(await present(trx, ctx, t));
    }
    if (input.version !== undefined && !current) throw notFound('Dit nazorgplan');
    if (current && current.version !== input.version) throw versionConflict(await present(trx, ctx, t));
    const changes = changedFields((current ?? {}) as unknown as Record<string, unknown>, row);
    if (current && Object.keys(changes).length === 0) return { view: await present(trx, ctx, t), created: false };
    await assertClosing(trx, ctx, t);
    fail(checkAftercarePlan({ startsOn: input.startsOn, endsOn: input.endsOn }));
    const now = ctx.now();
    if (!current) {
      await repo.insertAftercarePlan(trx, { tenant_id: ctx.tenantId, trajectory_id: trajectoryId, youth_id: t.youth_id, ...row, created_by: ctx.user.id, created_at: now, updated_at: now });
    } else if (!(await repo.updateAftercarePlan(trx, ctx.tenantId, trajectoryId, input.version!, { ...row, updated_at: now }))) {
      throw versionConflict(await present(trx, ctx, t));
    }
    await revision(trx, ctx, t, 'aftercare_plan', trajectoryId, changes);
    return { view: await presentFresh(trx, ctx, trajectoryId), created: !current };
  });
}

/** An aftercare contact with its two checks: still working? still housed? (null: not asked). */
export function addAftercareContact(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof NewAftercareContact>) {
  return onTrajectory(ctx, trajectoryId, { action: 'create', recordType: 'aftercare_contact', recordId: input.id }, async (trx, t) => {
    const row = { held_on: input.heldOn, note: input.note ?? null, still_working: input.stillWorking, still_housed: input.stillHoused };
    const existing = await repo.aftercareContactById(trx, input.id);
    if (existing) {
      const same = existing.tenant_id === ctx.tenantId && existing.trajectory_id === trajectoryId
        && existing.held_on === row.held_on && existing.note === row.note && existing.still_working === row.still_working && existing.still_housed === row.still_housed;
      if (!same) throw ID_IN_USE();
      return { view: await present(trx, ctx, t), created: false };
    }
    await assertClosing(trx, ctx, t);
    assertDateNotInFuture(input.heldOn, ctx.now(), 'heldOn');
    await repo.insertAftercareContact(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: t.youth_id, trajectory_id: trajectoryId, ...row, author_id: ctx.user.id, created_at: ctx.now(),
    });
    await revision(trx, ctx, t, 'aftercare_contact', input.id, changedFields({}, row));
    return { view: await presentFresh(trx, ctx, trajectoryId), created: true };
  });
}
