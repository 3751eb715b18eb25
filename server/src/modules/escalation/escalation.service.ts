import type { z } from 'zod';
import { checkEscalation, isOverdue, type EscalationState } from '../../core/escalation/escalation-rules.js';
import { amsterdamDate, displayName } from '../../core/youth/youth-rules.js';
import { writeAccessLog, writeAccessLogEntries } from '../../platform/access-log.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { mayAccessYouth } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { inTransaction } from '../../platform/transaction.js';
import * as youthRepository from '../youth/youth.repository.js';
import { onYouthFile } from '../youth/youth.service.js';
import { assertMayUseEscalations, mayChangeBottleneck, mayEverSeeCases, visibilityOf } from './escalation.policy.js';
import * as repo from './escalation.repository.js';
import type { EscalationListQuery, EscalationPatch, NewEscalation } from './escalation.schemas.js';

const RECORD = 'escalation';
const NOT_FOUND = 'Dit punt van het opschaal-overleg';

function present(ctx: RequestContext, r: repo.EscalationRow) {
  const state = stateOf(r);
  return {
    id: r.id, version: r.version, kind: r.kind,
    youth: r.youth_id ? { id: r.youth_id, name: displayName(r) } : null,
    team: r.team_id ? { id: r.team_id, name: r.team_name ?? '?' } : null,
    title: r.title, question: r.question, meetingOn: r.meeting_on, decision: r.decision,
    actionOwner: r.action_owner, actionDueOn: r.action_due_on, outcome: r.outcome,
    status: r.status, policyChange: r.policy_change, policyChangeNote: r.policy_change_note,
    overdue: isOverdue(state, amsterdamDate(ctx.now())),
    raisedBy: { id: r.raised_by, name: r.raised_by_name },
    createdAt: new Date(r.created_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
    // A casus is changed by whoever may open the youth's file; it is only presented to them.
    mayChange: r.kind === 'case' || mayChangeBottleneck(ctx.user, r),
  };
}

const stateOf = (r: repo.EscalationRow): EscalationState => ({
  status: r.status, meetingOn: r.meeting_on, decision: r.decision, actionDueOn: r.action_due_on, outcome: r.outcome,
  policyChange: r.policy_change, policyChangeNote: r.policy_change_note,
});

function assertRules(before: EscalationState['status'] | null, after: EscalationState) {
  const problem = checkEscalation(before, after);
  if (problem) throw new AppError(problem.code, problem.status, problem.message, { field: problem.field });
}

async function presentById(trx: Db, ctx: RequestContext, id: string) {
  return present(ctx, (await repo.byId(trx, ctx.tenantId, id))!);
}

/**
 * One use case on one item: a knelpunt in a plain transaction; a casus through the youth's file
 * (policy, access log). Someone who can never see a casus gets 404, as if it were not there —
 * the attempt is still on the youth's access log.
 */
async function onItem<T>(ctx: RequestContext, id: string, action: 'read' | 'update', work: (trx: Db, row: repo.EscalationRow) => Promise<T>) {
  assertMayUseEscalations(ctx.user);
  const row = await repo.byId(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound(NOT_FOUND);
  if (row.kind === 'bottleneck') {
    if (action === 'update' && !mayChangeBottleneck(ctx.user, row)) {
      throw new AppError('FORBIDDEN', 403, 'Alleen een teamleider, organisatiemanager, beleidsmedewerker of wie het knelpunt inbracht, kan dit wijzigen.');
    }
    // A knelpunt names no youth, but who read or changed it is on record too.
    return inTransaction(ctx, async (trx) => {
      const result = await work(trx, row);
      await writeAccessLog(trx, ctx, { action, youthId: null, recordType: RECORD, recordId: id });
      return result;
    });
  }
  if (!mayEverSeeCases(ctx.user)) {
    await writeAccessLog(ctx.db, ctx, { action, youthId: row.youth_id, recordType: RECORD, recordId: id, result: 'denied' });
    throw notFound(NOT_FOUND);
  }
  return onYouthFile(ctx, row.youth_id!, { action, recordType: RECORD, recordId: id }, async (trx) => {
    const current = await repo.byId(trx, ctx.tenantId, id);
    return work(trx, current!);
  });
}

/** The items this user may see, per status and kind, newest first; each youth named is logged once. */
export async function list(ctx: RequestContext, query: z.infer<typeof EscalationListQuery>) {
  assertMayUseEscalations(ctx.user);
  const visibility = visibilityOf(ctx.user);
  return inTransaction(ctx, async (trx) => {
    const [rows, counts] = await Promise.all([
      repo.list(trx, ctx.tenantId, visibility, query),
      repo.counts(trx, ctx.tenantId, visibility, query),
    ]);
    // The SQL filter says what the policy says; the policy still has the last word per youth.
    const youthIds = [...new Set(rows.flatMap((r) => (r.youth_id ? [r.youth_id] : [])))];
    const coaches = await youthRepository.people(trx, ctx.tenantId, youthIds);
    const shown = rows.filter((r) => r.kind === 'bottleneck'
      || mayAccessYouth(ctx.user, { id: r.youth_id!, teamId: r.youth_team_id!, coachIds: (coaches.get(r.youth_id!) ?? []).map((c) => c.id) }, 'youth.read'));
    const named = [...new Set(shown.flatMap((r) => (r.youth_id ? [r.youth_id] : [])))];
    // A knelpunt names no youth, but who read it is on record too (as when it is opened).
    const bottlenecks = shown.filter((r) => r.kind === 'bottleneck').map((r) => r.id);
    await writeAccessLogEntries(trx, ctx, [
      ...named.map((youthId) => ({ action: 'read' as const, youthId, recordType: RECORD, recordId: youthId })),
      ...bottlenecks.map((id) => ({ action: 'read' as const, youthId: null, recordType: RECORD, recordId: id })),
    ]);
    return { items: shown.map((r) => present(ctx, r)), counts };
  });
}

export function read(ctx: RequestContext, id: string) {
  return onItem(ctx, id, 'read', async (_trx, row) => present(ctx, row));
}

/** Bring a casus (one youth) or a knelpunt (no youth) to the opschaal-overleg. A retry gets the first one back. */
export async function create(ctx: RequestContext, input: z.infer<typeof NewEscalation>) {
  assertMayUseEscalations(ctx.user);
  if (input.kind === 'bottleneck' && input.youthId) {
    throw new AppError('BOTTLENECK_HAS_YOUTH', 400, 'Een knelpunt gaat niet over één jongere. Kies "casus" om een jongere in te brengen, of laat de jongere weg.', { field: 'youthId' });
  }
  if (input.kind === 'case' && !input.youthId) {
    throw new AppError('CASE_NEEDS_YOUTH', 400, 'Kies de jongere over wie de casus gaat.', { field: 'youthId' });
  }
  assertRules(null, { status: 'open', meetingOn: input.meetingOn ?? null, decision: null, actionDueOn: null, outcome: null, policyChange: false, policyChangeNote: null });
  if (input.kind === 'case' && !mayEverSeeCases(ctx.user)) {
    // One answer whether the id is a youth of this tenant or not, so it tells nothing; the
    // attempt is on the youth's access log when there is such a youth.
    if (await youthRepository.get(ctx.db, ctx.tenantId, input.youthId!)) {
      await writeAccessLog(ctx.db, ctx, { action: 'create', youthId: input.youthId!, recordType: RECORD, recordId: input.id, result: 'denied' });
    }
    throw new AppError('FORBIDDEN', 403, 'Een casus over één jongere brengt de coach of de teamleider van die jongere in. U kunt een knelpunt inbrengen.', { field: 'kind' });
  }
  if (input.kind === 'case') {
    return onYouthFile(ctx, input.youthId!, { action: 'create', recordType: RECORD, recordId: input.id }, (trx, youth) => insert(trx, ctx, input, youth.team_id));
  }
  return inTransaction(ctx, async (trx) => {
    let teamId = input.teamId ?? null;
    const ownTeams = ctx.user.teamIds;
    if (!teamId && ownTeams.length === 1) teamId = ownTeams[0]!;
    if (teamId) {
      const team = await trx.selectFrom('team').select('id').where('tenant_id', '=', ctx.tenantId).where('id', '=', teamId).executeTakeFirst();
      if (!team || (ownTeams.length > 0 && !ownTeams.includes(teamId))) {
        throw new AppError('TEAM_NOT_YOURS', 400, 'Kies een team waarin u werkt.', { field: 'teamId' });
      }
    }
    const result = await insert(trx, ctx, input, teamId);
    await writeAccessLog(trx, ctx, { action: result.created ? 'create' : 'read', youthId: null, recordType: RECORD, recordId: input.id });
    return result;
  });
}

async function insert(trx: Db, ctx: RequestContext, input: z.infer<typeof NewEscalation>, teamId: string | null) {
  const now = ctx.now();
  const fields = { kind: input.kind, youth_id: input.youthId ?? null, team_id: teamId, title: input.title, question: input.question, meeting_on: input.meetingOn ?? null };
  const inserted = await repo.insert(trx, { tenant_id: ctx.tenantId, id: input.id, ...fields, raised_by: ctx.user.id, created_at: now, updated_at: now });
  if (!inserted) {
    const existing = await repo.owner(trx, input.id);
    if (!existing || existing.tenant_id !== ctx.tenantId || existing.raised_by !== ctx.user.id || existing.kind !== input.kind || existing.youth_id !== fields.youth_id) {
      throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
    }
    // A retry sends what the first send did; another title, question or date under this id is a second item.
    if (existing.title !== fields.title || existing.question !== fields.question || existing.meeting_on !== fields.meeting_on
      || (input.kind === 'bottleneck' && existing.team_id !== fields.team_id)) {
      throw new AppError('ID_IN_USE', 409, 'Met dit id is al een ander punt ingebracht. Vernieuw de pagina en breng het opnieuw in.', { field: 'id' });
    }
    return { escalation: await presentById(trx, ctx, input.id), created: false };
  }
  await recordRevision(trx, { tenantId: ctx.tenantId, entity: RECORD, entityId: input.id, youthId: fields.youth_id, actorId: ctx.user.id, at: now, changes: changedFields({}, fields) });
  return { escalation: await presentById(trx, ctx, input.id), created: true };
}

/** Record the meeting date, the decision, who acts by when, the outcome, the status and the policy change. */
export function change(ctx: RequestContext, id: string, input: z.infer<typeof EscalationPatch>) {
  return onItem(ctx, id, 'update', async (trx, current) => {
    if (current.version !== input.version) throw versionConflict(present(ctx, current));
    const set = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.question !== undefined ? { question: input.question } : {}),
      ...(input.meetingOn !== undefined ? { meeting_on: input.meetingOn } : {}),
      ...(input.decision !== undefined ? { decision: input.decision } : {}),
      ...(input.actionOwner !== undefined ? { action_owner: input.actionOwner } : {}),
      ...(input.actionDueOn !== undefined ? { action_due_on: input.actionDueOn } : {}),
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.policyChange !== undefined ? { policy_change: input.policyChange } : {}),
      ...(input.policyChangeNote !== undefined ? { policy_change_note: input.policyChangeNote } : {}),
    };
    const changes = changedFields(current as unknown as Record<string, unknown>, set);
    // Nothing differs from what is stored: no new version, no revision.
    if (Object.keys(changes).length === 0) return present(ctx, current);
    const after = { ...current, ...set };
    assertRules(current.status, stateOf(after));
    const now = ctx.now();
    if (!(await repo.update(trx, ctx.tenantId, id, input.version, set, now))) {
      throw versionConflict(await presentById(trx, ctx, id));
    }
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: RECORD, entityId: id, youthId: current.youth_id, actorId: ctx.user.id, at: now,
      changes,
    });
    return presentById(trx, ctx, id);
  });
}
