import type { z } from 'zod';
import { displayName } from '../../core/youth/youth-rules.js';
import type { AppointmentStatus } from '../../platform/db/schema.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import type { RequestContext } from '../../platform/request-context.js';
import { insertContact } from '../contact/contact.service.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './appointment.repository.js';
import type { HeldBody, NewAppointment } from './appointment.schemas.js';

/** Afspraken: planned with the youth and/or others; held (→ a contact), no-show or cancelled. */

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

export const presentAppointment = (a: Row) => ({
  id: a.id, youthId: a.youth_id, youthName: displayName(a), version: a.version, startsAt: new Date(a.starts_at).toISOString(),
  durationMinutes: a.duration_minutes, place: a.place, purpose: a.purpose, withWhom: a.with_whom, status: a.status,
  contactId: a.contact_id, coach: { id: a.coach_id, name: a.coach_name },
});

export async function plan(ctx: RequestContext, youthId: string, input: z.infer<typeof NewAppointment>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'appointment', recordId: input.id }, async (trx) => {
    await assertListed(trx, ctx.tenantId, [{ field: 'withWhom', list: 'contact_with', values: input.withWhom ?? [] }]);
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, coach_id: ctx.user.id, starts_at: input.startsAt,
      duration_minutes: input.durationMinutes ?? 60, place: input.place || null, purpose: input.purpose,
      with_whom: input.withWhom ?? ['jongere'], status: 'planned', contact_id: null, created_by: ctx.user.id, created_at: ctx.now(),
    });
    return { appointment: presentAppointment(sameRecordOrConflict(await repo.byId(trx, input.id), ctx.tenantId, youthId)), created };
  });
}

export async function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'appointment' }, async (trx) =>
    ({ items: (await repo.ofYouth(trx, ctx.tenantId, youthId)).map(presentAppointment) }));
}

async function settle(ctx: RequestContext, appointmentId: string, version: number, status: AppointmentStatus, held?: z.infer<typeof HeldBody>) {
  const found = await repo.get(ctx.db, ctx.tenantId, appointmentId);
  if (!found) throw notFound('Deze afspraak');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'appointment', recordId: appointmentId }, async (trx) => {
    const current = (await repo.get(trx, ctx.tenantId, appointmentId))!;
    // The same "held" sent again (an answer lost on the street) gets the same result, not an error.
    if (held && current.status === 'held' && current.contact_id === held.contactId) return presentAppointment(current);
    if (current.version !== version) throw versionConflict(presentAppointment(current));
    if (current.status !== 'planned') throw new AppError('APPOINTMENT_SETTLED', 409, 'Deze afspraak is al afgehandeld.');
    let contactId: string | null = null;
    if (held) {
      if (new Date(current.starts_at) > ctx.now()) {
        throw new AppError('APPOINTMENT_NOT_YET', 409, 'Deze afspraak moet nog beginnen; markeer haar daarna als gehouden.');
      }
      const { contact } = await insertContact(trx, ctx, current.youth_id, {
        id: held.contactId, appointmentId, happenedAt: new Date(current.starts_at).toISOString(), mode: held.mode ?? 'face_to_face',
        withWhom: current.with_whom, durationMinutes: current.duration_minutes, note: held.note, fiveG: held.fiveG,
        scalingScore: held.scalingScore, scalingTopic: held.scalingTopic, principles: held.principles,
      });
      contactId = contact.id;
    }
    if (!(await repo.setStatus(trx, ctx.tenantId, appointmentId, version, status, contactId))) throw versionConflict(presentAppointment(current));
    return presentAppointment((await repo.get(trx, ctx.tenantId, appointmentId))!);
  });
}

export const markHeld = (ctx: RequestContext, id: string, body: z.infer<typeof HeldBody>) => settle(ctx, id, body.version, 'held', body);
export const markNoShow = (ctx: RequestContext, id: string, version: number) => settle(ctx, id, version, 'no_show');
export const cancel = (ctx: RequestContext, id: string, version: number) => settle(ctx, id, version, 'cancelled');
