import type { z } from 'zod';
import { phaseTimeline } from '../../core/trajectory/phase-timeline.js';
import { planTransition } from '../../core/trajectory/transitions.js';
import type { Db } from '../../platform/db/index.js';
import type { PhaseRow, TrajectoryRow } from '../../platform/db/schema.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { writeAccessLog } from '../../platform/access-log.js';
import type { RequestContext } from '../../platform/request-context.js';
import { inTransaction, withoutTransaction } from '../../platform/transaction.js';
import { loadAuthorised } from '../youth/youth.service.js';
import * as tenantConfigRepository from '../tenant-config/tenant-config.repository.js';
import * as trajectoryRepository from './trajectory.repository.js';
import type { ReopenBody, ScoutChecksBody, TransitionBody } from './trajectory.schemas.js';
import { scoutGateBlocks, scoutState } from '../../core/casework/scout-gate.js';

/**
 * A youth's trajectory (traject) through the tenant's phases. Every step is an event with
 * who, when and why; the trajectory row holds only the current state.
 */

const ID_IN_USE = () => new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');

async function present(db: Db, ctx: RequestContext, rows: TrajectoryRow[]) {
  const [phases, events, checks] = await Promise.all([
    trajectoryRepository.phasesById(db, ctx.tenantId),
    trajectoryRepository.events(db, ctx.tenantId, rows.map((t) => t.id)),
    trajectoryRepository.scoutChecks(db, ctx.tenantId, rows.map((t) => t.id)),
  ]);
  const phaseName = (id: string | null) => (id ? phases.get(id)?.name ?? '?' : null);
  const now = ctx.now();
  return rows.map((t) => {
    const own = events.filter((e) => e.trajectory_id === t.id);
    const current = phases.get(t.current_phase_id)!;
    const timeline = phaseTimeline(
      own.map((e) => ({ kind: e.kind, toPhaseId: e.to_phase_id, at: new Date(e.at) })),
      [...phases.values()].map((p) => ({ id: p.id, name: p.name, plannedWeeks: p.planned_weeks })),
      now,
    );
    const names = new Map(checks.map((c) => [c.by_id, c.by_name]));
    const scout = scoutState(checks.filter((c) => c.trajectory_id === t.id)
      .map((c) => ({ condition: c.condition, met: c.met, at: new Date(c.at), byId: c.by_id })));
    return {
      id: t.id, youthId: t.youth_id, version: t.version, status: t.status,
      scout: {
        complete: scout.complete,
        conditions: scout.conditions.map((c) => ({
          condition: c.condition, met: c.met, at: c.at?.toISOString() ?? null, by: c.byId ? { id: c.byId, name: names.get(c.byId) ?? '?' } : null,
        })),
      },
      startedAt: new Date(t.started_at).toISOString(), closedAt: t.closed_at ? new Date(t.closed_at).toISOString() : null,
      closingReason: t.closing_reason, reopenedFrom: t.reopened_from,
      currentPhase: { id: current.id, key: current.key, name: current.name, position: current.position, plannedWeeks: current.planned_weeks, subSteps: current.sub_steps },
      phaseEnteredAt: new Date(t.phase_entered_at).toISOString(),
      timeline: timeline.map((s) => ({ ...s, enteredAt: s.enteredAt.toISOString(), leftAt: s.leftAt?.toISOString() ?? null })),
      events: own.map((e) => ({
        id: e.id, kind: e.kind, fromPhase: phaseName(e.from_phase_id), toPhase: phaseName(e.to_phase_id),
        reason: e.reason, closingReason: e.closing_reason, gateOverrideReason: e.gate_override_reason, actor: { id: e.actor_id, name: e.actor_name }, at: new Date(e.at).toISOString(),
      })),
    };
  });
}

async function presentOne(db: Db, ctx: RequestContext, row: TrajectoryRow) {
  return (await present(db, ctx, [row]))[0]!;
}

export async function listForYouth(ctx: RequestContext, youthId: string) {
  return withoutTransaction(ctx, async (db) => {
    await loadAuthorised(db, ctx, youthId, 'youth.read', 'trajectory');
    const rows = await trajectoryRepository.ofYouth(db, ctx.tenantId, youthId);
    await writeAccessLog(db, ctx, { action: 'read', youthId, recordType: 'trajectory', recordId: youthId });
    return { items: await present(db, ctx, rows) };
  });
}

