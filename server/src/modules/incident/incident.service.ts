import type { z } from 'zod';
import { responseMinutes } from '../../core/casework/casework-rules.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { assertNotInFuture as notInFuture } from '../../platform/input-rules.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './incident.repository.js';
import type { IncidentPatch, NewIncident } from './incident.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

const present = (i: Row) => ({
  id: i.id, youthId: i.youth_id, version: i.version, reportedAt: new Date(i.reported_at).toISOString(),
  coachArrivedAt: i.coach_arrived_at ? new Date(i.coach_arrived_at).toISOString() : null,
  responseMinutes: responseMinutes(new Date(i.reported_at), i.coach_arrived_at ? new Date(i.coach_arrived_at) : null),
  place: i.place, what: i.what, involved: i.involved, agreed: i.agreed, followUp: i.follow_up,
  author: { id: i.author_id, name: i.author_name },
});

type Fields = Partial<Omit<z.infer<typeof NewIncident>, 'id'>>;

function validate(ctx: RequestContext, reportedAt: string | Date, arrivedAt: string | Date | null | undefined) {
  const now = ctx.now();
  notInFuture(new Date(reportedAt).toISOString(), now, 'reportedAt');
  if (arrivedAt) {
    notInFuture(new Date(arrivedAt).toISOString(), now, 'coachArrivedAt');
    if (new Date(arrivedAt) < new Date(reportedAt)) {
      throw new AppError('ARRIVED_BEFORE_REPORT', 400, 'De coach kan er niet eerder zijn dan de melding.', { field: 'coachArrivedAt' });
    }
  }
}

const columns = (f: Fields) => ({
  ...(f.reportedAt !== undefined ? { reported_at: f.reportedAt } : {}),
  ...(f.coachArrivedAt !== undefined ? { coach_arrived_at: f.coachArrivedAt } : {}),
  ...(f.place !== undefined ? { place: f.place } : {}),
  ...(f.what !== undefined ? { what: f.what } : {}),
  ...(f.involved !== undefined ? { involved: f.involved || null } : {}),
  ...(f.agreed !== undefined ? { agreed: f.agreed || null } : {}),
  ...(f.followUp !== undefined ? { follow_up: f.followUp || null } : {}),
});

export async function record(ctx: RequestContext, youthId: string, input: z.infer<typeof NewIncident>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'incident', recordId: input.id }, async (trx) => {
    validate(ctx, input.reportedAt, input.coachArrivedAt);
    await assertListed(trx, ctx.tenantId, [{ field: 'place', list: 'incident_place', values: [input.place] }]);
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, reported_at: input.reportedAt, coach_arrived_at: input.coachArrivedAt ?? null,
      place: input.place, what: input.what, involved: input.involved || null, agreed: input.agreed || null, follow_up: input.followUp || null,
      author_id: ctx.user.id, created_at: ctx.now(),
    });
    return { incident: present(sameRecordOrConflict(await repo.byId(trx, input.id), ctx.tenantId, youthId)), created };
  });
}

export async function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'incident' }, async (trx) =>
    ({ items: (await repo.ofYouth(trx, ctx.tenantId, youthId)).map(present) }));
}

/** Typically: the coach arrives and adds the time, what was agreed and the follow-up. */
export async function change(ctx: RequestContext, incidentId: string, input: z.infer<typeof IncidentPatch>) {
  const found = await repo.get(ctx.db, ctx.tenantId, incidentId);
  if (!found) throw notFound('Dit incident');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'incident', recordId: incidentId }, async (trx) => {
    const current = (await repo.get(trx, ctx.tenantId, incidentId))!;
    if (current.version !== input.version) throw versionConflict(present(current));
    const { version, ...fields } = input;
    validate(ctx, fields.reportedAt ?? current.reported_at, fields.coachArrivedAt !== undefined ? fields.coachArrivedAt : current.coach_arrived_at);
    await assertListed(trx, ctx.tenantId, [{ field: 'place', list: 'incident_place', values: [fields.place] }]);
    const set = columns(fields);
    if (!(await repo.update(trx, ctx.tenantId, incidentId, version, set))) throw versionConflict(present(current));
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'incident', entityId: incidentId, youthId: current.youth_id, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields(current as unknown as Record<string, unknown>, set),
    });
    return present((await repo.get(trx, ctx.tenantId, incidentId))!);
  });
}
