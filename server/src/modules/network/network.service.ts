import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { NetworkPersonTable, NetworkProfessionalTable } from '../../platform/db/schema.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { assertDateNotInFuture } from '../../platform/input-rules.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import type { RequestContext } from '../../platform/request-context.js';
import { changedFields, recordRevision } from '../../platform/revisions.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './network.repository.js';
import type { NetworkPersonPatch, NewNetworkPerson, NewProfessional, ProfessionalPatch } from './network.schemas.js';

type PersonRow = NonNullable<Awaited<ReturnType<typeof repo.person>>>;
type ProfessionalRow = NonNullable<Awaited<ReturnType<typeof repo.professional>>>;

const presentPerson = (p: PersonRow) => ({
  id: p.id, youthId: p.youth_id, version: p.version, name: p.name, relation: p.relation, ring: p.ring,
  supportPractical: p.support_practical, supportEmotional: p.support_emotional, influence: p.influence, isJim: p.is_jim,
  note: p.note, leftOn: p.left_on, createdAt: new Date(p.created_at).toISOString(),
});

const presentProfessional = (p: ProfessionalRow) => ({
  id: p.id, youthId: p.youth_id, version: p.version, name: p.name, organisation: p.organisation, role: p.role, phone: p.phone,
  email: p.email, involvedSince: p.involved_since, whatTheyDo: p.what_they_do, endedOn: p.ended_on, createdAt: new Date(p.created_at).toISOString(),
});

type PersonFields = Partial<Omit<z.infer<typeof NewNetworkPerson>, 'id'>> & { leftOn?: string | null | undefined };
const personColumns = (f: PersonFields): Updateable<NetworkPersonTable> => ({
  ...(f.name !== undefined ? { name: f.name } : {}),
  ...(f.relation !== undefined ? { relation: f.relation } : {}),
  ...(f.ring !== undefined ? { ring: f.ring } : {}),
  ...(f.supportPractical !== undefined ? { support_practical: f.supportPractical } : {}),
  ...(f.supportEmotional !== undefined ? { support_emotional: f.supportEmotional } : {}),
  ...(f.influence !== undefined ? { influence: f.influence } : {}),
  ...(f.isJim !== undefined ? { is_jim: f.isJim } : {}),
  ...(f.note !== undefined ? { note: f.note || null } : {}),
  ...(f.leftOn !== undefined ? { left_on: f.leftOn } : {}),
});

type ProfessionalFields = Partial<Omit<z.infer<typeof NewProfessional>, 'id'>> & { endedOn?: string | null | undefined };
const professionalColumns = (f: ProfessionalFields): Updateable<NetworkProfessionalTable> => ({
  ...(f.name !== undefined ? { name: f.name } : {}),
  ...(f.organisation !== undefined ? { organisation: f.organisation } : {}),
  ...(f.role !== undefined ? { role: f.role || null } : {}),
  ...(f.phone !== undefined ? { phone: f.phone || null } : {}),
  ...(f.email !== undefined ? { email: f.email || null } : {}),
  ...(f.involvedSince !== undefined ? { involved_since: f.involvedSince } : {}),
  ...(f.whatTheyDo !== undefined ? { what_they_do: f.whatTheyDo || null } : {}),
  ...(f.endedOn !== undefined ? { ended_on: f.endedOn } : {}),
});

const revision = (trx: Db, ctx: RequestContext, entity: string, entityId: string, youthId: string, changes: Record<string, [unknown, unknown]>) =>
  recordRevision(trx, { tenantId: ctx.tenantId, entity, entityId, youthId, actorId: ctx.user.id, at: ctx.now(), changes });

/** Who entered the network is part of its history: the first revision lists what was entered. */
const entered = (set: Record<string, unknown>) => changedFields({}, set);

export function network(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'network' }, async (trx) => {
    const [people, professionals] = await Promise.all([repo.people(trx, ctx.tenantId, youthId), repo.professionals(trx, ctx.tenantId, youthId)]);
    return { people: people.map(presentPerson), professionals: professionals.map(presentProfessional) };
  });
}

/** Choosing a JIM mentor moves the mark from whoever had it (kept in that person's history). */
async function moveJim(trx: Db, ctx: RequestContext, youthId: string, toId: string) {
  for (const { id } of await repo.clearJim(trx, ctx.tenantId, youthId, toId)) {
    await revision(trx, ctx, 'network_person', id, youthId, { is_jim: [true, false] });
  }
}

