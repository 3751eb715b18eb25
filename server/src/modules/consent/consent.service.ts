import type { z } from 'zod';
import { consentCovers, consentProblem, consentStatus, MAX_CONSENT_MONTHS } from '../../core/picture/consent-rules.js';
import { amsterdamDate } from '../../core/youth/youth-rules.js';
import type { Db } from '../../platform/db/index.js';
import { AppError, notFound, versionConflict } from '../../platform/errors.js';
import { sameRecordOrConflict } from '../../platform/idempotency.js';
import { AccessDenied } from '../../platform/policy.js';
import type { RequestContext } from '../../platform/request-context.js';
import { recordRevision } from '../../platform/revisions.js';
import { onYouthFile } from '../youth/youth.service.js';
import * as repo from './consent.repository.js';
import type { NewConsent } from './consent.schemas.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

const facts = (c: Row) => ({ purpose: c.purpose, givenOn: c.given_on, validUntil: c.valid_until, withdrawnAt: c.withdrawn_at ? new Date(c.withdrawn_at) : null });

const present = (c: Row, today: string) => ({
  id: c.id, youthId: c.youth_id, version: c.version, purpose: c.purpose, recipient: c.recipient, givenOn: c.given_on, validUntil: c.valid_until,
  note: c.note, status: consentStatus(facts(c), today), withdrawnAt: c.withdrawn_at ? new Date(c.withdrawn_at).toISOString() : null,
  recordedBy: { id: c.recorded_by_id, name: c.recorded_by_name }, recordedAt: new Date(c.recorded_at).toISOString(),
});

const PROBLEMS = {
  ENDS_BEFORE_START: ['validUntil', 'De einddatum ligt vóór de datum van de toestemming.'],
  GIVEN_IN_FUTURE: ['givenOn', 'Toestemming vastleggen kan pas als de jongere die gegeven heeft: de datum ligt in de toekomst.'],
  ALREADY_ENDED: ['validUntil', 'Deze toestemming is al verlopen.'],
  TOO_LONG: ['validUntil', `Een toestemming loopt hoogstens ${MAX_CONSENT_MONTHS} maanden; vraag het daarna opnieuw.`],
} as const;

export function list(ctx: RequestContext, youthId: string) {
  return onYouthFile(ctx, youthId, { action: 'read', recordType: 'consent' }, async (trx) => {
    const today = amsterdamDate(ctx.now());
    return { items: (await repo.ofYouth(trx, ctx.tenantId, youthId)).map((c) => present(c, today)) };
  });
}

export function record(ctx: RequestContext, youthId: string, input: z.infer<typeof NewConsent>) {
  return onYouthFile(ctx, youthId, { action: 'create', recordType: 'consent', recordId: input.id }, async (trx) => {
    const today = amsterdamDate(ctx.now());
    const problem = consentProblem(input, today);
    if (problem) throw new AppError(`CONSENT_${problem}`, 400, PROBLEMS[problem][1], { field: PROBLEMS[problem][0] });
    const created = await repo.insert(trx, {
      tenant_id: ctx.tenantId, id: input.id, youth_id: youthId, purpose: input.purpose, recipient: input.recipient, given_on: input.givenOn,
      valid_until: input.validUntil, note: input.note || null, recorded_by: ctx.user.id, recorded_at: ctx.now(), withdrawn_at: null, withdrawn_by: null,
    });
    if (created) {
      await recordRevision(trx, {
        tenantId: ctx.tenantId, entity: 'consent', entityId: input.id, youthId, actorId: ctx.user.id, at: ctx.now(),
        changes: { purpose: [null, input.purpose], recipient: [null, input.recipient], given_on: [null, input.givenOn], valid_until: [null, input.validUntil] },
      });
    }
    return { consent: present(sameRecordOrConflict(await repo.byId(trx, input.id), ctx.tenantId, youthId), today), created };
  });
}

/** The youth takes the consent back: from now on nothing is shared under it. */
export async function withdraw(ctx: RequestContext, consentId: string, version: number) {
  const found = await repo.get(ctx.db, ctx.tenantId, consentId);
  if (!found) throw notFound('Deze toestemming');
  return onYouthFile(ctx, found.youth_id, { action: 'update', recordType: 'consent', recordId: consentId }, async (trx) => {
    const today = amsterdamDate(ctx.now());
    const current = (await repo.get(trx, ctx.tenantId, consentId))!;
    if (current.withdrawn_at) throw new AppError('CONSENT_WITHDRAWN', 409, 'Deze toestemming is al ingetrokken.', { current: present(current, today) });
    if (!(await repo.withdraw(trx, ctx.tenantId, consentId, version, ctx.user.id, ctx.now()))) throw versionConflict(present((await repo.get(trx, ctx.tenantId, consentId))!, today));
    await recordRevision(trx, {
      tenantId: ctx.tenantId, entity: 'consent', entityId: consentId, youthId: current.youth_id, actorId: ctx.user.id, at: ctx.now(),
      changes: { withdrawn_at: [null, ctx.now().toISOString()] },
    });
    return present((await repo.get(trx, ctx.tenantId, consentId))!, today);
  });
}

/**
 * For a print or export inside a use case that passed the policy check: the consent must be
 * this youth's, for this purpose, and valid today. Otherwise 403 with what is missing.
 */
export async function requireConsent(trx: Db, ctx: RequestContext, youthId: string, consentId: string, purpose: string) {
  const c = await repo.get(trx, ctx.tenantId, consentId);
  if (!c || c.youth_id !== youthId || !consentCovers(facts(c), purpose, amsterdamDate(ctx.now()))) {
    // Refused for lack of consent: kept in the access log although the transaction rolls back.
    throw new AccessDenied({ action: 'print', youthId, recordType: purpose, recordId: consentId, result: 'denied' },
      'Hiervoor is een geldige toestemming van de jongere nodig. Leg die eerst vast.', 'CONSENT_REQUIRED', { purpose });
  }
  return { recipient: c.recipient, validUntil: c.valid_until };
}