/** Open a trajectory in `phase`; shared by start and reopen. */
async function open(trx: Db, ctx: RequestContext, youthId: string, id: string, phase: PhaseRow, reason: string | null, reopenedFrom: string | null, gateOverrideReason: string | null = null) {
  if (await trajectoryRepository.openOfYouth(trx, ctx.tenantId, youthId)) {
    throw new AppError('TRAJECTORY_OPEN', 409, 'Deze jongere heeft al een lopend traject.');
  }
  const now = ctx.now();
  const row = {
    tenant_id: ctx.tenantId, id, youth_id: youthId, status: 'active' as const, current_phase_id: phase.id,
    phase_entered_at: now, started_at: now, closed_at: null, closing_reason: null, reopened_from: reopenedFrom,
  };
  await trajectoryRepository.insert(trx, row);
  await trajectoryRepository.insertEvent(trx, {
    tenant_id: ctx.tenantId, id: crypto.randomUUID(), trajectory_id: id, youth_id: youthId,
    kind: reopenedFrom ? 'reopen' : 'start', from_phase_id: null, to_phase_id: phase.id, reason, closing_reason: null, actor_id: ctx.user.id, at: now,
    gate_override_reason: gateOverrideReason,
  });
  await writeAccessLog(trx, ctx, { action: 'create', youthId, recordType: 'trajectory', recordId: id });
  return (await trajectoryRepository.get(trx, ctx.tenantId, id))!;
}

export async function start(ctx: RequestContext, youthId: string, id: string) {
  return inTransaction(ctx, async (trx) => {
    await loadAuthorised(trx, ctx, youthId, 'trajectory.change', 'trajectory', true);
    const taken = await trajectoryRepository.findAnywhere(trx, id);
    if (taken) {
      // A retry of the same start returns what the first one made.
      if (taken.tenant_id !== ctx.tenantId || taken.youth_id !== youthId) throw ID_IN_USE();
      return { trajectory: await presentOne(trx, ctx, (await trajectoryRepository.get(trx, ctx.tenantId, id))!), created: false };
    }
    const row = await startInFirstPhase(trx, ctx, youthId, id);
    return { trajectory: await presentOne(trx, ctx, row), created: true };
  });
}

/** Open a trajectory in the model's first phase (the caller checked the policy). */
export async function startInFirstPhase(trx: Db, ctx: RequestContext, youthId: string, id: string = crypto.randomUUID()) {
  await tenantConfigRepository.lockPhaseModel(trx, ctx.tenantId, 'share');
  const [first] = await trajectoryRepository.phases(trx, ctx.tenantId);
  if (!first) throw new AppError('NO_PHASES', 409, 'Er is geen fasemodel ingesteld. Vraag de functioneel beheerder.');
  return open(trx, ctx, youthId, id, first, null, null);
}

export async function transition(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof TransitionBody>) {
  return inTransaction(ctx, (trx) => transitionIn(trx, ctx, trajectoryId, input));
}

/** One step of the trajectory inside the caller's transaction (closing with a closing conversation takes both together). */
export async function transitionIn(trx: Db, ctx: RequestContext, trajectoryId: string, input: z.infer<typeof TransitionBody>) {
  const current = await trajectoryRepository.getForUpdate(trx, ctx.tenantId, trajectoryId);
  if (!current) throw notFound('Dit traject');
  await loadAuthorised(trx, ctx, current.youth_id, 'trajectory.change', 'trajectory');
  if (current.version !== input.version) throw versionConflict(await presentOne(trx, ctx, current));
  if (input.kind === 'close' && input.closingReason
    && (await tenantConfigRepository.activeOptions(trx, ctx.tenantId, [{ list: 'closing_reason', key: input.closingReason }])).size === 0) {
    throw new AppError('UNKNOWN_CLOSING_REASON', 400, 'Kies een reden van afsluiten uit de lijst.', { field: 'closingReason' });
  }
  const phases = await trajectoryRepository.phases(trx, ctx.tenantId);
  if (input.toPhaseId && !phases.some((p) => p.id === input.toPhaseId)) throw notFound('Deze fase');
  const currentPhase = phases.find((p) => p.id === current.current_phase_id);
  // Scout complete (IPTA ch. 2): leaving the first phase needs all four conditions, or a reason.
  const leavingFirstPhase = currentPhase !== undefined && currentPhase.id === phases[0]?.id;
  const { missing } = scoutState((await trajectoryRepository.scoutChecks(trx, ctx.tenantId, [trajectoryId]))
    .map((c) => ({ condition: c.condition, met: c.met, at: new Date(c.at), byId: c.by_id })));
  const movingForward = input.kind === 'forward';
  if (scoutGateBlocks({ leavingFirstPhase, movingForward, missing, overrideReason: input.gateOverrideReason })) {
    throw new AppError('SCOUT_INCOMPLETE', 409,
      'Nog niet alle vier voorwaarden van de scoutfase zijn afgevinkt. Vink ze af, of geef een reden om toch door te gaan.', { missing });
  }
  const outcome = planTransition(
    { status: current.status, currentPosition: currentPhase?.position ?? -1 },
    phases.map((p) => ({ id: p.id, position: p.position })),
    input,
  );
  const now = ctx.now();
  const updated = await trajectoryRepository.update(trx, ctx.tenantId, trajectoryId, input.version, {
    status: outcome.status,
    ...(outcome.toPhase ? { current_phase_id: outcome.toPhase.id, phase_entered_at: now } : {}),
    ...(outcome.status === 'closed' ? { closed_at: now, closing_reason: input.closingReason ?? null } : {}),
  });
  if (!updated) throw versionConflict(await presentOne(trx, ctx, current));
  await trajectoryRepository.insertEvent(trx, {
    tenant_id: ctx.tenantId, id: crypto.randomUUID(), trajectory_id: trajectoryId, youth_id: current.youth_id, kind: input.kind,
    from_phase_id: current.current_phase_id, to_phase_id: outcome.toPhase?.id ?? null,
    reason: input.reason.trim(), closing_reason: input.kind === 'close' ? input.closingReason ?? null : null,
    gate_override_reason: leavingFirstPhase && movingForward && missing.length ? input.gateOverrideReason!.trim() : null,
    actor_id: ctx.user.id, at: now,
  });
  await writeAccessLog(trx, ctx, { action: 'update', youthId: current.youth_id, recordType: 'trajectory', recordId: trajectoryId });
  return presentOne(trx, ctx, updated);
}