export function addPerson(ctx: RequestContext, youthId: string, input: z.infer<typeof NewNetworkPerson>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'network_person', recordId: input.id, lock: input.isJim }, async (trx) => {
    const { id, ...fields } = input;
    const set = personColumns(fields);
    // Only a person really added takes the JIM mark over: a retry of the same create changes nothing.
    const retry = (await repo.personById(trx, id)) !== undefined;
    if (input.isJim && !retry) await moveJim(trx, ctx, youthId, id);
    const created = !retry && await repo.insertPerson(trx, {
      ...set, tenant_id: ctx.tenantId, id, youth_id: youthId, created_by: ctx.user.id, created_at: ctx.now(),
    } as Parameters<typeof repo.insertPerson>[1]);
    if (created) await revision(trx, ctx, 'network_person', id, youthId, entered(set));
    return { person: presentPerson(sameRecordOrConflict(await repo.personById(trx, id), ctx.tenantId, youthId)), created };
  });
}

export async function changePerson(ctx: RequestContext, personId: string, input: z.infer<typeof NetworkPersonPatch>) {
  const found = await repo.person(ctx.db, ctx.tenantId, personId);
  if (!found) throw notFound('Deze persoon');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'network_person', recordId: personId, lock: input.isJim === true }, async (trx) => {
    const current = (await repo.person(trx, ctx.tenantId, personId))!;
    if (current.version !== input.version) throw versionConflict(presentPerson(current));
    const { version, ...fields } = input;
    if (fields.leftOn) assertDateNotInFuture(fields.leftOn, ctx.now(), 'leftOn');
    const set = personColumns(fields);
    // Someone who left the network is no longer the mentor, and cannot become it.
    const leftOn = fields.leftOn !== undefined ? fields.leftOn : current.left_on;
    if (leftOn && set.is_jim === true) {
      throw new AppError('LEFT_NETWORK', 400, 'Iemand die uit het netwerk is, kan geen JIM-mentor zijn.', { field: 'isJim' });
    }
    if (leftOn) set.is_jim = false;
    else if (set.is_jim === true) await moveJim(trx, ctx, current.youth_id, personId);
    if (!(await repo.updatePerson(trx, ctx.tenantId, personId, version, set))) throw versionConflict(presentPerson((await repo.person(trx, ctx.tenantId, personId))!));
    await revision(trx, ctx, 'network_person', personId, current.youth_id, changedFields(current as unknown as Record<string, unknown>, set));
    return presentPerson((await repo.person(trx, ctx.tenantId, personId))!);
  });
}

export function addProfessional(ctx: RequestContext, youthId: string, input: z.infer<typeof NewProfessional>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'network_professional', recordId: input.id }, async (trx) => {
    const { id, ...fields } = input;
    const set = professionalColumns(fields);
    const created = await repo.insertProfessional(trx, {
      ...(set as object), tenant_id: ctx.tenantId, id, youth_id: youthId, created_by: ctx.user.id, created_at: ctx.now(),
    } as Parameters<typeof repo.insertProfessional>[1]);
    if (created) await revision(trx, ctx, 'network_professional', id, youthId, entered(set));
    return { professional: presentProfessional(sameRecordOrConflict(await repo.professionalById(trx, id), ctx.tenantId, youthId)), created };
  });
}

export async function changeProfessional(ctx: RequestContext, professionalId: string, input: z.infer<typeof ProfessionalPatch>) {
  const found = await repo.professional(ctx.db, ctx.tenantId, professionalId);
  if (!found) throw notFound('Deze professional');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'network_professional', recordId: professionalId }, async (trx) => {
    const current = (await repo.professional(trx, ctx.tenantId, professionalId))!;
    if (current.version !== input.version) throw versionConflict(presentProfessional(current));
    const { version, ...fields } = input;
    if (fields.endedOn) assertDateNotInFuture(fields.endedOn, ctx.now(), 'endedOn');
    const set = professionalColumns(fields);
    if (!(await repo.updateProfessional(trx, ctx.tenantId, professionalId, version, set))) {
      throw versionConflict(presentProfessional((await repo.professional(trx, ctx.tenantId, professionalId))!));
    }
    await revision(trx, ctx, 'network_professional', professionalId, current.youth_id, changedFields(current as unknown as Record<string, unknown>, set));
    return presentProfessional((await repo.professional(trx, ctx.tenantId, professionalId))!);
  });
}
