import type { Db } from '../../platform/db/index.js';
import type { TrajectoryRow } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { AccessDenied } from '../../platform/policy.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import * as trajectoryRepository from '../trajectory/trajectory.repository.js';
import { onYouthFile } from '../youth/youth.service.js';

/**
 * A use case on the afronding of one trajectory: through the youth's file (policy, access
 * log, one transaction), with the trajectory read in it — locked when something changes.
 */
export async function onTrajectory<T>(
  ctx: RequestContext, trajectoryId: string,
  intent: { action: 'read' | 'create' | 'update'; recordType: string; recordId?: string },
  work: (trx: Db, trajectory: TrajectoryRow) => Promise<T>,
): Promise<T> {
  const found = await trajectoryRepository.get(ctx.db, ctx.tenantId, trajectoryId);
  if (!found) {
    // Whoever can never open a youth's file (the policy officer, the admin) gets the same 403
    // whether the id is a trajectory or not, so a refusal tells nothing about which ids exist.
    if (!hasRole(ctx.user, 'coach') && !hasRole(ctx.user, 'teamleider')) {
      throw new AccessDenied({ action: intent.action, recordType: intent.recordType, recordId: trajectoryId, result: 'denied' });
    }
    throw notFound('Dit traject');
  }
  return onYouthFile(ctx, found.youth_id, { ...intent, recordId: intent.recordId ?? trajectoryId }, async (trx) => {
    const t = intent.action === 'read'
      ? await trajectoryRepository.get(trx, ctx.tenantId, trajectoryId)
      : await trajectoryRepository.getForUpdate(trx, ctx.tenantId, trajectoryId);
    return work(trx, t!);
  });
}

/** The phases in which a trajectory is being rounded off (IPTA Uitstroom and Nazorg, IJA Fase 4 Afronding). */
const CLOSING_PHASE_KEYS = ['uitstroom', 'nazorg', 'afronding'];

/** Closed, or in a closing phase (or the model's last phase): the afronding can be recorded. */
export async function isClosing(trx: Db, ctx: RequestContext, t: TrajectoryRow) {
  if (t.status === 'closed') return true;
  const phases = await trajectoryRepository.phases(trx, ctx.tenantId);
  const current = phases.find((p) => p.id === t.current_phase_id);
  return current !== undefined && (CLOSING_PHASE_KEYS.includes(current.key) || current.id === phases.at(-1)?.id);
}

export async function assertClosing(trx: Db, ctx: RequestContext, t: TrajectoryRow) {
  if (!(await isClosing(trx, ctx, t))) {
    throw new AppError('TRAJECTORY_NOT_CLOSING', 409, 'Dit traject is nog niet in de afronding. Breng het naar de laatste fase of sluit het af met een eindgesprek.');
  }
}

/** A client-made id already used for another record, or for this one with other content (no retry). */
export const ID_IN_USE = () => new AppError('ID_IN_USE', 409, 'Met dit id is al iets anders vastgelegd. Vernieuw de pagina en probeer het opnieuw.', { field: 'id' });
