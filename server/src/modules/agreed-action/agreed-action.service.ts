import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ActionFromTask } from '../../core/plan/plan-rules.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import * as meetings from '../wraparound/wraparound.repository.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './agreed-action.repository.js';
import type { ActionPatch, NewMeetingAction } from './agreed-action.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.action>>>;

const iso = (d: Date | string) => new Date(d).toISOString();

/** An open action past its due date (an Amsterdam calendar date) is overdue. */
export function presentAction(r: Row, today: string) {
  return {
    id: r.id, youthId: r.youth_id, version: r.version,
    source: r.source_kind === 'meeting'
      ? { kind: 'meeting' as const, meetingId: r.meeting_id!, startsAt: iso(r.meeting_starts_at!) }
      : { kind: 'plan' as const, planVersion: r.plan_version!, partKey: r.plan_part! },
    description: r.description, owner: { participantId: r.owner_participant_id, kind: r.owner_kind, name: r.owner_name },
    dueOn: r.due_on, status: r.status, overdue: r.status === 'open' && r.due_on !== null && r.due_on < today,
    note: r.note, principles: r.principles, doneAt: r.done_at ? iso(r.done_at) : null,
    doneBy: r.done_by_id ? { id: r.done_by_id, name: r.done_by_name! } : null, createdAt: iso(r.created_at),
  };
}
export type PresentedAction = ReturnType<typeof presentAction>;

/** An action agreed in a meeting is due on or after the day of that meeting (in Amsterdam). */
export function assertDueAfterMeeting(dueOn: string | null | undefined, meetingStartsAt: Date | string) {
  const meetingDay = amsterdamDate(new Date(meetingStartsAt));
  if (dueOn && dueOn < meetingDay) {
    throw new AppError('DUE_BEFORE_MEETING', 400, 'De deadline ligt vóór het overleg. Kies een datum op of na de dag van het overleg.', { field: 'dueOn', meetingOn: meetingDay });
  }
}

const checkPrinciples = (trx: Db, ctx: RequestContext, principles: string[] | undefined) =>
  assertListed(trx, ctx.tenantId, [{ field: 'principles', list: 'working_principle', values: principles ?? [] }]);

/** All agreed actions of a youth, from plans and meetings, with how many are open, overdue, done. */
export function list(ctx: RequestContext, youthId: string, filter: 'open' | 'overdue' | 'done' | 'all') {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'agreed_action' }, async (trx) => {
    const today = amsterdamDate(ctx.now());
    const all = (await repo.forYouth(trx, ctx.tenantId, youthId)).map((r) => presentAction(r, today));
    const counts = {
      open: all.filter((a) => a.status === 'open').length, overdue: all.filter((a) => a.overdue).length,
      done: all.filter((a) => a.status === 'done').length, cancelled: all.filter((a) => a.status === 'cancelled').length,
    };
    const shown = filter === 'all' ? all : all.filter((a) => (filter === 'overdue' ? a.overdue : a.status === filter));
    return { items: shown, counts };
  });
}

/**
 * An action agreed in a wrap-around meeting. Its owner is someone in the meeting, and it is
 * due on or after the day of the meeting.
 */
export async function addToMeeting(ctx: RequestContext, youthId: string, meetingId: string, input: z.infer<typeof NewMeetingAction>) {
  // Locked with the youth: the owner cannot leave the meeting while the action is added.
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'agreed_action', recordId: input.id, lock: true }, async (trx) => {
    const meeting = await meetings.meeting(trx, ctx.tenantId, meetingId);
    if (!meeting || meeting.youth_id !== youthId) throw notFound('Dit overleg');
    const owner = (await meetings.participants(trx, [meetingId])).find((p) => p.id === input.ownerParticipantId);
    if (!owner) {
      throw new AppError('OWNER_NOT_IN_MEETING', 400, 'Kies als eigenaar iemand die bij dit overleg hoort.', { field: 'ownerParticipantId' });
    }
    assertDueAfterMeeting(input.dueOn, meeting.starts_at);
    await checkPrinciples(trx, ctx, input.principles);
    const at = ctx.now();
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, source_kind: 'meeting', meeting_id: meetingId, owner_participant_id: owner.id,
      owner_kind: owner.kind, owner_name: owner.name, description: input.description, due_on: input.dueOn ?? null,
      note: input.note ?? '', principles: input.principles ?? [], created_by: ctx.user.id, created_at: at, updated_at: at,
    });
    if (created) {
      await recordRevision(trx, {
        tenantId: ctx.tenantId, entity: 'agreed_action', entityId: input.id, youthId, actorId: ctx.user.id, at,
        changes: changedFields({}, { description: input.description, owner: owner.name, due_on: input.dueOn ?? null }),
      });
    }
    const stored = sameRecordOrConflict(await repo.actionById(trx, input.id), ctx.tenantId, youthId);
    if (stored.meeting_id !== meetingId) throw new AppError('ID_IN_USE', 409, 'Deze actie hoort bij een ander overleg.', { field: 'id' });
    return { action: presentAction((await repo.action(trx, ctx.tenantId, input.id))!, amsterdamDate(at)), created };
  });
}