/** Tick (or untick) scout-complete conditions; each tick is kept with who and when. */
export async function checkScout(ctx: RequestContext, trajectoryId: string, input: z.infer<typeof ScoutChecksBody>) {
  return inTransaction(ctx, async (trx) => {
    const current = await trajectoryRepository.getForUpdate(trx, ctx.tenantId, trajectoryId);
    if (!current) throw notFound('Dit traject');
    await loadAuthorised(trx, ctx, current.youth_id, 'trajectory.change', 'scout_check');
    const state = scoutState((await trajectoryRepository.scoutChecks(trx, ctx.tenantId, [trajectoryId]))
      .map((c) => ({ condition: c.condition, met: c.met, at: new Date(c.at), byId: c.by_id })));
    const changed = input.conditions.filter((c) => state.conditions.find((s) => s.condition === c.condition)?.met !== c.met);
    await trajectoryRepository.insertScoutChecks(trx, changed.map((c) => ({
      tenant_id: ctx.tenantId, trajectory_id: trajectoryId, youth_id: current.youth_id, condition: c.condition, met: c.met, at: ctx.now(), by_id: ctx.user.id,
    })));
    await writeAccessLog(trx, ctx, { action: 'update', youthId: current.youth_id, recordType: 'scout_check', recordId: trajectoryId });
    return presentOne(trx, ctx, current);
  });
}

/** Reopen a closed trajectory in one step: a new trajectory for the same youth, the old one kept as it was. */
export async function reopen(ctx: RequestContext, closedId: string, input: z.infer<typeof ReopenBody>) {
  return inTransaction(ctx, async (trx) => {
    const closed = await trajectoryRepository.get(trx, ctx.tenantId, closedId);
    if (!closed) throw notFound('Dit traject');
    await loadAuthorised(trx, ctx, closed.youth_id, 'trajectory.change', 'trajectory', true);
    const taken = await trajectoryRepository.findAnywhere(trx, input.id);
    if (taken) {
      if (taken.tenant_id !== ctx.tenantId || taken.reopened_from !== closedId) throw ID_IN_USE();
      return { trajectory: await presentOne(trx, ctx, (await trajectoryRepository.get(trx, ctx.tenantId, input.id))!), created: false };
    }
    if (closed.status !== 'closed') throw new AppError('TRAJECTORY_NOT_CLOSED', 409, 'Alleen een afgesloten traject kan heropend worden.');
    if (!input.reason.trim()) throw new AppError('REASON_REQUIRED', 400, 'Geef een reden op, zodat een collega later begrijpt waarom.', { field: 'reason' });
    await tenantConfigRepository.lockPhaseModel(trx, ctx.tenantId, 'share');
    const phases = await trajectoryRepository.phases(trx, ctx.tenantId);
    const phase = input.phaseId ? phases.find((p) => p.id === input.phaseId) : phases[0];
    if (!phase) throw notFound('Deze fase');
    // Reopening past the first phase skips the scout conditions: that, too, needs a stated reason.
    const skipsScout = phase.id !== phases[0]?.id;
    if (skipsScout && !input.gateOverrideReason?.trim()) {
      throw new AppError('SCOUT_INCOMPLETE', 409, 'Heropenen in een latere fase slaat de scoutfase over. Geef een reden om dat te doen.', { missing: [] });
    }
    const row = await open(trx, ctx, closed.youth_id, input.id, phase, input.reason.trim(), closedId, skipsScout ? input.gateOverrideReason!.trim() : null);
    return { trajectory: await presentOne(trx, ctx, row), created: true };
  });
}
