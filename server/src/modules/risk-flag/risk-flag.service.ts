import type { z } from 'zod';
import { displayName } from '../../core/youth/youth-rules.js';
import { writeAccessLogEntries } from '../../platform/access-log.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './risk-flag.repository.js';
import type { NewRiskFlag } from './risk-flag.schemas.js';

/**
 * Risk flags (IPTA ch. 3.3): a reason to reconsider the intervention strategy, raised at any
 * time, visible in the youth's file and to the team lead, resolved with a note.
 */
type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

const present = (f: Row) => ({
  id: f.id, youthId: f.youth_id, version: f.version, kind: f.kind, note: f.note,
  raisedBy: { id: f.raised_by_id, name: f.raised_by_name }, raisedAt: new Date(f.raised_at).toISOString(),
  resolvedBy: f.resolved_by_id ? { id: f.resolved_by_id, name: f.resolved_by_name ?? '?' } : null,
  resolvedAt: f.resolved_at ? new Date(f.resolved_at).toISOString() : null, resolutionNote: f.resolution_note,
});

export function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'risk_flag' }, async (trx) =>
    ({ items: (await repo.ofYouth(trx, ctx.tenantId, youthId)).map(present) }));
}

export function raise(ctx: RequestContext, youthId: string, input: z.infer<typeof NewRiskFlag>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'risk_flag', recordId: input.id }, async (trx) => {
    await assertListed(trx, ctx.tenantId, [{ field: 'kind', list: 'risk_indicator', values: [input.kind] }]);
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, kind: input.kind, note: input.note || null, raised_by: ctx.user.id, raised_at: ctx.now(),
      resolved_at: null, resolved_by: null, resolution_note: null,
    });
    if (created) {
      await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'risk_flag', entityId: input.id, youthId, actorId: ctx.user.id, at: ctx.now(),
        changes: { kind: [null, input.kind], note: [null, input.note || null] } });
    }
    return { flag: present(sameRecordOrConflict(await repo.byId(trx, input.id), ctx.tenantId, youthId)), created };
  });
}

export async function resolve(ctx: RequestContext, flagId: string, input: { version: number; note: string }) {
  const found = await repo.get(ctx.db, ctx.tenantId, flagId);
  if (!found) throw notFound('Dit risicosignaal');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'risk_flag', recordId: flagId }, async (trx) => {
    const current = (await repo.get(trx, ctx.tenantId, flagId))!;
    if (current.resolved_at) throw new AppError('ALREADY_RESOLVED', 409, 'Dit risicosignaal is al afgehandeld.', { current: present(current) });
    if (!(await repo.resolve(trx, ctx.tenantId, flagId, input.version, ctx.user.id, ctx.now(), input.note))) throw versionConflict(present((await repo.get(trx, ctx.tenantId, flagId))!));
    await recordRevision(trx, { tenantId: ctx.tenantId, entity: 'risk_flag', entityId: flagId, youthId: current.youth_id, actorId: ctx.user.id, at: ctx.now(),
      changes: { resolved_at: [null, ctx.now().toISOString()], resolution_note: [null, input.note] } });
    return present((await repo.get(trx, ctx.tenantId, flagId))!);
  });
}

/** The team lead's overview: open flags of the team's youth. Each youth shown is logged as read. */
export async function openInTeam(ctx: RequestContext, teamId: string) {
  if (!(hasRole(ctx.user, 'teamleider') && ctx.user.teamIds.includes(teamId))) {
    throw new AppError('FORBIDDEN', 403, 'Alleen de teamleider van dit team ziet de risicosignalen van het team.');
  }
  const rows = await repo.openInTeam(ctx.db, ctx.tenantId, teamId);
  // On record before the answer goes out, all in one write (as the worklists log the youth they
  // name): a transaction with one entry per youth after another was a round trip each.
  await writeAccessLogEntries(ctx.db, ctx, [...new Set(rows.map((r) => r.youth_id))].map((youthId) => ({ action: 'read' as const, youthId, recordType: 'risk_flag', recordId: youthId })));
  return { items: rows.map((r) => ({ ...present(r), youthName: displayName(r) })) };
}