/** Mark done (who and when are kept), cancel, reopen, or change the note, due date or principles. */
export async function change(ctx: RequestContext, youthId: string, actionId: string, input: z.infer<typeof ActionPatch>) {
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'agreed_action', recordId: actionId, lock: true }, async (trx) => {
    const current = await repo.action(trx, ctx.tenantId, actionId);
    if (!current || current.youth_id !== youthId) throw notFound('Deze actie');
    const today = amsterdamDate(ctx.now());
    if (current.version !== input.version) throw versionConflict(presentAction(current, today));
    if (input.dueOn && current.meeting_starts_at) assertDueAfterMeeting(input.dueOn, current.meeting_starts_at);
    await checkPrinciples(trx, ctx, input.principles);
    let owner: { owner_participant_id: string; owner_kind: string; owner_name: string } | null = null;
    if (input.ownerParticipantId !== undefined && input.ownerParticipantId !== current.owner_participant_id) {
      // Who does a plan's task follows the plan; a meeting's action goes to someone in that meeting.
      const found = current.meeting_id ? (await meetings.participants(trx, [current.meeting_id])).find((p) => p.id === input.ownerParticipantId) : undefined;
      if (!found) throw new AppError('OWNER_NOT_IN_MEETING', 400, 'Kies als eigenaar iemand die bij dit overleg hoort.', { field: 'ownerParticipantId' });
      owner = { owner_participant_id: found.id, owner_kind: found.kind, owner_name: found.name };
    }
    const set = {
      ...(owner ?? {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.principles !== undefined ? { principles: input.principles } : {}),
    };
    const changes = changedFields(current as unknown as Record<string, unknown>, set);
    if (Object.keys(changes).length === 0) return presentAction(current, today);
    const at = ctx.now();
    const becomesDone = input.status === 'done' && current.status !== 'done';
    const leavesDone = input.status !== undefined && input.status !== 'done' && current.status === 'done';
    const stamped = { ...set, updated_at: at, ...(becomesDone ? { done_at: at, done_by: ctx.user.id } : {}), ...(leavesDone ? { done_at: null, done_by: null } : {}) };
    if (!(await repo.update(trx, ctx.tenantId, actionId, input.version, stamped))) {
      throw versionConflict(presentAction((await repo.action(trx, ctx.tenantId, actionId))!, today));
    }
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'agreed_action', entityId: actionId, youthId, actorId: ctx.user.id, at, changes });
    return presentAction((await repo.action(trx, ctx.tenantId, actionId))!, today);
  });
}

/**
 * The tasks of a plan version signed by both become tracked actions. A task carried over from
 * an earlier signed version keeps its action: while open, it takes the new wording and date.
 */
export async function trackPlanTasks(trx: Db, ctx: RequestContext, youthId: string, planVersion: number, tasks: ActionFromTask[]) {
  const at = ctx.now();
  // A task the newly signed plan no longer has: its open action lapses, saying why.
  for (const dropped of await repo.openPlanActionsExcept(trx, ctx.tenantId, youthId, tasks.map((t) => t.taskId))) {
    await repo.update(trx, ctx.tenantId, dropped.id, dropped.version, {
      status: 'cancelled', note: [dropped.note, `Niet meer in versie ${planVersion} van het plan.`].filter(Boolean).join(' '), updated_at: at,
    });
  }
  const known = new Map((await repo.byPlanTask(trx, youthId, tasks.map((t) => t.taskId))).map((a) => [a.plan_task_id!, a]));
  for (const task of tasks) {
    const existing = known.get(task.taskId);
    const fields = { owner_kind: task.ownerKind, owner_name: task.ownerName, description: task.description, due_on: task.dueOn, plan_part: task.partKey };
    if (!existing) {
      await repo.insert(trx, {
        tenant_id: ctx.tenantId, id: randomUUID(), youth_id: youthId, source_kind: 'plan', plan_task_id: task.taskId, plan_version: planVersion,
        ...fields, created_by: ctx.user.id, created_at: at, updated_at: at,
      });
    } else if (existing.status === 'open' && Object.keys(changedFields(existing as unknown as Record<string, unknown>, fields)).length > 0) {
      await repo.update(trx, ctx.tenantId, existing.id, existing.version, { ...fields, plan_version: planVersion, updated_at: at });
    }
  }
}
