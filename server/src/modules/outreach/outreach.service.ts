import type { z } from 'zod';
import { daysBetween } from '../../core/trajectory/phase-timeline.js';
import { assertNotInFuture as notInFuture } from '../../platform/input-rules.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import type { RequestContext } from '../../platform/request-context.js';
import { assertListed } from '../tenant-config/tenant-config.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './outreach.repository.js';
import type { NewAttempt, NewKennismaking } from './outreach.schemas.js';

/**
 * Reaching the youth (IPTA scout phase, IJA Fase 1): every try is logged with its outcome, and
 * the kennismaking is recorded. IJA: "nee is geen optie" — attempts and days since
 * registration stay in sight.
 */

type AttemptRow = NonNullable<Awaited<ReturnType<typeof repo.attempt>>>;
const presentAttempt = (a: AttemptRow) => ({
  id: a.id, youthId: a.youth_id, at: new Date(a.at).toISOString(), channel: a.channel, outcome: a.outcome, note: a.note,
  author: { id: a.author_id, name: a.author_name },
});

export async function logAttempt(ctx: RequestContext, youthId: string, input: z.infer<typeof NewAttempt>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'contact_attempt', recordId: input.id }, async (trx) => {
    notInFuture(input.at, ctx.now(), 'at');
    await assertListed(trx, ctx.tenantId, [
      { field: 'channel', list: 'attempt_channel', values: [input.channel] },
      { field: 'outcome', list: 'attempt_outcome', values: [input.outcome] },
    ]);
    const inserted = await repo.insertAttempt(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, at: input.at, channel: input.channel, outcome: input.outcome,
      note: input.note || null, author_id: ctx.user.id, created_at: ctx.now(),
    });
    const row = sameRecordOrConflict(await repo.attempt(trx, input.id), ctx.tenantId, youthId);
    return { attempt: presentAttempt(row), created: inserted };
  });
}

export async function attempts(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'contact_attempt' }, async (trx, youth) => {
    const [rows, count] = await Promise.all([repo.attemptsOfYouth(trx, ctx.tenantId, youthId), repo.countAttempts(trx, ctx.tenantId, youthId)]);
    return { items: rows.map(presentAttempt), count, daysSinceRegistration: daysBetween(new Date(youth.created_at), ctx.now()) };
  });
}

type KennismakingRow = NonNullable<Awaited<ReturnType<typeof repo.kennismaking>>>;
const presentKennismaking = (k: KennismakingRow) => ({
  id: k.id, youthId: k.youth_id, heldAt: new Date(k.held_at).toISOString(), place: k.place,
  youthExpectations: k.youth_expectations, coachExpectations: k.coach_expectations, urgentMatters: k.urgent_matters,
  selfDescription: k.self_description, author: { id: k.author_id, name: k.author_name }, version: k.version,
});

export async function recordKennismaking(ctx: RequestContext, youthId: string, input: z.infer<typeof NewKennismaking>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'kennismaking', recordId: input.id }, async (trx) => {
    notInFuture(input.heldAt, ctx.now(), 'heldAt');
    const inserted = await repo.insertKennismaking(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, held_at: input.heldAt, place: input.place,
      youth_expectations: input.youthExpectations || null, coach_expectations: input.coachExpectations || null,
      urgent_matters: input.urgentMatters || null, self_description: input.selfDescription || null,
      author_id: ctx.user.id, created_at: ctx.now(),
    });
    const row = sameRecordOrConflict(await repo.kennismaking(trx, input.id), ctx.tenantId, youthId);
    return { kennismaking: presentKennismaking(row), created: inserted };
  });
}

export async function kennismakingen(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'kennismaking' }, async (trx) =>
    ({ items: (await repo.kennismakingen(trx, ctx.tenantId, youthId)).map(presentKennismaking) }));
}
