import type { z } from 'zod';
import { withinEditWindow } from '../../core/casework/casework-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import { assertNotInFuture as notInFuture } from '../../platform/input-rules.js';
import * as repo from './contact.repository.js';
import type { ContactPatch, NewAddendum, NewContact } from './contact.schemas.js';

/**
 * Contactmomenten: the coach's record of each meeting, with optional 5G note and scaling
 * score. A contact can be changed within the tenant's edit window (history kept); after that
 * it is amended with a visible addendum, never silently changed.
 */

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

async function present(db: Db, ctx: RequestContext, c: Row) {
  const [addenda, editDays] = await Promise.all([repo.addenda(db, ctx.tenantId, c.id), repo.editDays(db, ctx.tenantId)]);
  return {
    id: c.id, youthId: c.youth_id, version: c.version, happenedAt: new Date(c.happened_at).toISOString(), mode: c.mode,
    withWhom: c.with_whom, durationMinutes: c.duration_minutes, note: c.note, principles: c.principles, fiveG: c.five_g,
    scalingScore: c.scaling_score, scalingTopic: c.scaling_topic, appointmentId: c.appointment_id,
    author: { id: c.author_id, name: c.author_name }, createdAt: new Date(c.created_at).toISOString(),
    editable: withinEditWindow(new Date(c.created_at), ctx.now(), editDays),
    addenda: addenda.map((a) => ({ id: a.id, text: a.text, author: { id: a.author_id, name: a.author_name }, at: new Date(a.at).toISOString() })),
  };
}

type Fields = Partial<Omit<z.infer<typeof NewContact>, 'id'>>;

async function assertContactOptions(db: Db, ctx: RequestContext, input: Fields) {
  if (input.happenedAt) notInFuture(input.happenedAt, ctx.now(), 'happenedAt');
  await assertListed(db, ctx.tenantId, [
    { field: 'mode', list: 'contact_mode', values: [input.mode] },
    { field: 'withWhom', list: 'contact_with', values: input.withWhom ?? [] },
    { field: 'principles', list: 'working_principle', values: input.principles ?? [] },
  ]);
}

function columns(input: Fields) {
  return {
    ...(input.happenedAt !== undefined ? { happened_at: input.happenedAt } : {}),
    ...(input.mode !== undefined ? { mode: input.mode } : {}),
    ...(input.withWhom !== undefined ? { with_whom: input.withWhom } : {}),
    ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
    ...(input.note !== undefined ? { note: input.note || null } : {}),
    ...(input.principles !== undefined ? { principles: input.principles } : {}),
    ...(input.fiveG !== undefined ? { five_g: input.fiveG ? JSON.stringify(input.fiveG) : null } : {}),
    ...(input.scalingScore !== undefined ? { scaling_score: input.scalingScore } : {}),
    ...(input.scalingTopic !== undefined ? { scaling_topic: input.scalingTopic || null } : {}),
  };
}

/**
 * Also used when an appointment is marked as held: the contact comes from it in one tap
 * (`appointmentId` is set only that way). A retry returns the same contact; an id of another
 * contact, or of one made for another appointment, is refused.
 */
export async function insertContact(trx: Db, ctx: RequestContext, youthId: string, input: z.infer<typeof NewContact> & { appointmentId?: string }) {
  await assertContactOptions(trx, ctx, input);
  const inserted = await repo.insert(trx, {
    tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, happened_at: input.happenedAt, mode: input.mode, with_whom: input.withWhom,
    duration_minutes: input.durationMinutes ?? null, note: input.note || null, principles: input.principles ?? [],
    five_g: input.fiveG ? JSON.stringify(input.fiveG) : null, scaling_score: input.scalingScore ?? null,
    scaling_topic: input.scalingTopic || null, appointment_id: input.appointmentId ?? null, author_id: ctx.user.id, created_at: ctx.now(),
  });
  const row = sameRecordOrConflict(await repo.byId(trx, input.id), ctx.tenantId, youthId);
  if (!inserted && row.appointment_id !== (input.appointmentId ?? null)) {
    throw new AppError('ID_IN_USE', 409, 'Dit id hoort bij een ander contactmoment. Vernieuw de pagina en probeer het opnieuw.');
  }
  return { contact: await present(trx, ctx, row), created: inserted };
}

export async function record(ctx: RequestContext, youthId: string, input: z.infer<typeof NewContact>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'contact', recordId: input.id },
    (trx) => insertContact(trx, ctx, youthId, input));
}

async function youthOfContact(ctx: RequestContext, contactId: string) {
  const row = await repo.get(ctx.db, ctx.tenantId, contactId);
  if (!row) throw notFound('Dit contactmoment');
  return row.youth_id;
}

export async function read(ctx: RequestContext, contactId: string) {
  const youthId = await youthOfContact(ctx, contactId);
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'contact', recordId: contactId },
    async (trx) => present(trx, ctx, (await repo.get(trx, ctx.tenantId, contactId))!));
}

export async function change(ctx: RequestContext, contactId: string, input: z.infer<typeof ContactPatch>) {
  const youthId = await youthOfContact(ctx, contactId);
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'contact', recordId: contactId }, async (trx) => {
    const current = (await repo.get(trx, ctx.tenantId, contactId))!;
    if (current.version !== input.version) throw versionConflict(await present(trx, ctx, current));
    if (!withinEditWindow(new Date(current.created_at), ctx.now(), await repo.editDays(trx, ctx.tenantId))) {
      throw new AppError('EDIT_WINDOW_PASSED', 409, 'Dit contactmoment is ouder dan de wijzigingstermijn. Voeg een aanvulling toe in plaats van het te wijzigen.');
    }
    const { version, ...fields } = input;
    await assertContactOptions(trx, ctx, fields);
    const set = columns(fields);
    if (!(await repo.update(trx, ctx.tenantId, contactId, version, set))) throw versionConflict(await present(trx, ctx, current));
    // Compare like with like: the stored 5G note is an object, the moment an instant.
    const before = { ...current, happened_at: new Date(current.happened_at).toISOString() };
    const after = {
      ...set,
      ...(set.happened_at ? { happened_at: new Date(set.happened_at).toISOString() } : {}),
      ...(set.five_g !== undefined ? { five_g: set.five_g ? JSON.parse(set.five_g) : null } : {}),
    };
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'contact', entityId: contactId, youthId, actorId: ctx.user.id, at: ctx.now(),
      changes: changedFields(before as unknown as Record<string, unknown>, after),
    });
    return present(trx, ctx, (await repo.get(trx, ctx.tenantId, contactId))!);
  });
}

export async function amend(ctx: RequestContext, contactId: string, input: z.infer<typeof NewAddendum>) {
  const youthId = await youthOfContact(ctx, contactId);
  return onYouthFile(ctx, youthId, { action: 'update', recordType: 'contact_addendum', recordId: contactId }, async (trx) => {
    const inserted = await repo.insertAddendum(trx, { tenant_id: ctx.tenantId, id: input.id, contact_id: contactId, youth_id: youthId, text: input.text, author_id: ctx.user.id, at: ctx.now() });
    if (!inserted && !(await repo.addenda(trx, ctx.tenantId, contactId)).some((a) => a.id === input.id)) {
      throw new AppError('ID_IN_USE', 409, 'Dit id is al in gebruik. Vernieuw de pagina en probeer het opnieuw.');
    }
    return present(trx, ctx, (await repo.get(trx, ctx.tenantId, contactId))!);
  });
}

export async function scaling(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'scaling' }, async (trx) => ({
    items: (await repo.scalingSeries(trx, ctx.tenantId, youthId)).map((r) => ({
      at: new Date(r.happened_at).toISOString(), score: r.scaling_score!, topic: r.scaling_topic, contactId: r.id,
    })),
  }));
}
